import { css } from 'lit';

/**
 * Receipt layout and print styles (A5 or A4 portrait: only the receipt's content, black on white).
 * Why, where a rule is not plain (comments stay out of the CSS text, which ships as written):
 * - `@media (max-width: 24em)`: A phone at 200 % zoom has about 180 CSS px: the frame gives the
 *   text the room.
 */
export const receiptStyles = css`
  .receipt {
    border: 2px solid var(--dvc-color-border, #0b0c0c);
    border-radius: var(--dvc-radius, 4px);
    padding: clamp(0.5em, 3vw, 1em);
    max-width: 40em;
  }
  .receipt-body {
    display: flex;
    flex-wrap: wrap;
    gap: 1em;
    align-items: flex-start;
  }
  .receipt dl {
    flex: 1 1 16em;
    min-width: 0;
    margin: 0;
  }
  .receipt dt {
    font-weight: 600;
  }
  .receipt dd {
    margin: 0 0 0.5em;
  }
  .receipt .code {
    display: block;
    font-size: clamp(1em, 5vw, 1.4em);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .nowrap {
    white-space: nowrap;
  }
  .qr-box {
    margin: 0;
    max-width: 12em;
  }
  .qr {
    width: min(9em, 100%);
    height: auto;
    aspect-ratio: 1;
    flex: none;
  }
  @media (max-width: 24em) {
    .receipt {
      padding: 0.5em;
      border-width: 1px;
    }
    .nowrap {
      white-space: normal;
    }
    .receipt .code {
      word-break: keep-all;
    }
  }
  @media print {
    :host {
      color: #000;
      font-size: 11pt;
    }
    .no-print,
    .steps-nav,
    button {
      display: none !important;
    }
    .receipt {
      border: 1pt solid #000;
      max-width: 128mm;
      padding: 6mm;
      break-inside: avoid;
    }
    .qr {
      width: 32mm;
      height: 32mm;
    }
  }
`;
