import type { SessionView } from '@dvc-kit/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { PROVIDER_MARK } from '../base/dvc-element';
import { closestComposed } from '../base/composed-tree';

/** Event a `<dvc-provider accounts>` fires (on itself) whenever its session changes. */
export const SESSION_EVENT = 'dvc-session-change';

/** What a provider with sign-in exposes to the widgets inside it. */
export interface SessionSource extends HTMLElement {
  /** `undefined` while loading or when the gateway has no sign-in; else who is signed in. */
  readonly session: SessionView | undefined;
  /** Sends the browser to the provider to sign in, returning to this page. */
  signIn(): Promise<void>;
  /** Ends the session (here and, when it offers it, at the provider). */
  signOut(): Promise<void>;
  /** Asks the gateway again who is signed in. */
  refreshSession(): Promise<void>;
}

// The provider's `session` field may not exist as an own property until first set (legacy
// class fields), so the provider is recognised by its method.
const isSource = (el: Element) =>
  (el as unknown as Record<symbol, unknown>)[PROVIDER_MARK] === true &&
  typeof (el as Partial<SessionSource>).refreshSession === 'function' &&
  el.hasAttribute('accounts');

/**
 * Gives a widget the session of the nearest `<dvc-provider accounts>` and re-renders it when
 * the session changes, so every widget on the page knows who is signed in.
 */
export class SessionController implements ReactiveController {
  source?: SessionSource;
  private readonly onChange = () => this.host.requestUpdate();

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** The session (`undefined` without a provider with sign-in, or while it loads). */
  get view(): SessionView | undefined {
    return this.source?.session;
  }

  hostConnected(): void {
    this.source = (closestComposed(this.host, isSource, true) as SessionSource | null) ?? undefined;
    this.source?.addEventListener(SESSION_EVENT, this.onChange);
  }

  hostDisconnected(): void {
    this.source?.removeEventListener(SESSION_EVENT, this.onChange);
    this.source = undefined;
  }
}
