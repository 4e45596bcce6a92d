import { css } from 'lit';

/** Styles of `<dvc-my-dossiers>`. */
export const myDossiersStyles = css`
  :host { display: block; }
  ol { list-style: none; padding: 0; margin: 0; }
  li { border: 1px solid var(--dvc-color-border, #b1b4b6); border-radius: 4px; padding: 0.75rem 1rem; margin: 0 0 0.75rem; }
  h3 { margin: 0 0 0.25rem; font-size: 1.05em; }
  .code { font-family: var(--dvc-font-mono, ui-monospace, monospace); }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 0.5rem 0; }
  dt { font-weight: 600; }
  dd { margin: 0; }
  button { font: inherit; min-height: 44px; padding: 0.4rem 0.9rem; margin: 0.25rem 0.5rem 0.25rem 0; cursor: pointer; border-radius: 4px;
    border: 2px solid var(--dvc-color-primary, #0b5394); background: transparent; color: var(--dvc-color-primary, #0b5394); }
  button:focus-visible, h2:focus-visible, h3:focus-visible { outline: 3px solid var(--dvc-color-focus, #ffbf47); outline-offset: 2px; }
  button[disabled] { opacity: 0.6; cursor: default; }
  nav { display: flex; align-items: center; gap: 1rem; flex-wrap: wrap; }
  fieldset { border: 0; padding: 0; margin: 0.5rem 0 0; }
  legend { font-weight: 600; }
  .detail { margin-top: 0.5rem; }
  [role='alert'] { color: var(--dvc-color-error, #b10e1e); }
`;
