import { css } from 'lit';

/**
 * Styles every DVC Kit element shares: theme tokens with defaults, large-text
 * mode, a visible focus ring and reduced motion. Delivered through Lit's
 * adoptedStyleSheets, so a strict `style-src 'self'` host CSP is respected.
 *
 * Reflow (WCAG 1.4.10): at 320 CSS px or 400 % zoom (80 CSS px wide) a long word or code wraps
 * instead of widening the page (`overflow-wrap` on `:host`). "anywhere", not "break-word": only
 * it lowers the min-content width grid and flex layouts size their columns and buttons by.
 * (Comments stay out of the CSS text, which ships as written in every widget.)
 */
export const hostStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--dvc-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--dvc-font-size-base, 1rem);
    line-height: var(--dvc-line-height, 1.5);
    color: var(--dvc-color-text, #1b1b1b);
    max-width: 100%;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  :host([data-large-text]) {
    font-size: calc(var(--dvc-font-size-base, 1rem) * var(--dvc-large-text-scale, 1.25));
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: var(--dvc-focus-width, 3px) solid var(--dvc-color-focus, #ffbf47);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
`;
