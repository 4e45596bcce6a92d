/**
 * `@dvc-kit/client/errors` — the client's error classes and their type guards, without the
 * HTTP layer (no ky, no engine): a widget or an app imports this to tell a timeout from a
 * gateway problem without downloading the client first. The guards read an error's shape, so
 * they also recognise errors thrown by another copy of the client (a lazily loaded chunk, a
 * CDN bundle beside an app's own client).
 *
 * @example
 * ```ts
 * import { isPortalClientError, isProblemError } from '@dvc-kit/client/errors';
 * if (isProblemError(e, 'dossier.not-found')) showNotFound();
 * else if (isPortalClientError(e, 'client.timeout')) showSlow();
 * ```
 *
 * @packageDocumentation
 */

export { isPortalClientError, isProblemError } from './errors/type-guards';
export type { ErrorCode } from './errors/type-guards';
export { PortalClientError } from './errors/portal-client-error';
export type { PortalClientErrorDetails } from './errors/portal-client-error';
export { ProblemError } from './errors/problem-error';
export type { ProblemInfo } from './errors/problem-error';
export { RateLimitError } from './errors/rate-limit-error';
export { ConnectionError } from './errors/connection-error';
export { TimeoutError } from './errors/timeout-error';
export { AbortError } from './errors/abort-error';
export { ResponseValidationError } from './errors/response-validation-error';
export { RequestValidationError } from './errors/request-validation-error';
export type { ValidationIssue } from './errors/validation-issue';
export { clientMessageBook } from './errors/messages';
export type { ClientErrorCode, ClientMessageCode } from './errors/messages';
