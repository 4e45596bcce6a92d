import { css } from 'lit';

/** Styles of `<dvc-procedure-search>`. */
export const procedureSearchStyles = css`
  .search {
    position: relative;
    display: grid;
    gap: 0.25em;
  }
  input {
    max-width: none;
  }
  ul {
    list-style: none;
    margin: 0.25em 0 0;
    padding: 0;
    border: 1px solid var(--dvc-color-border, #0b0c0c);
    border-radius: var(--dvc-radius, 4px);
    max-height: 24em;
    overflow-y: auto;
    background: var(--dvc-color-surface, #fff);
  }
  li {
    padding: 0.5em 0.75em;
    cursor: pointer;
    border-bottom: 1px solid var(--dvc-color-divider, #b1b4b6);
  }
  li:last-child {
    border-bottom: 0;
  }
  li[aria-selected='true'] {
    background: var(--dvc-color-primary, #0b5cad);
    color: var(--dvc-color-on-primary, #fff);
    outline: var(--dvc-focus-width, 3px) solid var(--dvc-color-focus, #ffbf47);
    outline-offset: -3px;
  }
  .name {
    display: block;
    font-weight: 600;
  }
  .meta {
    display: block;
    font-size: 0.9em;
  }
  .status {
    margin: 0.25em 0 0;
  }
  .error {
    color: var(--dvc-color-error, #b3261e);
  }
`;
