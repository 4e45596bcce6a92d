import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { MyDossier, MyDossierPage, RatingLevel } from '@dvc-kit/core';
import { DvcElement } from '../../internal/base/dvc-element';
import { SessionController } from '../../internal/accounts/session-controller';
import {
  fetchMyDossier,
  fetchMyDossiers,
  rateMyDossier,
  SessionRequestError,
} from '../../internal/accounts/session-api';
import { DvcDossierStatus } from '../dossier-status/dossier-status';
import { formatDate } from '../../internal/format/format';
import { registerMessages, type MessageKey } from '../../internal/i18n/widget-messages';
import { localizedText } from '../../internal/i18n/localized-text';
import { myDossiersMessages } from './messages';
import { myDossiersStyles } from './my-dossiers.styles';

registerMessages(myDossiersMessages);

const LEVELS: readonly RatingLevel[] = ['very-satisfied', 'satisfied', 'not-satisfied'];

const waitsOnCitizen = (item: MyDossier) => item.supplement !== undefined && item.status === 'supplement-requested';

/** Detail of `dvc-dossier-open`: the dossier whose timeline was opened. */
export interface DossierOpenDetail {
  code: string;
}

/**
 * @tagname dvc-my-dossiers
 * @summary "Hồ sơ của tôi": the signed-in citizen's dossiers, newest first, a page at a time,
 * each with its status, due date and next step; opens a dossier's progress timeline without
 * the four-digit check, and offers rating once the status allows it. A dossier waiting on the
 * citizen says what is asked in its next step; when the page also registers
 * `<dvc-supplement-answer>` (`define/supplement-answer`, included in `define/all` and the CDN
 * file), it shows the request in full (what, by whom, since and until when) with a form to
 * answer online, the session standing in for the four digits. It is not bundled here, to keep
 * this widget small, as with `<dvc-dossier-status>`. Needs a `<dvc-provider accounts>`
 * ancestor; shows nothing but a sign-in hint when signed out.
 *
 * @fires {CustomEvent<DossierOpenDetail>} dvc-dossier-open - A dossier's timeline was opened: `{ code }` (`DossierOpenDetail`).
 *
 * @example
 * ```html
 * <dvc-provider endpoint="https://dvc.xa-ea-bung.gov.vn/api" accounts>
 *   <dvc-sign-in></dvc-sign-in>
 *   <dvc-my-dossiers page-size="10"></dvc-my-dossiers>
 * </dvc-provider>
 * ```
 */
export class DvcMyDossiers extends DvcElement<MessageKey<typeof myDossiersMessages>> {
  static override defaultTag = 'dvc-my-dossiers';
  static override styles = [...DvcElement.styles, myDossiersStyles];

  /** Dossiers per page. @default 10 */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 10;

  @state() private page = 1;
  @state() private result?: MyDossierPage;
  @state() private loading = false;
  @state() private failure?: string;
  @state() private open?: MyDossier;
  @state() private rating?: string;

  private readonly session = new SessionController(this);
  private loadedFor?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    DvcDossierStatus.define();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    const view = this.session.view;
    const key = view?.signedIn
      ? `${view.name ?? ''}|${this.resolvedEndpoint ?? ''}|${this.page}|${this.pageSize}`
      : undefined;
    if (key === this.loadedFor) return;
    this.loadedFor = key;
    if (key === undefined) {
      // Signed out: nothing of the citizen's stays on the page.
      this.result = undefined;
      this.open = undefined;
      this.failure = undefined;
      return;
    }
    void this.load();
  }

  private async load(): Promise<void> {
    const endpoint = this.resolvedEndpoint;
    if (!endpoint) return;
    this.loading = true;
    this.failure = undefined;
    try {
      this.result = await fetchMyDossiers(endpoint, this.page, Math.max(1, Math.min(100, this.pageSize)));
    } catch (error) {
      if (error instanceof SessionRequestError && error.status === 401) {
        await this.session.source?.refreshSession();
        return;
      }
      this.failure = this.message(error);
    } finally {
      this.loading = false;
    }
  }

  private message(error: unknown): string {
    const messages = error instanceof SessionRequestError ? error.messages : undefined;
    return (this.language.startsWith('en') ? messages?.en : messages?.vi) ?? '';
  }

  private async openDossier(code: string): Promise<void> {
    if (this.open?.code === code) {
      this.open = undefined;
      return;
    }
    try {
      // The request and its answer form show in the list item; the timeline leaves them out.
      const view = await fetchMyDossier(this.resolvedEndpoint ?? '', code);
      delete view.supplement;
      this.open = view;
      this.dispatchEvent(
        new CustomEvent<DossierOpenDetail>('dvc-dossier-open', { detail: { code }, bubbles: true, composed: true }),
      );
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.detail dvc-dossier-status')?.focus();
    } catch (error) {
      this.failure = this.message(error);
    }
  }

  private async rate(item: MyDossier, level: RatingLevel): Promise<void> {
    this.rating = item.code;
    try {
      await rateMyDossier(this.resolvedEndpoint ?? '', item.code, level);
      await this.load();
    } catch (error) {
      this.failure = this.message(error);
    } finally {
      this.rating = undefined;
    }
  }

  private go(page: number): void {
    this.page = page;
    this.open = undefined;
  }

  private renderItem(item: MyDossier) {
    const label = item.statusLabel ? localizedText(item.statusLabel, this.language) : item.status;
    const isOpen = this.open?.code === item.code;
    return html`<li>
      <h3><span class="code">${item.code}</span> — ${localizedText(item.procedureName, this.language)}</h3>
      <dl>
        <dt>${this.t('mine.status')}</dt><dd data-status=${item.status}>${label}</dd>
        <dt>${this.t('mine.received')}</dt><dd>${formatDate(item.receivedAt, this.language)}</dd>
        ${item.dueAt ? html`<dt>${this.t('mine.due')}</dt><dd>${formatDate(item.dueAt, this.language)}</dd>` : nothing}
        <dt>${this.t('mine.next')}</dt><dd>${localizedText(item.nextAction.message, this.language)}</dd>
      </dl>
      <button type="button" aria-expanded=${isOpen ? 'true' : 'false'} @click=${() => void this.openDossier(item.code)}>
        ${isOpen ? this.t('mine.close') : this.t('mine.open', { code: item.code })}
      </button>
      ${
        waitsOnCitizen(item)
          ? html`<dvc-supplement-answer signed-in .request=${item.supplement} code=${item.code} endpoint=${this.resolvedEndpoint ?? ''}
            lang=${this.language} @dvc-supplement-sent=${() => void this.load()}></dvc-supplement-answer>`
          : nothing
      }
      ${item.rating ? html`<p>${this.t('mine.rated', { level: this.t(`mine.${item.rating}`) })}</p>` : nothing}
      ${
        item.rateable
          ? html`<fieldset><legend>${this.t('mine.rate')}</legend>
            ${LEVELS.map((level) => html`<button type="button" ?disabled=${this.rating === item.code} @click=${() => void this.rate(item, level)}>${this.t(`mine.${level}`)}</button>`)}
          </fieldset>`
          : nothing
      }
      ${isOpen && this.open ? html`<div class="detail"><dvc-dossier-status tabindex="-1" .status=${this.open}></dvc-dossier-status></div>` : nothing}
    </li>`;
  }

  protected override render() {
    const view = this.session.view;
    const heading = html`<h2>${this.t('mine.title')}</h2>`;
    if (!view?.signedIn)
      return html`<section aria-label=${this.t('mine.title')}>${heading}<p>${this.t('mine.sign-in')}</p></section>`;
    const r = this.result;
    const pages = r ? Math.max(1, Math.ceil(r.total / r.pageSize)) : 1;
    return html`<section aria-label=${this.t('mine.title')} aria-busy=${this.loading ? 'true' : 'false'}>
      ${heading}
      ${
        this.failure !== undefined
          ? html`<div role="alert"><p>${this.t('mine.error', { message: this.failure })}</p>
            <button type="button" @click=${() => void this.load()}>${this.t('mine.retry')}</button></div>`
          : nothing
      }
      ${this.loading && !r ? html`<p role="status">${this.t('mine.loading')}</p>` : nothing}
      ${r && r.items.length === 0 ? html`<p>${this.t('mine.empty')}</p>` : nothing}
      ${r && r.items.length ? html`<ol>${r.items.map((item) => this.renderItem(item))}</ol>` : nothing}
      ${
        r && pages > 1
          ? html`<nav aria-label=${this.t('mine.page', { page: this.page, pages })}>
            <button type="button" ?disabled=${this.page <= 1} @click=${() => this.go(this.page - 1)}>${this.t('mine.previous')}</button>
            <span>${this.t('mine.page', { page: this.page, pages })}</span>
            <button type="button" ?disabled=${this.page >= pages} @click=${() => this.go(this.page + 1)}>${this.t('mine.next-page')}</button>
          </nav>`
          : nothing
      }
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-my-dossiers': DvcMyDossiers;
  }
  /** The events `<dvc-my-dossiers>` fires, typed for `addEventListener` (see `DvcEventMap`). */
  interface GlobalEventHandlersEventMap {
    'dvc-dossier-open': CustomEvent<DossierOpenDetail>;
  }
}
