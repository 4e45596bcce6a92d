import type { ClientErrorCode } from './messages';
import type { PortalClientError } from './portal-client-error';
import type { ProblemError } from './problem-error';

/** A client error code (`client.timeout`, …) or a gateway problem's own code (`dossier.not-found`, …). */
export type ErrorCode = ClientErrorCode | (string & {});

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * Whether `error` is an error `@dvc-kit/client` threw — optionally with this `code` — so
 * callers branch on a typed guard instead of matching code strings. It reads the error's shape
 * (`code`, vi/en `messages`, `attempts`, `requestId`), not `instanceof`, so an error from another
 * copy of the library (a CDN bundle beside an app's own client) is recognised too.
 *
 * @example
 * ```ts
 * catch (e) {
 *   if (isPortalClientError(e, 'client.timeout')) showSlow();
 *   else if (isPortalClientError(e)) log(e.code, e.requestId, e.attempts);
 * }
 * ```
 */
export function isPortalClientError(error: unknown, code?: ErrorCode): error is PortalClientError {
  if (!isObject(error) || typeof error.code !== 'string') return false;
  if (typeof error.attempts !== 'number' || typeof error.requestId !== 'string') return false;
  const messages = error.messages;
  if (!isObject(messages) || typeof messages.vi !== 'string' || typeof messages.en !== 'string') return false;
  return code === undefined || error.code === code;
}

/**
 * Whether `error` is the gateway's RFC 9457 problem ({@link ProblemError}) — optionally with this
 * gateway `code` (`digitization.not-available`, `dossier.not-found`, …). Recognised by shape, like
 * {@link isPortalClientError}.
 *
 * @example
 * ```ts
 * catch (e) {
 *   if (isProblemError(e, 'dossier.not-found')) showNotFound();
 *   else if (isProblemError(e)) for (const f of e.errors) mark(f.path, f.messages.vi);
 * }
 * ```
 */
export function isProblemError(error: unknown, code?: ErrorCode): error is ProblemError {
  return (
    isPortalClientError(error, code) &&
    error.name === 'ProblemError' &&
    typeof error.status === 'number' &&
    Array.isArray((error as { errors?: unknown }).errors)
  );
}
