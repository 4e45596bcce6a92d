import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { foldVietnamese, type Fee, type ProcedureSummary } from '@dvc-kit/core';
import { DvcElement } from '../../internal/base/dvc-element';
import { GatewayRequest } from '../../internal/client/gateway-request';
import { localizedText } from '../../internal/i18n/localized-text';
import { fieldStyles } from '../../internal/styles/field.styles';
import { comboKey } from '../unit-picker/combobox-keys';
import { feeText, timeLimitText } from './procedure-format';
import { procedureSearchStyles } from './procedure-search.styles';
import { searchMessages, type SearchMessageKey } from './search-messages';
import { registerMessages } from '../../internal/i18n/widget-messages';

registerMessages(searchMessages);

/** A procedure in the results; `fees` is shown when the gateway (or the page) includes it. */
export type SearchableProcedure = ProcedureSummary & { fees?: Fee[] };

/** Detail of the `dvc-procedure-select` event. */
export interface ProcedureSelectDetail {
  /** Mã TTHC — wire: MaTTHC. */
  code: string;
  /** The name in the widget's language. */
  name: string;
  /** The whole search result. */
  procedure: SearchableProcedure;
}

type Status = 'idle' | 'loading' | 'done' | 'error';

/** `form-url` with `{code}` filled in, resolved against the page; undefined when empty or not http(s). */
function formPageUrl(template: string, code: string): string | undefined {
  if (!template) return undefined;
  const url = new URL(template.replaceAll('{code}', encodeURIComponent(code)), document.baseURI);
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
}

/**
 * @tagname dvc-procedure-search
 * @summary Type-ahead search over an agency's procedures (thủ tục hành chính), with or
 * without diacritics ("khai sinh" finds "Đăng ký khai sinh"). A WAI-ARIA combobox: arrow
 * keys move through the results, Enter picks one, Escape closes; a live region announces
 * the number of results. Each result shows its code, time limit and fees. Searches the
 * gateway (`GET /v1/procedures?q=&agency=`, debounced, stale requests aborted), or the
 * `procedures` property when it is set (no network at all).
 *
 * With `form-url`, picking a procedure opens that page (`{code}` replaced by the procedure
 * code), so a commune page needs no script of its own.
 *
 * @csspart input - The search input.
 * @csspart listbox - The results list.
 * @fires {CustomEvent<ProcedureSelectDetail>} dvc-procedure-select - A procedure was picked: `{ code, name, procedure }`. Cancelable:
 * `preventDefault()` keeps the page from following `form-url`.
 *
 * @example
 * ```html
 * <dvc-procedure-search endpoint="https://dvc.xa-ea-bung.gov.vn/api" agency="000.24.66.H66"
 *   form-url="thu-tuc.html?code={code}"></dvc-procedure-search>
 * ```
 */
export class DvcProcedureSearch extends DvcElement<SearchMessageKey> {
  static override defaultTag = 'dvc-procedure-search';
  static override styles = [...DvcElement.styles, fieldStyles, procedureSearchStyles];

  /** Agency code (mã cơ quan — wire: MaCoQuan) whose procedures are searched. */
  @property() agency = '';
  /** Label text. @default 'Tìm thủ tục hành chính' */
  @property() label = '';
  /** Most results shown. @default 10 */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 10;
  /** Wait after the last keystroke before searching, in ms. @default 250 */
  @property({ type: Number }) debounce = 250;
  /**
   * The page that holds the dossier form, opened when a procedure is picked; `{code}` is
   * replaced by the procedure code (URL-encoded). Relative to the page. Only `http:` and
   * `https:` addresses are followed. Empty: stay on the page (listen to `dvc-procedure-select`).
   * @example 'thu-tuc.html?code={code}'
   */
  @property({ attribute: 'form-url' }) formUrl = '';
  /** Search this list locally instead of the gateway (no request is made). */
  @property({ attribute: false }) procedures?: SearchableProcedure[];

  @state() private query = '';
  @state() private results: SearchableProcedure[] = [];
  @state() private total = 0;
  @state() private status: Status = 'idle';
  @state() private open = false;
  @state() private active = -1;
  private timer?: ReturnType<typeof setTimeout>;
  private readonly gateway = new GatewayRequest(this, () => this.language, { fallback: 'search.error' });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
    this.gateway.call?.abort();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('procedures') && this.procedures && this.query.trim()) this.searchLocal();
  }

  /** Runs the search for the current text now (also what "Thử lại" does). */
  async search(): Promise<void> {
    clearTimeout(this.timer);
    this.gateway.call?.abort();
    const q = this.query.trim();
    if (q.length < 2) {
      this.status = 'idle';
      this.results = [];
      return;
    }
    if (this.procedures) return this.searchLocal();
    this.status = 'loading';
    const params = { q, agency: this.agency || undefined, pageSize: this.pageSize };
    const page = await this.gateway.run((client, signal) => client.searchProcedures(params, { signal }));
    if (page) return this.show(page.items, page.total);
    if (!this.gateway.problem) return; // superseded by a newer search
    this.status = 'error';
    this.open = false;
  }

  private searchLocal(): void {
    const words = foldVietnamese(this.query).split(' ').filter(Boolean);
    const matches = (this.procedures ?? []).filter((p) => {
      const text = foldVietnamese(`${p.name.vi} ${p.name.en ?? ''} ${p.code}`);
      return words.every((w) => text.includes(w));
    });
    this.show(matches.slice(0, this.pageSize), matches.length);
  }

  private show(items: SearchableProcedure[], total: number): void {
    this.results = items;
    this.total = total;
    this.status = 'done';
    this.open = items.length > 0;
    this.active = -1;
  }

  private onInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    this.active = -1;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.search(), this.procedures ? 0 : this.debounce);
  }

  private onKeyDown(event: KeyboardEvent): void {
    const action = comboKey(event.key, this.open, this.active, this.results.length, event.altKey);
    if (action.type === 'none') return;
    if (event.key !== 'Tab') event.preventDefault();
    if (action.type === 'move') {
      this.open = this.results.length > 0;
      this.active = action.to;
    } else if (action.type === 'select') this.pick(this.results[action.index]!);
    else if (action.type === 'close') this.open = false;
    else {
      this.query = '';
      void this.search();
    }
  }

  private pick(procedure: SearchableProcedure): void {
    const name = localizedText(procedure.name, this.language);
    this.query = name;
    this.open = false;
    this.active = -1;
    const detail: ProcedureSelectDetail = { code: procedure.code, name, procedure };
    const proceed = this.dispatchEvent(
      new CustomEvent('dvc-procedure-select', { detail, bubbles: true, composed: true, cancelable: true }),
    );
    const target = proceed ? formPageUrl(this.formUrl, procedure.code) : undefined;
    if (target) location.assign(target);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('active'))
      this.renderRoot.querySelector('[aria-selected="true"]')?.scrollIntoView?.({ block: 'nearest' });
  }

  private renderOption(p: SearchableProcedure, i: number) {
    const t = this.t.bind(this);
    const meta = [
      t('search.code', { code: p.code }),
      t('search.time', { time: timeLimitText(t, p.processingTime, this.language) }),
      p.fees ? t('search.fee', { fee: feeText(t, p.fees, this.language) }) : '',
    ]
      .filter(Boolean)
      .join(' · ');
    // The keyboard works on the combobox input (aria-activedescendant), not on each option.
    /* eslint-disable lit-a11y/click-events-have-key-events */
    return html`<li
      id="option-${i}"
      role="option"
      aria-selected=${i === this.active ? 'true' : 'false'}
      @mousedown=${(e: Event) => e.preventDefault()}
      @click=${() => this.pick(p)}
    >
      <span class="name">${localizedText(p.name, this.language)}</span>
      <span class="meta">${meta}</span>
    </li>`;
    /* eslint-enable lit-a11y/click-events-have-key-events */
  }

  private statusText(): string {
    if (this.status === 'loading') return this.t('search.searching');
    if (this.status !== 'done') return '';
    if (this.total === 0) return this.t('search.empty', { query: this.query.trim() });
    if (this.total > this.results.length)
      return this.t('search.more', { shown: this.results.length, total: this.total });
    return this.t('search.count', { count: this.total });
  }

  protected override render() {
    const problem = this.status === 'error' ? this.gateway.problem : undefined;
    // The combobox is named by its <label for="control">, which the rule does not follow.
    /* eslint-disable lit-a11y/accessible-name */
    return html`<div class="search" role="search">
      <label for="control" id="label">${this.label || this.t('search.label')}</label>
      <p id="hint" class="hint">${this.t('search.hint')}</p>
      <input
        id="control"
        part="input"
        type="search"
        role="combobox"
        autocomplete="off"
        enterkeyhint="search"
        aria-autocomplete="list"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="results"
        aria-describedby="hint status"
        aria-activedescendant=${ifDefined(this.open && this.active >= 0 ? `option-${this.active}` : undefined)}
        .value=${live(this.query)}
        @input=${this.onInput}
        @keydown=${this.onKeyDown}
        @focus=${() => (this.open = this.results.length > 0 && this.status === 'done')}
        @blur=${() => (this.open = false)}
      />
      <ul id="results" part="listbox" role="listbox" aria-labelledby="label" ?hidden=${!this.open}>
        ${this.results.map((p, i) => this.renderOption(p, i))}
      </ul>
      <p id="status" class="status" role="status" aria-live="polite">${this.statusText()}</p>
      ${
        problem
          ? html`<div role="alert">
            <p class="error">${this.problemText(problem)}</p>
            ${problem.retryable ? html`<button type="button" @click=${() => void this.search()}>${this.t('request.retry')}</button>` : nothing}
          </div>`
          : nothing
      }
    </div>`;
    /* eslint-enable lit-a11y/accessible-name */
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-procedure-search': DvcProcedureSearch;
  }
  /** The events `<dvc-procedure-search>` fires, typed for `addEventListener` (see `DvcEventMap`). */
  interface GlobalEventHandlersEventMap {
    'dvc-procedure-select': CustomEvent<ProcedureSelectDetail>;
  }
}
