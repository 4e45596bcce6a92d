import { clientMessage } from './messages';
import { PortalClientError } from './portal-client-error';
import type { PortalClientErrorDetails } from './portal-client-error';

/**
 * The server could not be reached, the connection broke, or it kept answering
 * with a server error (5xx) until retries ran out. When `maybeDelivered` is true a
 * write may have been applied although no answer came back: reconcile (look the
 * record up) before sending it again.
 *
 * @example
 * ```ts
 * catch (e) { if (e instanceof ConnectionError && e.maybeDelivered) await reconcile() }
 * ```
 */
export class ConnectionError extends PortalClientError {
  /** True when the request may have reached the server and been applied. @default false */
  readonly maybeDelivered: boolean;

  constructor(details: PortalClientErrorDetails & { maybeDelivered?: boolean } = {}) {
    const status = details.status === undefined ? '' : ` (HTTP ${details.status})`;
    super('client.connection', clientMessage('client.connection', { status }), details);
    this.name = 'ConnectionError';
    this.maybeDelivered = details.maybeDelivered ?? false;
  }
}
