import type { ClientErrorCode } from './messages';
import type { PortalClientError } from './portal-client-error';
import type { ProblemError } from './problem-error';

/** A client error code (`client.timeout`, …) or a gateway problem's own code (`dossier.not-found`, …). */
export type ErrorCode = ClientErrorCode | (string & {});

/** What a guard reads of a value: optional chaining makes `null`, `undefined` and primitives read as "no field". */
type Fields = { [K in 'code' | 'attempts' | 'requestId' | 'messages' | 'name' | 'status' | 'errors']?: unknown } & {
  messages?: { vi?: unknown; en?: unknown };
};

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
  // Written for size: every widget's first download carries this function.
  const e = error as Fields | null | undefined;
  return (
    typeof e?.code === 'string' &&
    typeof e.attempts === 'number' &&
    typeof e.requestId === 'string' &&
    typeof e.messages?.vi === 'string' &&
    typeof e.messages.en === 'string' &&
    (code === undefined || e.code === code)
  );
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
  const e = error as Fields;
  return (
    isPortalClientError(error, code) &&
    e.name === 'ProblemError' &&
    typeof e.status === 'number' &&
    Array.isArray(e.errors)
  );
}
