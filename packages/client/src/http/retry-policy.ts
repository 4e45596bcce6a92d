/**
 * When and how long to retry. Defaults follow Stripe/OpenAI practice: two retries,
 * exponential backoff with full jitter, `Retry-After` honoured up to a minute.
 *
 * @example
 * ```ts
 * createPublicClient({ endpoint, retry: { limit: 4, maxRetryAfterMs: 10_000 } })
 * ```
 */
export interface RetryOptions {
  /** Retries after the first attempt (0 disables retrying). @default 2 */
  limit?: number;
  /** Backoff base: the n-th retry waits a random time in [0, min(maxDelayMs, baseDelayMs·2^(n-1))]. @default 500 */
  baseDelayMs?: number;
  /** Upper bound of one computed backoff delay. @default 8000 */
  maxDelayMs?: number;
  /** Longest `Retry-After` the client waits for; a longer one throws `RateLimitError`. @default 60000 */
  maxRetryAfterMs?: number;
  /** HTTP statuses worth another attempt. @default [408, 429, 500, 502, 503, 504] */
  statusCodes?: number[];
}

/** {@link RetryOptions} with every default filled in. */
export type RetryPolicy = Required<RetryOptions>;

/** The defaults of {@link RetryOptions}. */
export const DEFAULT_RETRY = {
  limit: 2,
  baseDelayMs: 500,
  maxDelayMs: 8000,
  maxRetryAfterMs: 60_000,
  statusCodes: [408, 429, 500, 502, 503, 504],
} satisfies RetryPolicy;

/** `options` over the defaults; `false` or `0` means no retry. */
export function retryPolicy(options: RetryOptions | number | false | undefined): RetryPolicy {
  if (options === false) return { ...DEFAULT_RETRY, limit: 0 };
  if (typeof options === 'number') return { ...DEFAULT_RETRY, limit: options };
  return { ...DEFAULT_RETRY, ...options };
}

/** Full-jitter exponential backoff for the `retry`-th retry (1-based). */
export function backoffDelay(policy: RetryPolicy, retry: number, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
  return Math.floor(random() * ceiling);
}

/**
 * Milliseconds a `Retry-After` header asks for (delta-seconds or an HTTP date), or
 * undefined when absent or unreadable. A date in the past means 0.
 */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * Whether a request that got `status` may be sent again. A request that is not safe
 * to repeat (a POST that is not idempotent) is only retried when the server clearly
 * refused it before doing anything: 429, or 503 with `Retry-After`.
 */
export function isRetryableStatus(policy: RetryPolicy, status: number, safe: boolean, hasRetryAfter: boolean): boolean {
  if (!policy.statusCodes.includes(status)) return false;
  return safe || status === 429 || (status === 503 && hasRetryAfter);
}

/** Node/undici error codes meaning the connection was never made, so nothing was delivered. */
const NOT_DELIVERED_CODES = ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH'];

/** Whether a network failure happened before any byte could reach the server. */
export function neverDelivered(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && NOT_DELIVERED_CODES.includes(code)) return true;
    const errors = (e as { errors?: unknown }).errors;
    if (Array.isArray(errors) && errors.some(neverDelivered)) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}
