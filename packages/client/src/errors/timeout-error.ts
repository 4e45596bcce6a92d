import { clientMessage } from './messages';
import { PortalClientError } from './portal-client-error';
import type { PortalClientErrorDetails } from './portal-client-error';

/**
 * No answer in time: one attempt exceeded `timeout` (`kind: 'attempt'`) or the whole
 * call, retries included, exceeded `totalTimeout` (`kind: 'total'`). A write that
 * timed out may have been applied (`maybeDelivered`).
 *
 * @example
 * ```ts
 * catch (e) { if (e instanceof TimeoutError) showRetryButton() }
 * ```
 */
export class TimeoutError extends PortalClientError {
  /** Which budget ran out. */
  readonly kind: 'attempt' | 'total';
  /** True when a write may have reached the server. @default false */
  readonly maybeDelivered: boolean;

  constructor(kind: 'attempt' | 'total', details: PortalClientErrorDetails & { maybeDelivered?: boolean } = {}) {
    super('client.timeout', clientMessage('client.timeout'), details);
    this.name = 'TimeoutError';
    this.kind = kind;
    this.maybeDelivered = details.maybeDelivered ?? false;
  }
}
