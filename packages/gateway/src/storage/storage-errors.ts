import type { Localized } from '@dvc-kit/core';
import { GatewayError } from '../errors/gateway-error';
import { storageMessages } from './messages';

/**
 * The database failed (unreachable, migration failed, …). Answered as 503 so a load
 * balancer or client retries; the cause is logged, never sent.
 *
 * @example
 * ```ts
 * if (error instanceof StorageError) console.error(error.code);
 * ```
 */
export class StorageError extends GatewayError {
  constructor(code: string, messages: Localized, options: { cause?: unknown } = {}) {
    super(code, messages, { status: 503, cause: options.cause });
    this.name = 'StorageError';
  }
}

/**
 * An Idempotency-Key was reused with a different request body (409, code
 * `dossier.idempotency-conflict`).
 *
 * @example
 * ```ts
 * try { await storage.submitDossier(input) } catch (e) { if (e instanceof IdempotencyConflictError) … }
 * ```
 */
export class IdempotencyConflictError extends GatewayError {
  /** The reused key. */
  readonly idempotencyKey: string;

  constructor(idempotencyKey: string) {
    super('dossier.idempotency-conflict', storageMessages.localize('dossier.idempotency-conflict'), { status: 409 });
    this.name = 'IdempotencyConflictError';
    this.idempotencyKey = idempotencyKey;
  }
}
