import { css } from 'lit';

/** Level choices, comment box and thank-you message of `<dvc-rating>`. */
export const ratingStyles = css`
  h2 {
    margin: 0.5em 0 0.25em;
    line-height: 1.25;
  }
  form {
    display: grid;
    gap: 1em;
  }
  fieldset {
    display: grid;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    font-weight: 600;
    margin-bottom: 0.5em;
  }
  .choice {
    display: flex;
    align-items: center;
    gap: 0.75em;
    min-height: var(--dvc-touch-target, 2.75rem);
    padding: 0.25em 0.75em;
    border: 2px solid var(--dvc-color-border, #b1b4b6);
    border-radius: var(--dvc-radius, 4px);
    font-weight: 400;
    cursor: pointer;
  }
  .choice:has(input:checked) {
    border-color: var(--dvc-color-primary, #0b5cad);
    font-weight: 600;
  }
  .choice input {
    width: 1.5em;
    height: 1.5em;
    min-height: 0;
    margin: 0;
    accent-color: var(--dvc-color-primary, #0b5cad);
  }
  textarea {
    font: inherit;
    width: 100%;
    max-width: 36em;
    padding: 0.4em 0.6em;
    border: var(--dvc-border-width, 2px) solid var(--dvc-color-border, #0b0c0c);
    border-radius: var(--dvc-radius, 4px);
  }
  .actions {
    display: flex;
    gap: 0.75em;
  }
  [part='thanks'] {
    padding: 1em;
    border-left: 6px solid var(--dvc-color-success, #00703c);
  }
`;
