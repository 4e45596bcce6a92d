import { clientMessage } from './messages';
import { PortalClientError } from './portal-client-error';
import type { PortalClientErrorDetails } from './portal-client-error';

/**
 * The server asked us to slow down (HTTP 429, or 503 with `Retry-After`) for longer
 * than the client may wait (`retry.maxRetryAfterMs`), or retries ran out. Reschedule
 * the work after `retryAfterMs`.
 *
 * @example
 * ```ts
 * catch (e) { if (e instanceof RateLimitError) queue.delay(job, e.retryAfterMs ?? 60_000) }
 * ```
 */
export class RateLimitError extends PortalClientError {
  /** How long the server asked to wait, in ms (from `Retry-After`); undefined if it did not say. */
  readonly retryAfterMs?: number;

  constructor(retryAfterMs: number | undefined, details: PortalClientErrorDetails = {}) {
    const seconds = retryAfterMs === undefined ? '?' : Math.ceil(retryAfterMs / 1000);
    super('client.rate-limit', clientMessage('client.rate-limit', { seconds }), details);
    this.name = 'RateLimitError';
    if (retryAfterMs !== undefined) this.retryAfterMs = retryAfterMs;
  }
}
