import { isPortalClientError } from '@dvc-kit/client/errors/guards';
import type { Localized } from '../i18n/locale-registry';
import { NO_ENDPOINT_KEY } from './gateway-client';

/** What a widget shows for a failed gateway call: a catalogue key (or core/gateway code), params, and the error's own messages. */
export interface RequestProblem {
  /** A UI key, or the error's own code (`dossier.not-found`, …) which a locale pack may translate; else `localized` is shown. */
  key: string;
  params?: Record<string, string | number>;
  localized?: Localized;
  /** True when trying again right away may help (network trouble, server error). */
  retryable: boolean;
}

/** Options of {@link describeRequestError}. */
export interface DescribeOptions {
  /** Key shown for a 404. @default `fallback` */
  notFound?: string;
  /** Key shown when nothing more specific applies. @default 'request.failed' */
  fallback?: string;
}

/** What a widget shows when it has no gateway address: neither its own `endpoint` nor a provider's. */
export const NO_ENDPOINT: RequestProblem = { key: NO_ENDPOINT_KEY, retryable: false };

/** The gateway's look-up window when it does not send `Retry-After` (gateway `limits.lookupWindowMs`). */
const DEFAULT_WAIT_MS = 15 * 60 * 1000;

/**
 * The fields of a failed call the widgets read: a `@dvc-kit/client` error (recognised by the
 * client's guards, which match by shape, so two copies of the library still agree), a
 * browser `TypeError`, or another error with a gateway problem's `code` and `messages`.
 */
interface ClientErrorLike {
  name?: string;
  code?: unknown;
  status?: number;
  retryAfterMs?: number;
  messages?: Localized;
  /** Set by `withOriginCheck` when the gateway answers but does not allow this page's origin. */
  originRefused?: { origin: string };
}

/**
 * Turns an error from `@dvc-kit/client/public` into the message a citizen can act on — the
 * one classifier every widget uses (through `GatewayRequest`, which reports a missing endpoint
 * itself as {@link NO_ENDPOINT}), without loading the client module: the client's errors are
 * recognised with its guards (`@dvc-kit/client/errors/guards`); too many attempts (429) → wait N minutes; 404 → the
 * widget's own not-found text; the gateway does not allow this site (CORS) → tell the site
 * administrator what to add; network trouble → check the connection; any other gateway
 * problem → its vi/en message; else `fallback`.
 *
 * @example
 * ```ts
 * const problem = describeRequestError(error, { notFound: 'status.not-found' });
 * render(translate(problem.key, problem.params, lang, problem.localized));
 * ```
 */
export function describeRequestError(error: unknown, options: DescribeOptions = {}): RequestProblem {
  const e = Object(error) as ClientErrorLike;
  const fallback = options.fallback ?? 'request.failed';
  if (e.code === NO_ENDPOINT.key) return NO_ENDPOINT;
  if (isPortalClientError(error, 'client.rate-limit') || e.status === 429) {
    const ms = e.retryAfterMs ?? DEFAULT_WAIT_MS;
    return { key: 'request.rate-limited', params: { minutes: Math.max(1, Math.ceil(ms / 60_000)) }, retryable: false };
  }
  if (e.status === 404) return { key: options.notFound ?? fallback, retryable: false };
  if (e.originRefused)
    return { key: 'request.origin-refused', params: { origin: e.originRefused.origin }, retryable: true };
  if (
    isPortalClientError(error, 'client.connection') ||
    isPortalClientError(error, 'client.timeout') ||
    e.name === 'TypeError'
  )
    return { key: 'request.offline', retryable: true };
  if (typeof e.code === 'string' && e.messages) {
    return { key: e.code, localized: e.messages, retryable: (e.status ?? 500) >= 500 };
  }
  return { key: fallback, retryable: true };
}
