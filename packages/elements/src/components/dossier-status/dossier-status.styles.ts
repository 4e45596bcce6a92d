import { css } from 'lit';

/**
 * Look-up form, summary, next action and timeline of `<dvc-dossier-status>`.
 * Why, where a rule is not plain (comments stay out of the CSS text, which ships as written):
 * - `@media (max-width: 30em)`: Narrow screens and 200–400 % zoom: each term above its value (no
 *   sideways scrolling).
 */
export const dossierStatusStyles = css`
  h2,
  h3 {
    margin: 0.5em 0 0.25em;
    line-height: 1.25;
  }
  form {
    display: grid;
    gap: 1em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
  }
  .badge {
    display: inline-block;
    margin: 0.25em 0;
    padding: 0.15em 0.6em;
    border-radius: var(--dvc-radius, 4px);
    border: 2px solid currentColor;
    font-weight: 600;
  }
  .group-paused {
    color: var(--dvc-color-warning, #7a4d00);
  }
  .group-finished {
    color: var(--dvc-color-success, #00703c);
  }
  .late {
    color: var(--dvc-color-error, #b3261e);
    font-weight: 600;
  }
  .next {
    margin: 1em 0;
    padding: 0.75em 1em;
    border-left: 6px solid var(--dvc-color-primary, #0b5cad);
    background: var(--dvc-color-highlight, #eef4fb);
  }
  .next p {
    margin: 0.25em 0;
  }
  dl {
    display: grid;
    grid-template-columns: minmax(0, max-content) minmax(0, 1fr);
    gap: 0.25em 1em;
    margin: 1em 0;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
    min-width: 0;
  }
  @media (max-width: 30em) {
    dl {
      grid-template-columns: minmax(0, 1fr);
    }
    dd {
      margin-bottom: 0.5em;
    }
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li {
    position: relative;
    padding: 0 0 1em 1.5em;
    border-left: 3px solid var(--dvc-color-border, #b1b4b6);
    margin-left: 0.5em;
  }
  li::before {
    content: '';
    position: absolute;
    left: -0.55em;
    top: 0.3em;
    width: 0.8em;
    height: 0.8em;
    border-radius: 50%;
    background: var(--dvc-color-border, #b1b4b6);
  }
  li[aria-current]::before {
    background: var(--dvc-color-primary, #0b5cad);
  }
  li p {
    margin: 0;
  }
  .step-title {
    font-weight: 600;
  }
  time,
  .by {
    color: var(--dvc-color-muted, #505a5f);
  }
`;
