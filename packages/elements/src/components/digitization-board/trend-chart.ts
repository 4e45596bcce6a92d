import { html, svg } from 'lit';
import type { DigitizationWeek } from '@dvc-kit/core';

/** Drawing box of the weekly trend chart (SVG user units; the chart scales to its container). */
const W = 320;
const H = 150;
const PAD = { left: 36, right: 12, top: 12, bottom: 28 };

/** Labels the chart needs, already translated and formatted. */
export interface TrendChartText {
  title: string;
  description: string;
  score: (value: number) => string;
  week: (iso: string) => string;
}

/**
 * The weekly total score as an SVG line chart: `role="img"` named by its `<title>` and
 * described by its `<desc>` (a one-sentence summary; the full figures are in the table).
 * Geometry is set through attributes only — no `style` strings — so a strict CSP holds.
 */
export function trendChart(history: readonly DigitizationWeek[], text: TrendChartText) {
  const scores = history.map((w) => w.score);
  let low = Math.floor(Math.min(...scores) - 1);
  let high = Math.ceil(Math.max(...scores) + 1);
  low = Math.max(0, low);
  high = Math.min(100, Math.max(high, low + 2));
  const x = (i: number) =>
    history.length === 1
      ? (PAD.left + W - PAD.right) / 2
      : PAD.left + (i * (W - PAD.left - PAD.right)) / (history.length - 1);
  const y = (v: number) => PAD.top + ((high - v) * (H - PAD.top - PAD.bottom)) / (high - low);
  const points = history.map((w, i) => `${x(i).toFixed(1)},${y(w.score).toFixed(1)}`).join(' ');
  const last = history.length - 1;
  return html`<svg
    part="chart"
    class="chart"
    viewBox="0 0 ${W} ${H}"
    role="img"
    aria-labelledby="chart-title chart-desc"
    focusable="false"
  >
    <title id="chart-title">${text.title}</title>
    <desc id="chart-desc">${text.description}</desc>
    ${[high, low].map(
      (v) => svg`<line class="grid" x1=${PAD.left} x2=${W - PAD.right} y1=${y(v)} y2=${y(v)}></line>
        <text class="axis" x=${PAD.left - 4} y=${y(v) + 4} text-anchor="end">${text.score(v)}</text>`,
    )}
    <polyline class="line" points=${points} fill="none"></polyline>
    ${history.map((w, i) => svg`<circle class="dot" cx=${x(i)} cy=${y(w.score)} r="3.5"></circle>`)}
    <text class="axis" x=${x(0)} y=${H - 8} text-anchor=${history.length === 1 ? 'middle' : 'start'}>${text.week(history[0]!.weekStart)}</text>
    ${last > 0 ? svg`<text class="axis" x=${x(last)} y=${H - 8} text-anchor="end">${text.week(history[last]!.weekStart)}</text>` : ''}
  </svg>`;
}
