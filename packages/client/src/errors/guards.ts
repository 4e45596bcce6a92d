/**
 * `@dvc-kit/client/errors/guards` — only the type guards of the client's errors: no error
 * class, no message book, no HTTP layer (a few hundred bytes gzipped). A widget that loads the
 * client lazily imports this to branch on a failure without pulling the client's errors into
 * its first download. The guards read an error's shape (`code`, vi/en `messages`, `attempts`,
 * `requestId`), not `instanceof`, so they also recognise errors thrown by another copy of the
 * client (a lazily loaded chunk, a CDN bundle beside an app's own client).
 *
 * @example
 * ```ts
 * import { isPortalClientError, isProblemError } from '@dvc-kit/client/errors/guards';
 * if (isProblemError(e, 'dossier.not-found')) showNotFound();
 * else if (isPortalClientError(e, 'client.rate-limit')) showWait(e);
 * ```
 *
 * @packageDocumentation
 */

export { isPortalClientError, isProblemError } from './type-guards';
export type { ErrorCode } from './type-guards';
export type { ClientErrorCode } from './messages';
export type { PortalClientError } from './portal-client-error';
export type { ProblemError } from './problem-error';
