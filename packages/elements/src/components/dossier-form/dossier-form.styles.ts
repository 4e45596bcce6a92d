import { css } from 'lit';

/**
 * Styles of `<dvc-dossier-form>` (steps, fields, error summary, review list).
 * Why, where a rule is not plain (comments stay out of the CSS text, which ships as written):
 * - `.loading`: The space the form will take is kept while it loads (as fallback.css keeps it
 *   before), so the page below does not move when the steps appear.
 * - `form, .step-fields`: One column that may narrow below its content's widest word or control:
 *   at 400 % zoom on a 320 px screen (80 CSS px) the steps reflow instead of widening the page.
 * - `.option`: The whole row (box and text) is the checkbox's or radio's target: at least 44 px
 *   high.
 * - `.summary-list .action a`: "Thay đổi" (change) links: a 44 × 44 px target, not a 17 px line of
 *   text.
 */
export const dossierFormStyles = css`
  .loading {
    min-height: max(12rem, 90vh);
    margin: 0;
  }
  form,
  .step-fields {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1.25em;
  }
  h2 {
    margin: 0;
    font-size: 1.5em;
  }
  .caption {
    display: block;
    font-size: 0.7em;
    font-weight: 400;
    color: var(--dvc-color-muted, #505a5f);
  }
  select,
  textarea {
    font: inherit;
    min-height: var(--dvc-touch-target, 2.75rem);
    padding: 0.4em 0.6em;
    border: var(--dvc-border-width, 2px) solid var(--dvc-color-border, #0b0c0c);
    border-radius: var(--dvc-radius, 4px);
    background: var(--dvc-color-surface, #fff);
    max-width: 100%;
  }
  textarea {
    width: 100%;
  }
  .invalid {
    border-left: 4px solid var(--dvc-color-error, #b3261e);
    padding-left: 0.75em;
  }
  .error-message {
    color: var(--dvc-color-error, #b3261e);
    font-weight: 600;
    margin: 0;
  }
  .options {
    display: grid;
    gap: 0.25em;
  }
  .option {
    display: flex;
    gap: 0.75em;
    align-items: center;
    font-weight: 400;
    min-height: var(--dvc-touch-target, 2.75rem);
    padding: 0.25em 0;
    cursor: pointer;
  }
  .option input {
    flex: none;
    width: 1.75em;
    height: 1.75em;
    min-height: 0;
    margin: 0;
    cursor: pointer;
  }
  .group,
  .item {
    border: 1px solid var(--dvc-color-divider, #b1b4b6);
    border-radius: var(--dvc-radius, 4px);
    padding: 0.75em;
    display: grid;
    gap: 1em;
    margin: 0;
  }
  .error-summary,
  .notice {
    border: 4px solid var(--dvc-color-error, #b3261e);
    padding: 1em;
  }
  .notice {
    border-color: var(--dvc-color-primary, #0b5cad);
  }
  .error-summary h2 {
    font-size: 1.2em;
  }
  .error-summary a {
    color: var(--dvc-color-error, #b3261e);
    font-weight: 600;
  }
  .steps-nav,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
  }
  .summary-list {
    margin: 0;
  }
  .summary-list .row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 2fr) auto;
    gap: 0.5em;
    border-bottom: 1px solid var(--dvc-color-divider, #b1b4b6);
    padding: 0.5em 0;
  }
  .summary-list dt {
    font-weight: 600;
  }
  .summary-list dd {
    margin: 0;
    min-width: 0;
  }
  .summary-list .action a {
    display: inline-flex;
    align-items: center;
    min-height: var(--dvc-touch-target, 2.75rem);
    min-width: var(--dvc-touch-target, 2.75rem);
    padding: 0 0.25em;
  }
  .muted {
    color: var(--dvc-color-muted, #505a5f);
  }
  a {
    color: var(--dvc-color-link, #0b5cad);
  }
  .files {
    margin: 0;
    padding-left: 1.25em;
  }
  @media (max-width: 40em) {
    .summary-list .row {
      grid-template-columns: 1fr;
    }
  }
`;
