import { css } from 'lit';

/**
 * Label, hint, input and message styles shared by every form control (the markup of
 * `internal/form/field.ts`). Why, where it is not plain (comments stay out of the CSS text,
 * which ships as written):
 * - `.field` is one column that may narrow below its widest control (reflow at 400 % zoom,
 *   80 CSS px);
 * - `.messages` keeps a line for the message, so one that appears moves nothing under a finger.
 */
export const fieldStyles = css`
  .field {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25em;
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  label,
  legend {
    font-weight: 600;
    padding: 0;
  }
  .optional {
    font-weight: 400;
    color: var(--dvc-color-muted, #505a5f);
  }
  .hint,
  .info {
    color: var(--dvc-color-muted, #505a5f);
    margin: 0;
  }
  .hint:empty {
    display: none;
  }
  input,
  button {
    font: inherit;
    color: inherit;
  }
  input {
    min-height: var(--dvc-touch-target, 2.75rem);
    width: 100%;
    max-width: var(--dvc-input-max-width, 24em);
    padding: 0.4em 0.6em;
    border: var(--dvc-border-width, 2px) solid var(--dvc-color-border, #0b0c0c);
    border-radius: var(--dvc-radius, 4px);
    background: var(--dvc-color-surface, #fff);
  }
  input:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .invalid input,
  input[aria-invalid='true'] {
    border-color: var(--dvc-color-error, #b3261e);
  }
  .messages {
    min-height: 1.5em;
  }
  .messages p {
    margin: 0;
  }
  .error {
    color: var(--dvc-color-error, #b3261e);
    font-weight: 600;
  }
  .warning {
    color: var(--dvc-color-warning, #7a4d00);
  }
  button {
    min-height: var(--dvc-touch-target, 2.75rem);
    min-width: var(--dvc-touch-target, 2.75rem);
    padding: 0.4em 1em;
    border: var(--dvc-border-width, 2px) solid var(--dvc-color-primary, #0b5cad);
    border-radius: var(--dvc-radius, 4px);
    background: var(--dvc-color-surface, #fff);
    color: var(--dvc-color-primary, #0b5cad);
    cursor: pointer;
  }
  button.primary {
    background: var(--dvc-color-primary, #0b5cad);
    color: var(--dvc-color-on-primary, #fff);
  }
`;
