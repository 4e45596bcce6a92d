import type { Localized } from '@dvc-kit/core';
import { GatewayError } from '../errors/gateway-error';

/** What one table looked like on both sides of a storage copy. */
export interface CopiedTable {
  /** Table name, e.g. `dossiers`. */
  table: string;
  /** Rows read from the source. */
  sourceRows: number;
  /** Rows found in the target after the copy. */
  targetRows: number;
  /** sha256 of the source rows in canonical form (see `copyStorage`). */
  sourceSha256: string;
  /** sha256 of the target rows, the same way. */
  targetSha256: string;
}

/** Whether both sides of a copied table agree: the same row count and the same sha256. */
export const tableMatches = (t: CopiedTable): boolean =>
  t.sourceRows === t.targetRows && t.sourceSha256 === t.targetSha256;

/**
 * A storage copy was refused or failed; nothing was written to the target (its
 * transaction rolled back) and the source was only read. Codes: `storage.copy-source-missing`,
 * `storage.copy-source-unsupported`, `storage.copy-source-invalid`, `storage.copy-source-unreadable`, `storage.copy-target-unsupported`,
 * `storage.copy-target-not-empty`, `storage.copy-verify-failed`, `storage.copy-failed`; of the file copy:
 * `storage.copy-blobs-source-missing`, `storage.copy-blobs-failed` (files already copied stay; a re-run finishes).
 *
 * @example
 * ```ts
 * try { await copyStorage({ from, to }) } catch (e) { if (e instanceof StorageCopyError) console.error(e.messages.vi) }
 * ```
 */
export class StorageCopyError extends GatewayError {
  /** Per-table figures when the copy got as far as verifying (`storage.copy-verify-failed`). @default [] */
  readonly tables: CopiedTable[];

  constructor(code: string, messages: Localized, options: { cause?: unknown; tables?: CopiedTable[] } = {}) {
    super(code, messages, { status: 500, cause: options.cause });
    this.name = 'StorageCopyError';
    this.tables = options.tables ?? [];
  }
}
