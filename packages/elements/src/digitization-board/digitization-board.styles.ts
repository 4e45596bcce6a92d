import { css } from 'lit';

/** Summary, score parts, trend chart and table of `<dvc-digitization-board>`. */
export const boardStyles = css`
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
    gap: 0.5em;
  }
  .parts li {
    display: grid;
    grid-template-columns: minmax(10em, 1fr) minmax(6em, 2fr) auto;
    align-items: center;
    gap: 0.75em;
  }
  .none {
    grid-column: span 2;
    color: var(--dvc-color-muted, #505a5f);
  }
  meter {
    width: 100%;
    height: 1em;
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
    font-size: 11px;
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
    padding: 0.3em 0.75em;
    border-bottom: 1px solid var(--dvc-color-border, #b1b4b6);
    text-align: right;
  }
  th[scope='col']:first-child,
  th[scope='row'] {
    text-align: left;
  }
`;
