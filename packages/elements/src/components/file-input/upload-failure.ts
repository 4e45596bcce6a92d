import { isPortalClientError } from '@dvc-kit/client/errors/guards';
import type { ValidationResult } from '../../internal/form/validators';

/** The fields of an upload error the file input reads (a `@dvc-kit/client` error or any `Error`). */
interface ErrorLike {
  name?: string;
  code?: unknown;
  status?: number;
  messages?: { vi: string; en?: string };
}

/** Why an upload failed, as the file input shows it; `offline` uploads are retried when the connection returns. */
export interface UploadFailure {
  reason: ValidationResult;
  /** The connection is gone: retried automatically on the browser's `online` event. */
  offline: boolean;
}

/**
 * Classifies an uploader's error into a reason a citizen can act on: offline (retried by
 * itself), too slow, refused by the server as too large, the gateway's own reason (wrong type,
 * too many uploads), a server error — never a bare "failed".
 *
 * @example
 * ```ts
 * describeUploadFailure(new TypeError('Failed to fetch'), file, false).offline // true
 * ```
 */
export function describeUploadFailure(error: unknown, file: { name: string }, online: boolean): UploadFailure {
  const e = (typeof error === 'object' && error !== null ? error : {}) as ErrorLike;
  const name = file.name;
  const connection =
    isPortalClientError(error, 'client.connection') ||
    e.name === 'TypeError' ||
    /network/i.test(String((error as Error)?.message ?? ''));
  if (!online || connection) return { reason: { code: 'file.offline' }, offline: true };
  if (isPortalClientError(error, 'client.timeout') || e.name === 'TimeoutError')
    return { reason: { code: 'file.slow' }, offline: false };
  // A widget's own reason (`request.no-endpoint`: the uploader was called with no gateway address).
  if (typeof e.code === 'string' && e.code.startsWith('request.')) return { reason: { code: e.code }, offline: false };
  if (e.status === 413) return { reason: { code: 'file.server-too-large', params: { name } }, offline: false };
  // The gateway's own reason (wrong type, too many uploads, …), in both languages.
  if (typeof e.code === 'string' && e.messages && e.status !== undefined && e.status < 500) {
    return { reason: { code: e.code, message: e.messages }, offline: false };
  }
  if (e.status !== undefined && e.status >= 500)
    return { reason: { code: 'file.server-error', params: { status: e.status } }, offline: false };
  const status = /HTTP (\d{3})/.exec(String((error as Error)?.message ?? ''))?.[1];
  if (status) return describeUploadFailure({ status: Number(status) }, file, online);
  return { reason: { code: 'file.failed' }, offline: false };
}
