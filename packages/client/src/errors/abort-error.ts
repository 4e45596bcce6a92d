import { clientMessage } from './messages';
import { PortalClientError } from './portal-client-error';
import type { PortalClientErrorDetails } from './portal-client-error';

/**
 * The caller's `AbortSignal` fired. `cause` is the signal's reason.
 *
 * @example
 * ```ts
 * const ac = new AbortController();
 * client.searchProcedures({ q }, { signal: ac.signal }).catch((e) => e instanceof AbortError || report(e));
 * ac.abort();
 * ```
 */
export class AbortError extends PortalClientError {
  constructor(details: PortalClientErrorDetails = {}) {
    super('client.abort', clientMessage('client.abort'), details);
    this.name = 'AbortError';
  }
}
