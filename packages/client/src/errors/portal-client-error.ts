import { DvcError } from '@dvc-kit/core';
import type { Localized } from '@dvc-kit/core';

/** What every client error knows about the request that failed. */
export interface PortalClientErrorDetails {
  /** Portal service name (e.g. `DongBoHoSoMC`), when the request was a portal call. */
  service?: string;
  /** How many attempts were made (1 = no retry). @default 1 */
  attempts?: number;
  /** Id of the logical request (same over retries), for support and logs. @default '' */
  requestId?: string;
  /** HTTP status of the last response, when one arrived. */
  status?: number;
  /** The error that caused this one. */
  cause?: unknown;
}

/**
 * Base class of every error `@dvc-kit/client` throws (both the portal client and
 * the public client). Branch on `code` or `instanceof` a subclass.
 *
 * @example
 * ```ts
 * try { await portal.lookupDossier(code) } catch (e) {
 *   if (e instanceof PortalClientError) log(e.code, e.requestId, e.attempts);
 * }
 * ```
 */
export class PortalClientError extends DvcError {
  /** Portal service name — e.g. `TraCuuHoSo`. */
  readonly service?: string;
  /** Number of attempts made. */
  readonly attempts: number;
  /** Id of the logical request. */
  readonly requestId: string;
  /** HTTP status of the last response, if any. */
  readonly status?: number;

  constructor(code: string, messages: Localized, details: PortalClientErrorDetails = {}) {
    super(code, messages, { cause: details.cause });
    this.name = 'PortalClientError';
    if (details.service !== undefined) this.service = details.service;
    this.attempts = details.attempts ?? 1;
    this.requestId = details.requestId ?? '';
    if (details.status !== undefined) this.status = details.status;
  }
}
