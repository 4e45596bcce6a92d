import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { RatingReceipt, RatingRequest } from '@dvc-kit/client/public';
import type { RatingLevel } from '@dvc-kit/core';
import { DvcElement } from '../../internal/base/dvc-element';
import { ratingMessages } from './messages';
import { registerMessages, type MessageKey } from '../../internal/i18n/widget-messages';
import { GatewayRequest } from '../../internal/client/gateway-request';
import { isVerifyDigits, verifyField } from '../../internal/form/text-field';
import { verifyMessages } from '../../internal/form/verify-messages';
import { fieldStyles } from '../../internal/styles/field.styles';
import { ratingStyles } from './rating.styles';

registerMessages(ratingMessages, verifyMessages);

/** Detail of the `dvc-rate` event. */
export interface RateDetail {
  /** Mã hồ sơ — wire: MaHoSo. */
  dossier: string;
  /** What the citizen chose and wrote (with the verify digits). */
  rating: RatingRequest;
}

/** Detail of the `dvc-rated` event. */
export interface RatedDetail extends RateDetail {
  /** The gateway's receipt; absent when the page sent the rating itself (`dvc-rate` cancelled). */
  receipt?: RatingReceipt;
}

/**
 * Longest comment, in characters: core's `RATING_COMMENT_MAX` (the tests check they agree).
 * Not imported, so the widget's first download does not carry core's request schemas.
 */
const RATING_COMMENT_MAX = 1000;

const LEVELS: readonly RatingLevel[] = ['very-satisfied', 'satisfied', 'not-satisfied'];

/**
 * @tagname dvc-rating
 * @summary Satisfaction rating of a dossier (đánh giá mức độ hài lòng): Rất hài lòng / Hài lòng /
 * Không hài lòng as a radio group (arrow keys move the choice), an optional comment of up to
 * 1000 characters with a counter, the 4 verify digits unless the page already has them, then a
 * thank-you message.
 *
 * @fires {CustomEvent<RateDetail>} dvc-rate - Before sending; `detail: { dossier, rating }` (`RateDetail`). Cancel it
 * (`preventDefault()`) to send the rating yourself: the widget then thanks the citizen without calling the gateway.
 * @fires {CustomEvent<RatedDetail>} dvc-rated - The rating was recorded; `detail: { dossier, rating, receipt? }` (`RatedDetail`).
 *
 * @csspart form - The rating form.
 * @csspart choices - The fieldset of the three levels.
 * @csspart choice - Each level's label (with its radio button).
 * @csspart comment - The comment box.
 * @csspart field - The verify field; also `label`, `hint`, `input`.
 * @csspart thanks - The thank-you message.
 * @csspart message - Sending and error messages.
 *
 * @cssproperty --dvc-color-primary - Buttons and the chosen level's border.
 * @cssproperty --dvc-color-error - Error messages.
 *
 * @example
 * ```html
 * <dvc-rating endpoint="https://dvc.xa-ea-bung.gov.vn/api" dossier="000.24.66.H66-250701-0007"></dvc-rating>
 * ```
 */
export class DvcRating extends DvcElement<MessageKey<typeof ratingMessages & typeof verifyMessages>> {
  static override defaultTag = 'dvc-rating';
  static override styles = [...DvcElement.styles, fieldStyles, ratingStyles];

  /** Mã hồ sơ to rate — wire: MaHoSo. */
  @property() dossier = '';

  /** The 4 verify digits. When set (e.g. after a status look-up), the field is not shown. */
  @property() verify = '';

  /** The chosen level. */
  @property() level?: RatingLevel;

  /** The comment (at most 1000 characters). */
  @property() comment = '';

  @state() private phase: 'form' | 'sending' | 'done' = 'form';
  private readonly gateway = new GatewayRequest(this, () => this.language, { notFound: 'rating.not-found' });
  @state() private errors: { level?: string; verify?: string } = {};
  @state() private askVerify = true;

  override connectedCallback(): void {
    super.connectedCallback();
    this.askVerify = !isVerifyDigits(this.verify);
  }

  /** Validates, then sends the rating (unless `dvc-rate` is cancelled). Errors are shown, not thrown. */
  async submit(): Promise<void> {
    this.errors = {
      level: this.level ? undefined : this.t('rating.level-required'),
      verify: isVerifyDigits(this.verify) ? undefined : this.t('verify.invalid'),
    };
    if (this.errors.level || this.errors.verify) {
      this.gateway.problem = undefined;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>(this.errors.level ? 'input[type=radio]' : '#verify')?.focus();
      return;
    }
    const comment = this.comment.trim().slice(0, RATING_COMMENT_MAX);
    const rating: RatingRequest = { level: this.level!, verify: this.verify, ...(comment ? { comment } : {}) };
    const detail = { dossier: this.dossier, rating };
    const proceed = this.dispatchEvent(
      new CustomEvent<RateDetail>('dvc-rate', { detail, bubbles: true, composed: true, cancelable: true }),
    );
    let receipt: RatingReceipt | undefined;
    if (proceed) {
      this.phase = 'sending';
      receipt = await this.gateway.run((client) => client.rateDossier(this.dossier, rating));
      if (!receipt) {
        this.phase = 'form';
        await this.updateComplete;
        return this.renderRoot.querySelector<HTMLElement>('[role=alert]')?.focus();
      }
    }
    this.phase = 'done';
    this.dispatchEvent(
      new CustomEvent<RatedDetail>('dvc-rated', { detail: { ...detail, receipt }, bubbles: true, composed: true }),
    );
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part=thanks]')?.focus();
  }

  protected override render() {
    if (this.phase === 'done') {
      return html`<div part="thanks" role="status" tabindex="-1">
        <h2>${this.t('rating.thanks')}</h2>
        <p>${this.t('rating.thanks-detail')}</p>
      </div>`;
    }
    const sending = this.phase === 'sending';
    const p = this.gateway.problem;
    const left = RATING_COMMENT_MAX - this.comment.length;
    return html`<form
      part="form"
      novalidate
      @focusin=${() => this.gateway.preload()}
      aria-busy=${sending ? 'true' : 'false'}
      @submit=${(e: Event) => {
        e.preventDefault();
        void this.submit();
      }}
    >
      <h2>${this.t('rating.title')}</h2>
      <fieldset part="choices" class=${this.errors.level ? 'invalid' : ''} aria-describedby=${this.errors.level ? 'level-error' : nothing}>
        <legend>${this.t('rating.level')}</legend>
        ${this.errors.level ? html`<p class="error" id="level-error">${this.errors.level}</p>` : nothing}
        ${LEVELS.map(
          (level) => html`<label part="choice" class="choice">
            <input
              type="radio"
              name="level"
              .value=${level}
              .checked=${this.level === level}
              @change=${() => (this.level = level)}
            />
            <span>${this.t(`rating.${level}`)}</span>
          </label>`,
        )}
      </fieldset>
      <div class="field" part="comment">
        <label for="comment">${this.t('rating.comment')} <span class="optional">${this.t('common.optional')}</span></label>
        <textarea
          id="comment"
          rows="4"
          maxlength=${RATING_COMMENT_MAX}
          aria-describedby="counter"
          .value=${this.comment}
          @input=${(e: Event) => (this.comment = (e.target as HTMLTextAreaElement).value)}
        ></textarea>
        <p class="hint" id="counter">${this.t('rating.counter', { left })}</p>
      </div>
      ${
        this.askVerify
          ? verifyField(
              { label: this.t('verify.label'), hint: this.t('verify.hint'), error: this.errors.verify },
              this.verify,
              (v) => (this.verify = v),
            )
          : nothing
      }
      <div class="actions">
        <button class="primary" type="submit" ?disabled=${sending}>${this.t('rating.submit')}</button>
      </div>
      <p role="status" part="message">${sending ? this.t('rating.sending') : nothing}</p>
      ${
        p
          ? html`<div role="alert" part="message" class="error" tabindex="-1"><p>${this.problemText(p)}</p></div>`
          : nothing
      }
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-rating': DvcRating;
  }
  /** The events `<dvc-rating>` fires, typed for `addEventListener` (see `DvcEventMap`). */
  interface GlobalEventHandlersEventMap {
    'dvc-rate': CustomEvent<RateDetail>;
    'dvc-rated': CustomEvent<RatedDetail>;
  }
}
