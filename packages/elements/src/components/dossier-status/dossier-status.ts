import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { DossierStatusView } from '@dvc-kit/client/public';
import { DvcElement } from '../../internal/base/dvc-element';
import { statusMessages } from './messages';
import { registerMessages, type Localized, type MessageKey } from '../../internal/i18n/widget-messages';
import { fieldStyles } from '../../internal/styles/field.styles';
import { dossierStatusStyles } from './dossier-status.styles';
import { formatDate } from '../../internal/format/format';
import { localizedText } from '../../internal/i18n/localized-text';
import { GatewayRequest } from '../../internal/client/gateway-request';
import { isVerifyDigits, textField, verifyField } from '../../internal/form/text-field';
import { verifyMessages } from '../../internal/form/verify-messages';

registerMessages(statusMessages, verifyMessages);

/** Detail of the `dvc-status-load` event. */
export interface StatusLoadDetail {
  /** The dossier as the gateway returned it (personal data masked). */
  status: DossierStatusView;
}

/**
 * @tagname dvc-dossier-status
 * @summary Dossier status look-up (tra cứu hồ sơ): the citizen enters the dossier code and the
 * last 4 digits of their phone or ID number; the widget shows the status, the due date with the
 * working days left or overdue, what to do next, and the processing timeline. Personal data is
 * shown masked, exactly as the gateway returns it.
 *
 * Set `.status` to a `DossierStatusView` to show a dossier without a look-up; set `code` and
 * `verify` together to look one up as soon as the widget appears.
 *
 * While the agency asks for more documents, the widget shows the request and — when the page
 * also registers `<dvc-supplement-answer>` (`define/supplement-answer`, included in `define/all`
 * and the CDN file) — a form to answer it online. It is not bundled here, to keep this widget small.
 *
 * @fires {CustomEvent<StatusLoadDetail>} dvc-status-load - A look-up succeeded; `detail: { status }` (`StatusLoadDetail`).
 *
 * @csspart form - The look-up form.
 * @csspart field - Each form field; also `label`, `hint`, `input`.
 * @csspart result - The dossier summary and timeline.
 * @csspart status - The status badge.
 * @csspart next-action - The box saying what the citizen must do next.
 * @csspart timeline - The ordered list of processing steps.
 * @csspart message - Loading and error messages.
 *
 * @cssproperty --dvc-color-primary - Buttons, the current step and the next-action border.
 * @cssproperty --dvc-color-highlight - Background of the next-action box.
 * @cssproperty --dvc-color-success - Finished dossiers' badge.
 * @cssproperty --dvc-color-warning - Paused dossiers' badge (supplement, fees, stopped).
 * @cssproperty --dvc-color-error - Overdue text and errors.
 *
 * @example
 * ```html
 * <dvc-dossier-status endpoint="https://dvc.xa-ea-bung.gov.vn/api"></dvc-dossier-status>
 * ```
 */
export class DvcDossierStatus extends DvcElement<MessageKey<typeof statusMessages & typeof verifyMessages>> {
  static override defaultTag = 'dvc-dossier-status';
  static override styles = [...DvcElement.styles, fieldStyles, dossierStatusStyles];

  /** Mã hồ sơ — wire: MaHoSo. Prefills the form; with `verify`, looks the dossier up at once. */
  @property() code = '';

  /** Last 4 digits of the applicant's phone or ID number (`?verify=` of the look-up). */
  @property() verify = '';

  /** The dossier to show (skips the look-up). Set by the widget after a successful look-up. */
  @property({ attribute: false }) status?: DossierStatusView;

  @state() private errors: { code?: string; verify?: string } = {};
  /** Label and working days computed with core when the gateway left them out (core loads lazily). */
  @state() private fallback: { label?: Localized; days?: number } = {};

  private readonly gateway = new GatewayRequest(this, () => this.language, { notFound: 'status.not-found' });

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.status && this.code && isVerifyDigits(this.verify)) void this.lookUp();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (changed.has('status')) {
      // A dossier given or found replaces an earlier failure's message.
      this.gateway.problem = undefined;
      this.fallback = {};
      if (this.status) void this.fillGaps(this.status);
    }
  }

  /**
   * A view without `statusLabel`, or without `workingDaysLeft` while it is open and has a due
   * date, is completed with core's status table and working-day calendar, loaded only then.
   */
  private async fillGaps(s: DossierStatusView): Promise<void> {
    const needsDays = s.workingDaysLeft === null && s.dueAt !== null && s.statusGroup !== 'finished';
    if (s.statusLabel && !needsDays) return;
    try {
      const { statusInfo, workingDaysBetween } = await import('./core-fallbacks');
      if (this.status !== s) return;
      this.fallback = {
        label: statusInfo(s.status)?.label,
        days: needsDays ? workingDaysBetween(new Date(), new Date(s.dueAt!)) : undefined,
      };
    } catch {
      // Offline or an unreadable date: the widget shows the status code and no count.
    }
  }

  /**
   * Looks up `code` with `verify` through the gateway and shows the result. Resolves when done;
   * a failure is shown in the widget, not thrown.
   */
  async lookUp(): Promise<void> {
    const status = await this.gateway.run(async (client) => {
      // Case, spaces and keyboard artefacts do not matter (the gateway normalises with core too);
      // the citizen sees the code as it is written on the receipt.
      const code = await import('./core-fallbacks').then(
        (m) => m.normalizeDossierCode(this.code),
        () => this.code.trim(),
      );
      this.code = code;
      return client.getDossierStatus(code, this.verify.replace(/\s/g, ''));
    });
    const problem = this.gateway.problem;
    if (!status && !problem) return; // superseded by a later look-up
    if (status) {
      this.status = status;
      this.dispatchEvent(
        new CustomEvent<StatusLoadDetail>('dvc-status-load', { detail: { status }, bubbles: true, composed: true }),
      );
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(status ? '#heading' : '[role="alert"]')?.focus();
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    const errors = {
      code: this.code.trim() ? undefined : this.t('status.code-required'),
      verify: isVerifyDigits(this.verify) ? undefined : this.t('verify.invalid'),
    };
    this.errors = errors;
    if (errors.code || errors.verify) {
      this.gateway.problem = undefined;
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLInputElement>(errors.code ? '#code' : '#verify')?.focus(),
      );
      return;
    }
    void this.lookUp();
  }

  private again(): void {
    this.status = undefined;
    this.verify = '';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#code')?.focus());
  }

  protected override render() {
    // The form shows while a look-up runs and after one failed (with the reason).
    const { loading, problem } = this.gateway;
    return this.status && !loading && !problem ? this.renderResult(this.status) : this.renderForm();
  }

  private renderForm() {
    const { loading, problem: p } = this.gateway;
    return html`<form part="form" novalidate aria-busy=${loading ? 'true' : 'false'} @focusin=${() => this.gateway.preload()} @submit=${this.onSubmit}>
      <h2>${this.t('status.title')}</h2>
      ${textField({
        id: 'code',
        label: this.t('status.code'),
        hint: this.t('status.code-hint'),
        error: this.errors.code,
        value: this.code,
        onInput: (v) => (this.code = v),
      })}
      ${verifyField({ label: this.t('verify.label'), hint: this.t('verify.hint'), error: this.errors.verify }, this.verify, (v) => (this.verify = v))}
      <div class="actions">
        <button class="primary" type="submit" ?disabled=${loading}>${this.t('status.search')}</button>
      </div>
      <p role="status" part="message">${loading ? this.t('status.loading') : nothing}</p>
      ${
        p
          ? html`<div role="alert" part="message" class="error" tabindex="-1">
            <p>${this.problemText(p)}</p>
          </div>`
          : nothing
      }
    </form>`;
  }

  private renderResult(s: DossierStatusView) {
    const lang = this.language;
    const label = localizedText(s.statusLabel ?? this.fallback.label ?? { vi: s.status.replace('unknown:', '') }, lang);
    const steps = [...s.timeline].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    const next = s.nextAction;
    return html`<section part="result" aria-labelledby="heading">
      <h2 id="heading" tabindex="-1">${this.t('status.heading', { code: s.code })}</h2>
      <p class="badge group-${s.statusGroup}" part="status">${label}</p>
      ${this.renderDeadline(s)}
      <div class="next" part="next-action">
        <h3>${this.t('status.next')}</h3>
        <p>${localizedText(next.message, lang)}</p>
        ${next.deadline ? html`<p><strong>${this.t('status.deadline', { date: formatDate(next.deadline, lang, true) })}</strong></p>` : nothing}
      </div>
      ${
        s.supplement && s.status === 'supplement-requested'
          ? html`<dvc-supplement-answer .request=${s.supplement} code=${s.code} verify=${this.verify} endpoint=${this.resolvedEndpoint ?? ''} lang=${lang}></dvc-supplement-answer>`
          : nothing
      }
      <dl>
        <dt>${this.t('status.procedure')}</dt>
        <dd>${localizedText(s.procedureName, lang)}</dd>
        ${s.agencyName ? html`<dt>${this.t('status.agency')}</dt><dd>${localizedText(s.agencyName, lang)}</dd>` : nothing}
        <dt>${this.t('status.applicant')}</dt>
        <dd>${[s.applicant.name, s.applicant.phone, s.applicant.citizenId].filter(Boolean).join(' · ')}</dd>
        <dt>${this.t('status.received')}</dt>
        <dd><time datetime=${s.receivedAt}>${formatDate(s.receivedAt, lang, true)}</time></dd>
        ${s.dueAt ? html`<dt>${this.t('status.due')}</dt><dd><time datetime=${s.dueAt}>${formatDate(s.dueAt, lang, true)}</time></dd>` : nothing}
        ${
          s.finishedAt
            ? html`<dt>${this.t('status.finished')}</dt><dd><time datetime=${s.finishedAt}>${formatDate(s.finishedAt, lang, true)}</time></dd>`
            : nothing
        }
      </dl>
      <h3 id="timeline-heading">${this.t('status.timeline')}</h3>
      ${
        steps.length
          ? html`<ol part="timeline" aria-labelledby="timeline-heading">
            ${steps.map(
              (step, i) => html`<li aria-current=${i === steps.length - 1 ? 'step' : nothing}>
                <p><time datetime=${step.at}>${formatDate(step.at, lang, true)}</time></p>
                <p class="step-title">
                  ${localizedText(step.title, lang)}
                  ${i === steps.length - 1 ? html`<span class="visually-hidden">${this.t('status.current')}</span>` : nothing}
                </p>
                ${step.note ? html`<p>${step.note}</p>` : nothing}
                ${step.by ? html`<p class="by">${step.by}</p>` : nothing}
              </li>`,
            )}
          </ol>`
          : html`<p>${this.t('status.timeline-empty')}</p>`
      }
      <div class="actions">
        <button type="button" @click=${this.again}>${this.t('status.again')}</button>
      </div>
    </section>`;
  }

  private renderDeadline(s: DossierStatusView) {
    if (!s.dueAt || s.statusGroup === 'finished') return nothing;
    const days = s.workingDaysLeft ?? this.fallback.days;
    if (days === undefined) return nothing;
    if (days < 0) return html`<p class="late">${this.t('status.overdue', { days: -days })}</p>`;
    return html`<p>${days === 0 ? this.t('status.due-today') : this.t('status.days-left', { days })}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-dossier-status': DvcDossierStatus;
  }
  /** The events `<dvc-dossier-status>` fires, typed for `addEventListener` (see `DvcEventMap`). */
  interface GlobalEventHandlersEventMap {
    'dvc-status-load': CustomEvent<StatusLoadDetail>;
  }
}
