import { html, css } from 'lit';
import { property } from 'lit/decorators.js';
import type { SessionView } from '@dvc-kit/core';
import { DvcElement, PROVIDER_MARK } from '../../internal/base/dvc-element';
import { SESSION_EVENT } from '../../internal/accounts/session-controller';

/**
 * @tagname dvc-provider
 * @summary Gives every DVC Kit widget inside it the gateway endpoint (and,
 * through ordinary attributes, `lang` and `large-text`), so each widget need not
 * repeat them. A `province` attribute (2-digit code, e.g. `66`) makes every unit
 * picker inside start at that province — the commune site's own.
 * With `accounts`, it also holds who is signed in (VNeID / DVCQG single sign-on through
 * the gateway), so every widget inside knows it.
 *
 * @slot - The widgets and any other content.
 * @fires {CustomEvent<null>} dvc-session-change - The session was loaded or changed (read `provider.session`).
 *
 * @example
 * ```html
 * <dvc-provider endpoint="https://dvc.example.gov.vn/api" province="66" lang="vi" large-text accounts>
 *   <dvc-sign-in></dvc-sign-in>
 *   <dvc-citizen-id-input name="cccd"></dvc-citizen-id-input>
 * </dvc-provider>
 * ```
 */
export class DvcProvider extends DvcElement {
  static override defaultTag = 'dvc-provider';
  static override styles = [
    css`
      :host {
        display: contents;
      }
    `,
  ];

  /**
   * The gateway's base URL every nested widget uses. Reflected to the `endpoint` attribute, so
   * a value set as a property (React, Vue, `provider.endpoint = …`) reaches the widgets too:
   * they read the attribute, and watch it for changes.
   */
  @property({ reflect: true }) override endpoint?: string;

  readonly [PROVIDER_MARK] = true;

  /** Province the unit pickers inside start at (2-digit code, e.g. `66`). Read from the attribute. @default none */
  @property({ reflect: true }) province?: string;

  /** Ask the gateway who is signed in (`GET /v1/me`, with the session cookie). @default false */
  @property({ type: Boolean }) accounts = false;

  /** Who is signed in: `undefined` while loading, without `accounts`, or when the gateway has no sign-in. */
  session: SessionView | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.accounts) void this.refreshSession();
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    if (changed.has('accounts') && this.accounts && changed.get('accounts') === false) void this.refreshSession();
  }

  /** The session calls, loaded only by a provider with `accounts`. */
  private api() {
    return import('../../internal/accounts/session-api');
  }

  private setSession(session: SessionView | undefined): void {
    this.session = session;
    this.dispatchEvent(new CustomEvent(SESSION_EVENT, { bubbles: false }));
  }

  /** Asks the gateway again who is signed in. A failed request leaves the page signed out. */
  async refreshSession(): Promise<void> {
    const endpoint = this.resolvedEndpoint;
    if (!endpoint) return;
    try {
      this.setSession(await (await this.api()).fetchSession(endpoint));
    } catch {
      this.setSession({ signedIn: false, required: false });
    }
  }

  /** Sends the browser to the identity provider; it comes back to this page signed in. */
  async signIn(): Promise<void> {
    const endpoint = this.resolvedEndpoint;
    if (!endpoint) return;
    const back = new URL(location.href);
    back.searchParams.delete('dvc-sign-in');
    location.assign((await this.api()).signInUrl(endpoint, back.href));
  }

  /** Ends the session here and, when it offers it, at the provider (the browser goes there and back). */
  async signOut(): Promise<void> {
    const endpoint = this.resolvedEndpoint;
    if (!endpoint) return;
    let providerLogout: string | undefined;
    try {
      providerLogout = await (await this.api()).signOut(endpoint, location.href);
    } finally {
      this.setSession({ signedIn: false, required: this.session?.required ?? false });
    }
    if (providerLogout) location.assign(providerLogout);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-provider': DvcProvider;
  }
  /** The events `<dvc-provider>` fires, typed for `addEventListener` (see `DvcEventMap`). */
  interface GlobalEventHandlersEventMap {
    'dvc-session-change': CustomEvent<null>;
  }
}
