import type { PublicClient } from '@dvc-kit/client/public';
import { isPortalClientError } from '@dvc-kit/client/errors/guards';

/** What {@link withOriginCheck} adds to a connection error when the gateway refused this page's origin. */
export interface OriginRefused {
  /** This page's origin, which the gateway's `GATEWAY_ALLOWED_ORIGINS` must list. */
  origin: string;
  /** The gateway's base URL. */
  endpoint: string;
}

/** A failed call as the widgets see it; `originRefused` is set by {@link withOriginCheck}. */
interface CheckedError {
  name?: string;
  status?: unknown;
  originRefused?: OriginRefused;
}

/** How long the reachability probe may take. */
const PROBE_TIMEOUT_MS = 5000;

/**
 * Whether the gateway answers at all when CORS is left out: a `no-cors` request resolves
 * (with an opaque answer) when the server is reachable, and fails like the call did when the
 * network, DNS or the server is down.
 */
async function reachableWithoutCors(endpoint: string): Promise<boolean> {
  try {
    await fetch(`${endpoint.replace(/\/+$/, '')}/healthz`, {
      mode: 'no-cors',
      cache: 'no-store',
      signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
    });
    return true;
  } catch {
    return false;
  }
}

/** A failure before any answer could be read: what a browser reports for a network error and for a CORS refusal alike. */
function unreadable(error: CheckedError): boolean {
  return (isPortalClientError(error, 'client.connection') && error.status === undefined) || error.name === 'TypeError';
}

async function diagnose(error: unknown, endpoint: string): Promise<never> {
  const e = error as CheckedError | null;
  if (
    e &&
    typeof e === 'object' &&
    unreadable(e) &&
    typeof location !== 'undefined' &&
    (await reachableWithoutCors(endpoint))
  ) {
    e.originRefused = { origin: location.origin, endpoint };
  }
  throw error;
}

/**
 * Wraps a public client so a call that failed with no readable answer tells apart "the
 * gateway does not allow this site" (it answers a `no-cors` probe) from "no connection".
 * The error itself is unchanged (same class, so queued submissions stay queued) and gains
 * `originRefused`, which `describeRequestError` turns into a message naming the fix.
 *
 * @example
 * ```ts
 * const client = withOriginCheck(createPublicClient({ endpoint }), endpoint);
 * ```
 */
export function withOriginCheck(client: PublicClient, endpoint: string): PublicClient {
  return new Proxy(client, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const result: unknown = value.apply(target, args);
        return result instanceof Promise ? result.catch((error: unknown) => diagnose(error, endpoint)) : result;
      };
    },
  });
}
