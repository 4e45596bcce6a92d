import { css } from 'lit';

/** Layout of the two comboboxes and their option lists. */
export const unitPickerStyles = css`
  .combo {
    position: relative;
    display: grid;
    gap: 0.25em;
  }
  .combo label {
    font-weight: 400;
  }
  [role='listbox'] {
    position: absolute;
    top: 100%;
    left: 0;
    right: 0;
    z-index: 10;
    max-width: var(--dvc-input-max-width, 24em);
    max-height: 16em;
    overflow-y: auto;
    margin: 2px 0 0;
    padding: 0;
    list-style: none;
    border: var(--dvc-border-width, 2px) solid var(--dvc-color-border, #0b0c0c);
    border-radius: var(--dvc-radius, 4px);
    background: var(--dvc-color-surface, #fff);
  }
  [role='listbox'][hidden] {
    display: none;
  }
  [role='option'],
  .empty {
    min-height: var(--dvc-touch-target, 2.75rem);
    padding: 0.6em;
    cursor: pointer;
  }
  [role='option'][aria-selected='true'] {
    background: var(--dvc-color-primary, #0b5cad);
    color: var(--dvc-color-on-primary, #fff);
  }
`;
