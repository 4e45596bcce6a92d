import { css } from 'lit';

/**
 * Drop zone and file list. At 400 % zoom on a 320 px screen (80 CSS px) the drop zone keeps a
 * smaller margin inside (the `max-width: 20em` rule). Comments stay out of the CSS text, which
 * ships as written.
 */
export const fileInputStyles = css`
  .drop {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em;
    padding: 1em;
    border: var(--dvc-border-width, 2px) dashed var(--dvc-color-border, #0b0c0c);
    border-radius: var(--dvc-radius, 4px);
  }
  .drop.over {
    border-color: var(--dvc-color-primary, #0b5cad);
    background: var(--dvc-color-drop, #eef4fb);
  }
  ul {
    list-style: none;
    margin: 0 0 0.75em;
    padding: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5em;
  }
  li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }
  .name {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  progress {
    width: 8em;
    max-width: 100%;
  }
  @media (max-width: 20em) {
    .drop {
      padding: 0.5em;
    }
  }
  .thumb {
    width: 3em;
    height: 3em;
    object-fit: cover;
    border: 1px solid var(--dvc-color-border, #0b0c0c);
    border-radius: var(--dvc-radius, 4px);
    flex: none;
  }
  .done .status {
    color: var(--dvc-color-success, #00703c);
    font-weight: 600;
  }
`;
