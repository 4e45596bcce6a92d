import { css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { DvcElement } from '../../internal/base/dvc-element';
import { SessionController } from '../../internal/accounts/session-controller';
import { registerMessages, type MessageKey } from '../../internal/i18n/widget-messages';
import { signInMessages } from './messages';

registerMessages(signInMessages);

/**
 * @tagname dvc-sign-in
 * @summary The sign-in control: "Đăng nhập bằng VNeID" when signed out; the citizen's name
 * and a sign-out button when signed in. Reads and changes the session of the nearest
 * `<dvc-provider accounts>`; renders nothing when the gateway has no sign-in.
 *
 * @csspart button - The sign-in or sign-out button.
 *
 * @example
 * ```html
 * <dvc-provider endpoint="https://dvc.xa-ea-bung.gov.vn/api" accounts>
 *   <dvc-sign-in></dvc-sign-in>
 * </dvc-provider>
 * ```
 */
export class DvcSignIn extends DvcElement<MessageKey<typeof signInMessages>> {
  static override defaultTag = 'dvc-sign-in';
  static override styles = [
    ...DvcElement.styles,
    css`
      :host { display: block; }
      .bar { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1rem; }
      button { font: inherit; min-height: 44px; padding: 0.5rem 1rem; cursor: pointer; border-radius: 4px;
        border: 2px solid var(--dvc-color-primary, #0b5394); background: var(--dvc-color-primary, #0b5394); color: #fff; }
      button.secondary { background: transparent; color: var(--dvc-color-primary, #0b5394); }
      button:focus-visible { outline: 3px solid var(--dvc-color-focus, #ffbf47); outline-offset: 2px; }
      .hint { margin: 0; }
      .pending { min-height: 6.5rem; }
      [role='alert'] { color: var(--dvc-color-error, #b10e1e); margin: 0.5rem 0 0; }
    `,
  ];

  private readonly session = new SessionController(this);
  @state() private busy = false;

  private outcome(): 'failed' | 'cancelled' | undefined {
    const value = new URL(location.href).searchParams.get('dvc-sign-in');
    return value === 'failed' || value === 'cancelled' ? value : undefined;
  }

  private async signOut(): Promise<void> {
    this.busy = true;
    try {
      await this.session.source?.signOut();
    } finally {
      this.busy = false;
    }
  }

  protected override render() {
    const view = this.session.view;
    // While the provider asks the gateway who is signed in, keep the space fallback.css gave the
    // tag, so the page below does not jump up and back down when the answer comes (layout shift).
    if (view === undefined) return this.session.source ? html`<div class="pending" aria-hidden="true"></div>` : nothing;
    if (view.signedIn) {
      return html`<div class="bar" role="group" aria-label=${this.t('signin.signed-in-as', { name: view.name ?? '' })}>
        <span>${this.t('signin.signed-in-as', { name: view.name ?? '' })}</span>
        <button part="button" type="button" class="secondary" ?disabled=${this.busy} @click=${() => void this.signOut()}>
          ${this.busy ? this.t('signin.signing-out') : this.t('signin.sign-out')}
        </button>
      </div>`;
    }
    const outcome = this.outcome();
    return html`<div class="bar">
        <button part="button" type="button" @click=${() => void this.session.source?.signIn()}>${this.t('signin.button')}</button>
        <p class="hint">${this.t(view.required ? 'signin.required' : 'signin.hint')}</p>
      </div>
      ${outcome ? html`<p role="alert">${this.t(outcome === 'failed' ? 'signin.failed' : 'signin.cancelled')}</p>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-sign-in': DvcSignIn;
  }
}
