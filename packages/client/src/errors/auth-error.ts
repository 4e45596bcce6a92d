import { clientMessage } from './messages';
import { PortalClientError } from './portal-client-error';
import type { PortalClientErrorDetails } from './portal-client-error';

/**
 * Login to the portal failed (wrong credentials, locked account), or a session
 * expired again right after a fresh login. The password is never part of it.
 *
 * @example
 * ```ts
 * catch (e) { if (e instanceof AuthError) alertOperator(e.messages.vi) }
 * ```
 */
export class AuthError extends PortalClientError {
  /** The portal's error code for the refusal, when it gave one. */
  readonly portalCode?: string;

  constructor(details: PortalClientErrorDetails & { portalCode?: string | number } = {}) {
    super('client.auth', clientMessage('client.auth'), details);
    this.name = 'AuthError';
    if (details.portalCode !== undefined) this.portalCode = String(details.portalCode);
  }
}
