import { css, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { SESSION_WRITE_HEADER } from '@dvc-kit/core';
import type { SupplementAnswerReceipt, SupplementRequest } from '@dvc-kit/client/public';
import { fetchMyDossier } from '../../internal/accounts/session-api';
import { DvcElement } from '../../internal/base/dvc-element';
import { GatewayRequest } from '../../internal/client/gateway-request';
import { DvcFileInput } from '../file-input/file-input';
import type { Uploader } from '../file-input/uploader';
import { formatDate } from '../../internal/format/format';
import { registerMessages, type MessageKey } from '../../internal/i18n/widget-messages';
import { fieldStyles } from '../../internal/styles/field.styles';
import { supplementMessages } from './messages';

registerMessages(supplementMessages);

/** Detail of the `dvc-supplement-sent` event. */
export interface SupplementSentDetail {
  receipt: SupplementAnswerReceipt;
}

/**
 * @tagname dvc-supplement-answer
 * @summary A dossier's supplement request (yêu cầu bổ sung): what the agency asks, who asked,
 * since and until when, and a form to answer online with files (the same upload component as
 * the dossier form) and a note. Shows the answer once sent. Used by `<dvc-dossier-status>`; on
 * its own, give `code` and `verify` and it reads the request from the gateway. With
 * `signed-in` (as in `<dvc-my-dossiers>`), the citizen's gateway session stands in for the four
 * digits: the request is read and the answer sent with the session cookie.
 *
 * @fires {CustomEvent<SupplementSentDetail>} dvc-supplement-sent - The answer was accepted; `detail: { receipt }`.
 *
 * @csspart request - The request box.
 * @csspart form - The answer form.
 * @csspart message - Progress, confirmation and error messages.
 */
export class DvcSupplementAnswer extends DvcElement<MessageKey<typeof supplementMessages>> {
  static override defaultTag = 'dvc-supplement-answer';
  static override styles = [
    ...DvcElement.styles,
    fieldStyles,
    css`
      [part='request'] { border-inline-start: 4px solid var(--dvc-color-warning, #b35c00); padding-inline-start: 0.75rem; }
      textarea { inline-size: 100%; min-block-size: 5rem; font: inherit; }
    `,
  ];

  /** Mã hồ sơ. */
  @property() code = '';
  /** The four digits the citizen gave for the look-up. */
  @property() verify = '';
  /**
   * Answer as the signed-in owner (the gateway session cookie, `X-DVC-Request: 1`) instead of
   * with `verify`. @default false
   */
  @property({ type: Boolean, attribute: 'signed-in' }) signedIn = false;
  /** The request, as the status view gives it. */
  @property({ attribute: false }) request?: SupplementRequest;

  @state() private note = '';
  @state() private hint?: string;
  @query('dvc-file-input') private files?: DvcFileInput;

  /** Reads and answers through the gateway; signed in, the answer goes with the session (cookie + `X-DVC-Request: 1`). */
  private readonly gateway = new GatewayRequest(this, () => this.language, {
    session: () => (this.signedIn ? { [SESSION_WRITE_HEADER]: '1' } : undefined),
  });

  /** Uploads through the gateway, as the dossier form does (no session: uploads are anonymous). */
  readonly uploader: Uploader = async (file, { signal }) => (await this.gateway.client()).upload(file, { signal });

  override connectedCallback(): void {
    super.connectedCallback();
    DvcFileInput.define();
    if (!this.request && this.code && (this.signedIn || /^\d{4}$/.test(this.verify))) void this.load();
  }

  /** Reads the dossier's current request from the gateway (when used on its own, e.g. in "my dossiers"). */
  async load(): Promise<void> {
    // Signed in, the owner's view of the dossier (`/v1/me/…`, which the public client does not
    // cover) stands in for the four-digit look-up; the controller still maps its failure.
    const view = await this.gateway.run((client) =>
      this.signedIn
        ? fetchMyDossier(this.resolvedEndpoint!, this.code)
        : client.getDossierStatus(this.code, this.verify),
    );
    if (view)
      this.request = view.status === 'supplement-requested' || view.supplement?.answer ? view.supplement : undefined;
  }

  /** Sends the answer; resolves when done (errors are shown, not thrown). */
  async send(): Promise<void> {
    const request = this.request;
    if (!request || this.gateway.loading) return;
    const input = this.files;
    const receipts = input?.receipts ?? [];
    // Without an endpoint the controller says so at once (`request.no-endpoint`), before the answer is checked.
    if (this.resolvedEndpoint) {
      // The file input is invalid while a file is still uploading (or failed).
      if (input && !input.checkValidity()) return void (this.hint = this.t('supplement.uploading'));
      if (receipts.length === 0 && this.note.trim() === '') return void (this.hint = this.t('supplement.empty'));
    }
    this.hint = undefined;
    const answer = {
      requestId: request.id,
      files: receipts.map((r) => ({ uploadId: r.id })),
      ...(this.note.trim() ? { note: this.note.trim() } : {}),
      // Signed in, the session (the controller's `session` option) stands in for the four digits.
      ...(this.signedIn ? {} : { verify: this.verify }),
    };
    const receipt = await this.gateway.run((client) => client.answerSupplement(this.code, answer));
    if (receipt) {
      this.request = {
        ...request,
        answer: {
          answeredAt: receipt.answeredAt,
          ...(this.note.trim() ? { note: this.note.trim() } : {}),
          files: receipts.map((r) => ({ name: r.name ?? '', size: r.size ?? 0, type: r.type ?? '' })),
        },
      };
      this.dispatchEvent(
        new CustomEvent<SupplementSentDetail>('dvc-supplement-sent', {
          detail: { receipt },
          bubbles: true,
          composed: true,
        }),
      );
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[role="alert"], #sent')?.focus();
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    void this.send();
  }

  protected override render() {
    const r = this.request;
    if (!r)
      return this.gateway.problem
        ? html`<div role="alert" part="message" class="error"><p>${this.problemText(this.gateway.problem)}</p></div>`
        : nothing;
    const lang = this.language;
    return html`<section part="request" aria-labelledby="supplement-heading">
      <h3 id="supplement-heading">${this.t('supplement.title')}</h3>
      <p>${r.content}</p>
      ${r.requestedBy ? html`<p>${this.t('supplement.asked-by', { by: r.requestedBy })}</p>` : nothing}
      <p>${this.t('supplement.asked-at', { date: formatDate(r.requestedAt, lang, true) })}</p>
      ${r.deadline ? html`<p><strong>${this.t('supplement.deadline', { date: formatDate(r.deadline, lang, true) })}</strong></p>` : nothing}
      ${r.answer ? this.renderSent(r.answer) : this.renderForm()}
    </section>`;
  }

  private renderSent(answer: NonNullable<SupplementRequest['answer']>) {
    return html`<div id="sent" part="message" role="status" tabindex="-1">
      <p>${this.t('supplement.sent', { date: formatDate(answer.answeredAt, this.language, true) })}</p>
      ${answer.files.length ? html`<p>${this.t('supplement.sent-files', { names: answer.files.map((f) => f.name).join(', ') })}</p>` : nothing}
    </div>`;
  }

  private renderForm() {
    const { loading: sending, problem: p } = this.gateway;
    return html`<form part="form" novalidate aria-busy=${sending ? 'true' : 'false'} @submit=${this.onSubmit}>
      <dvc-file-input multiple max-files="10" label=${this.t('supplement.files')} hint=${this.t('supplement.files-hint')} .uploader=${this.uploader}></dvc-file-input>
      <div class="field" part="field">
        <label for="note" part="label">${this.t('supplement.note')}</label>
        <textarea id="note" name="note" maxlength="2000" .value=${this.note} @input=${(e: Event) => (this.note = (e.target as HTMLTextAreaElement).value)}></textarea>
      </div>
      <div class="actions">
        <button class="primary" type="submit" ?disabled=${sending}>${this.t('supplement.send')}</button>
      </div>
      <p role="status" part="message">${sending ? this.t('supplement.sending') : (this.hint ?? nothing)}</p>
      ${p ? html`<div role="alert" part="message" class="error" tabindex="-1"><p>${this.problemText(p)}</p></div>` : nothing}
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-supplement-answer': DvcSupplementAnswer;
  }
  /** The events `<dvc-supplement-answer>` fires, typed for `addEventListener` (see `DvcEventMap`). */
  interface GlobalEventHandlersEventMap {
    'dvc-supplement-sent': CustomEvent<SupplementSentDetail>;
  }
}
