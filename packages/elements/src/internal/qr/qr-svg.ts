import { svg, type SVGTemplateResult } from 'lit';
import type { QrMatrix } from './qr-encode';

/** Quiet zone around the symbol, in modules (the standard asks for 4). */
const QUIET = 4;

/**
 * Renders a QR matrix as an SVG of `<rect>`s (one per horizontal run of dark modules),
 * with a 4-module quiet zone. Colours are presentation attributes (no `style`), so a
 * strict host Content-Security-Policy is respected; no canvas is used.
 *
 * @example
 * ```ts
 * html`<svg viewBox=…>${qrRects(encodeQr(code))}</svg>`
 * ```
 */
export function qrRects(qr: QrMatrix): SVGTemplateResult {
  const rects: SVGTemplateResult[] = [];
  for (let y = 0; y < qr.size; y++) {
    for (let x = 0; x < qr.size; x++) {
      if (!qr.dark[y * qr.size + x]) continue;
      let w = 1;
      while (x + w < qr.size && qr.dark[y * qr.size + x + w]) w++;
      rects.push(svg`<rect x=${x + QUIET} y=${y + QUIET} width=${w} height="1"></rect>`);
      x += w - 1;
    }
  }
  const side = qr.size + 2 * QUIET;
  return svg`<rect width=${side} height=${side} fill="#fff"></rect><g fill="#000">${rects}</g>`;
}

/** Side of the SVG viewBox for a matrix, quiet zone included. */
export const qrViewBoxSide = (qr: QrMatrix): number => qr.size + 2 * QUIET;
