import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { DigitizationMetrics } from '@dvc-kit/client/public';
import { DvcElement } from '../../internal/base/dvc-element';
import { boardMessages } from './messages';
import { registerMessages, type MessageKey } from '../../internal/i18n/widget-messages';
import { formatDate, formatNumber } from '../../internal/format/format';
import { localizedText } from '../../internal/i18n/localized-text';
import { isProblemError } from '@dvc-kit/client/errors/guards';
import { GatewayRequest } from '../../internal/client/gateway-request';
import { fieldStyles } from '../../internal/styles/field.styles';
import { boardStyles } from './digitization-board.styles';
import { trendChart } from './trend-chart';

registerMessages(boardMessages);

/** Detail of the `dvc-metrics-load` event. */
export interface MetricsLoadDetail {
  /** The agency's figures as the gateway returned them. */
  metrics: DigitizationMetrics;
}

const PARTS = ['publicity', 'progress', 'onlineService', 'onlinePayment', 'satisfaction', 'digitization'] as const;

/** Figures older than this are flagged as old (the public scoreboard is read daily at most). */
const STALE_DAYS = 7;
const DAY_MS = 86_400_000;

/**
 * @tagname dvc-digitization-board
 * @summary An agency's public-service scoreboard (Bộ chỉ số 766): total score, rank among the
 * province's communes ("Hạng 3/102"), the six score parts (số hóa hồ sơ among them) and the weekly
 * trend as an SVG chart that can be switched to a table. Numbers use Vietnamese formatting.
 * A part the source does not report (`points: null`) reads "Chưa có số liệu", with no meter; the
 * total is out of the reported parts ("68,9 / 82 điểm") and names the parts it leaves out.
 * It says where the figures come from (the portal's public scoreboard — unofficial —, a report
 * file the administrator imported, or the portal's report) and when they were read, flagging
 * figures over 7 days old; when the gateway has no report (`digitization.not-available`) it says
 * so plainly instead of showing zeros.
 *
 * Set `.metrics` to show figures without fetching; otherwise set `agency` and an endpoint.
 *
 * @fires {CustomEvent<MetricsLoadDetail>} dvc-metrics-load - Figures arrived from the gateway; `detail: { metrics }` (`MetricsLoadDetail`).
 *
 * @csspart summary - Total score and rank.
 * @csspart parts - The list of score parts.
 * @csspart chart - The SVG trend chart.
 * @csspart table - The weekly table.
 * @csspart toggle - The chart/table switch.
 * @csspart message - Loading and error messages.
 * @csspart source - Where the figures come from and when they were read.
 *
 * @cssproperty --dvc-color-primary - The trend line, meters and the switch.
 * @cssproperty --dvc-color-border - Grid lines and table borders.
 *
 * @example
 * ```html
 * <dvc-digitization-board endpoint="https://dvc.xa-ea-bung.gov.vn/api" agency="000.24.66.H66"></dvc-digitization-board>
 * ```
 */
export class DvcDigitizationBoard extends DvcElement<MessageKey<typeof boardMessages>> {
  static override defaultTag = 'dvc-digitization-board';
  static override styles = [...DvcElement.styles, fieldStyles, boardStyles];

  /** Mã cơ quan — wire: MaCoQuan, e.g. `000.24.66.H66`. Changing it fetches again. */
  @property() agency = '';

  /** The figures to show (skips the fetch). */
  @property({ attribute: false }) metrics?: DigitizationMetrics;

  /** Shows the weekly figures as a table instead of the chart. */
  @property({ type: Boolean, attribute: 'show-table' }) showTable = false;

  private readonly gateway = new GatewayRequest(this, () => this.language, {
    notFound: 'board.not-found',
    classify: (error) =>
      isProblemError(error, 'digitization.not-available') ? { key: 'board.no-report', retryable: false } : undefined,
  });

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (changed.has('agency') && this.agency && this.metrics?.agency.code !== this.agency) void this.load();
  }

  /** Fetches the agency's figures from the gateway. A failure is shown, not thrown. */
  async load(): Promise<void> {
    const metrics = await this.gateway.run((client) => client.getDigitization(this.agency));
    if (!metrics) return;
    this.metrics = metrics;
    this.dispatchEvent(
      new CustomEvent<MetricsLoadDetail>('dvc-metrics-load', { detail: { metrics }, bubbles: true, composed: true }),
    );
  }

  private num(value: number, options?: Intl.NumberFormatOptions): string {
    return formatNumber(value, this.language, options);
  }

  protected override render() {
    const m = this.metrics;
    const { loading, problem: p } = this.gateway;
    return html`<section aria-labelledby="title" aria-busy=${String(loading)}>
      <h2 id="title">${m ? localizedText(m.agency.name, this.language) : this.t('board.title')}</h2>
      <p role="status" part="message">${loading ? this.t('board.loading') : nothing}</p>
      ${
        p
          ? html`<div role="alert" part="message" class="error">
            <p>${this.problemText(p)}</p>
            ${p.retryable ? html`<button type="button" @click=${this.load}>${this.t('request.retry')}</button>` : nothing}
          </div>`
          : nothing
      }
      ${m ? this.renderMetrics(m) : nothing}
    </section>`;
  }

  private renderMetrics(m: DigitizationMetrics) {
    const lang = this.language;
    const missing = PARTS.filter((k) => m.parts[k].points === null);
    return html`<p class="period">${this.t('board.period', { from: formatDate(m.period.from, lang), to: formatDate(m.period.to, lang) })}</p>
      ${this.renderSource(m)}
      <div class="summary" part="summary">
        <p><span class="label">${this.t('board.total')}</span>
          <strong class="big">${this.t('board.out-of', { points: this.num(m.total), max: m.reportedMax })}</strong>
          ${missing.length ? html`<span class="label">${this.t('board.excluded', { parts: missing.map((k) => this.t(`board.part.${k}`)).join('; ') })}</span>` : nothing}</p>
        <p><strong class="big">${this.t('board.rank', { position: m.rank.position, of: m.rank.of })}</strong>
          <span class="label">${this.t('board.rank-detail', { of: m.rank.of })}</span></p>
      </div>
      <h3>${this.t('board.parts')}</h3>
      <ul part="parts" class="parts">
        ${PARTS.map((key) => {
          const { points, max } = m.parts[key];
          return html`<li>
            <span id="part-${key}">${this.t(`board.part.${key}`)}</span>
            ${
              points === null
                ? html`<span class="points none">${this.t('board.not-reported')}</span>`
                : html`<meter aria-labelledby="part-${key}" min="0" max=${max} .value=${points}></meter>
                  <span class="points">${this.t('board.out-of', { points: this.num(points), max })}</span>`
            }
          </li>`;
        })}
      </ul>
      <h3 id="trend">${this.t('board.trend')}</h3>
      ${m.history.length ? this.renderTrend(m) : html`<p>${this.t('board.trend-empty')}</p>`}`;
  }

  private renderSource(m: DigitizationMetrics) {
    if (m.source === undefined) return nothing;
    const read = Date.parse(m.source.retrievedAt);
    const days = Math.floor((Date.now() - read) / DAY_MS);
    return html`<p class="source" part="source">
      ${this.t(`board.source.${m.source.kind}`, { time: formatDate(m.source.retrievedAt, this.language, true) })}
      ${days >= STALE_DAYS ? html`<strong class="stale">${this.t('board.stale', { days })}</strong>` : nothing}
    </p>`;
  }

  private renderTrend(m: DigitizationMetrics) {
    const lang = this.language;
    const scores = m.history.map((w) => w.score);
    const first = m.history[0]!;
    const last = m.history[m.history.length - 1]!;
    const description = this.t('board.trend-desc', {
      count: m.history.length,
      first: this.num(first.score),
      firstWeek: formatDate(first.weekStart, lang),
      last: this.num(last.score),
      lastWeek: formatDate(last.weekStart, lang),
      max: this.num(Math.max(...scores)),
      min: this.num(Math.min(...scores)),
    });
    return html`<button type="button" part="toggle" aria-controls="trend-view" @click=${() => (this.showTable = !this.showTable)}>
        ${this.t(this.showTable ? 'board.show-chart' : 'board.show-table')}
      </button>
      <div id="trend-view">
        ${
          this.showTable
            ? html`<table part="table">
              <caption>${this.t('board.trend')}</caption>
              <thead><tr>
                <th scope="col">${this.t('board.week')}</th><th scope="col">${this.t('board.score')}</th>
                <th scope="col">${this.t('board.rank-short')}</th><th scope="col">${this.t('board.digitized')}</th>
              </tr></thead>
              <tbody>${m.history.map(
                (w) => html`<tr>
                  <th scope="row"><time datetime=${w.weekStart}>${formatDate(w.weekStart, lang)}</time></th>
                  <td>${this.num(w.score)}</td><td>${w.rank}/${m.rank.of}</td>
                  <td>${this.num(w.digitizedShare, { style: 'percent', maximumFractionDigits: 0 })}</td>
                </tr>`,
              )}</tbody>
            </table>`
            : trendChart(m.history, {
                title: this.t('board.trend'),
                description,
                score: (v) => this.num(v),
                week: (iso) => formatDate(iso, lang).slice(0, 5),
              })
        }
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-digitization-board': DvcDigitizationBoard;
  }
  /** The events `<dvc-digitization-board>` fires, typed for `addEventListener` (see `DvcEventMap`). */
  interface GlobalEventHandlersEventMap {
    'dvc-metrics-load': CustomEvent<MetricsLoadDetail>;
  }
}
