import type { LocalizedMessage } from '@dvc-kit/core';
import { GatewayError } from '../errors/gateway-error';

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
  constructor(code: string, messages: LocalizedMessage, options: { cause?: unknown } = {}) {
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
    super(
      'dossier.idempotency-conflict',
      {
        vi: 'Khóa Idempotency-Key này đã được dùng cho một hồ sơ khác. Hãy dùng khóa mới cho hồ sơ mới.',
        en: 'This Idempotency-Key was already used for a different request. Use a new key for a new dossier.',
      },
      { status: 409 },
    );
    this.name = 'IdempotencyConflictError';
    this.idempotencyKey = idempotencyKey;
  }
}
