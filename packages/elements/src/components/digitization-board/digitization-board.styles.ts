import { css } from 'lit';

/**
 * Summary, score parts, trend chart and table of `<dvc-digitization-board>`.
 * Why, where a rule is not plain (comments stay out of the CSS text, which ships as written):
 * - `section:not(:has(.summary, [role='alert']))`: Until the figures (or an error) are in, the
 *   board keeps the space it will take, as fallback.css does before: what follows it on the page
 *   does not jump (layout shift).
 * - `.parts li`: Label, meter and score share a line when there is room and wrap when there is
 *   not: the board fits any width (no minimum of 316 px).
 * - `@media (max-width: 20em)`: 400 % zoom on a 320 px screen (80 CSS px): the meter may narrow
 *   and the score wrap.
 */
export const boardStyles = css`
  section:not(:has(.summary, [role='alert'])) {
    min-height: max(16rem, 90vh);
  }
  h2,
  h3 {
    margin: 0.5em 0 0.25em;
    line-height: 1.25;
  }
  .period,
  .source,
  .label {
    color: var(--dvc-color-muted, #505a5f);
  }
  .summary {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 2em;
  }
  .summary p {
    display: grid;
    margin: 0;
  }
  .big {
    font-size: 1.75em;
    line-height: 1.2;
  }
  .parts {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5em;
  }
  .parts li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
  }
  .parts li > :first-child {
    flex: 1 1 10em;
    min-width: 0;
  }
  .parts meter {
    flex: 2 1 6em;
    min-width: 4em;
  }
  .points {
    flex: none;
    white-space: nowrap;
  }
  @media (max-width: 20em) {
    .parts meter {
      min-width: 0;
    }
    .points {
      flex: 1 1 auto;
      white-space: normal;
    }
  }
  .none {
    flex: 2 1 8em;
    white-space: normal;
    color: var(--dvc-color-muted, #505a5f);
  }
  meter {
    width: 100%;
    height: 1em;
  }
  #trend-view {
    max-width: 100%;
    overflow-x: auto;
  }
  .chart {
    display: block;
    width: 100%;
    max-width: 40em;
    height: auto;
    margin-top: 0.5em;
  }
  .grid {
    stroke: var(--dvc-color-border, #b1b4b6);
    stroke-dasharray: 3 3;
  }
  .axis {
    fill: var(--dvc-color-muted, #505a5f);
    font-size: 13px;
  }
  .line {
    stroke: var(--dvc-color-primary, #0b5cad);
    stroke-width: 2.5;
  }
  .dot {
    fill: var(--dvc-color-primary, #0b5cad);
  }
  table {
    border-collapse: collapse;
    margin-top: 0.5em;
  }
  caption {
    text-align: left;
    font-weight: 600;
  }
  th,
  td {
    padding: 0.3em 0.5em;
    border-bottom: 1px solid var(--dvc-color-border, #b1b4b6);
    text-align: right;
  }
  th[scope='col']:first-child,
  th[scope='row'] {
    text-align: left;
  }
`;
