import { clientMessage } from '../errors/messages';
import { AbortError } from '../errors/abort-error';
import { ConnectionError } from '../errors/connection-error';
import { PortalClientError } from '../errors/portal-client-error';
import type { PortalClientErrorDetails } from '../errors/portal-client-error';
import { RateLimitError } from '../errors/rate-limit-error';
import { ResponseValidationError } from '../errors/response-validation-error';
import { TimeoutError } from '../errors/timeout-error';
import type { AttemptOutcome } from './attempt';
import { isRetryableStatus, neverDelivered, parseRetryAfter } from './retry-policy';
import type { RetryPolicy } from './retry-policy';

/** What the retry layer is told about one attempt. */
export type Verdict =
  /** The answer is final (any status the caller maps itself); `data` is its parsed body. */
  | { kind: 'done'; status: number; headers: Headers; data: unknown }
  /** The call failed with `error`; no more attempts. */
  | { kind: 'fail'; error: PortalClientError }
  /** `error` may pass with another attempt, after `retryAfterMs` when the server said so. */
  | { kind: 'retry'; error: PortalClientError; retryAfterMs?: number };

/** What classification needs to know about the call. */
export interface ClassifyContext {
  /** Whether sending the request twice is harmless. */
  safe: boolean;
  policy: RetryPolicy;
  /** Whether the attempt's timeout was cut short by the total timeout. */
  cutByTotal: boolean;
  /** The caller's cancellation. */
  signal: AbortSignal | undefined;
  /** Details every error carries (request id, attempts, service), plus `extra`. */
  details: (extra?: { status?: number; cause?: unknown }) => PortalClientErrorDetails;
}

/**
 * Names a failed attempt: cancelled, timed out, or a network failure (delivered or not).
 * Anything else — thrown by a user hook — is not ours to wrap and is thrown as it is.
 */
export function classifyFailure(outcome: Extract<AttemptOutcome, { ok: false }>, ctx: ClassifyContext): Verdict {
  const { failure } = outcome;
  const { safe } = ctx;
  if (ctx.signal?.aborted) return { kind: 'fail', error: new AbortError(ctx.details({ cause: ctx.signal.reason })) };
  if (failure instanceof PortalClientError) return { kind: 'fail', error: failure };
  if (outcome.timedOut) {
    const kind = ctx.cutByTotal ? 'total' : 'attempt';
    const error = new TimeoutError(kind, { ...ctx.details(), maybeDelivered: !safe });
    return safe && kind === 'attempt' ? { kind: 'retry', error } : { kind: 'fail', error };
  }
  if (failure instanceof TypeError || (failure instanceof Error && failure.name === 'AbortError')) {
    const delivered = outcome.responded || !neverDelivered(failure);
    const error = new ConnectionError({ ...ctx.details({ cause: failure }), maybeDelivered: !safe && delivered });
    return safe || !delivered ? { kind: 'retry', error } : { kind: 'fail', error };
  }
  throw failure;
}

/**
 * Names an answer: 429 (and a `Retry-After` longer than the policy allows) is a
 * {@link RateLimitError}; a retryable status the policy still allows is retried; anything else
 * is final, its body parsed (JSON when it says so).
 */
export function classifyResponse(
  outcome: Extract<AttemptOutcome, { ok: true }>,
  attempt: number,
  ctx: ClassifyContext,
): Verdict {
  const { response, text, bytes } = outcome;
  const { status } = response;
  const { policy } = ctx;
  // Retry-After matters only to statuses that may be retried or rate-limit: a 200 skips the lookup.
  const retryAfter =
    status === 429 || status === 503 || policy.statusCodes.includes(status)
      ? parseRetryAfter(response.headers.get('retry-after'))
      : undefined;
  if (status === 429 || (retryAfter !== undefined && status === 503)) {
    const limited = new RateLimitError(retryAfter, ctx.details({ status }));
    if (retryAfter !== undefined && retryAfter > policy.maxRetryAfterMs) return { kind: 'fail', error: limited };
    if (status === 429 && (attempt > policy.limit || !policy.statusCodes.includes(429)))
      return { kind: 'fail', error: limited };
  }
  if (attempt <= policy.limit && isRetryableStatus(policy, status, ctx.safe, retryAfter !== undefined)) {
    const error =
      status === 429
        ? new RateLimitError(retryAfter, ctx.details({ status }))
        : new ConnectionError({ ...ctx.details({ status }), maybeDelivered: !ctx.safe });
    return retryAfter === undefined ? { kind: 'retry', error } : { kind: 'retry', error, retryAfterMs: retryAfter };
  }
  const data =
    bytes !== undefined && text === ''
      ? bytes.length === 0
        ? undefined
        : bytes
      : parseBody(response, text, () => ctx.details({ status }));
  return { kind: 'done', status, headers: response.headers, data };
}

/** The body as JSON when it says it is JSON, else as text; `undefined` when empty. */
function parseBody(response: Response, text: string, details: () => PortalClientErrorDetails): unknown {
  if (text === '') return undefined;
  if (!/json/i.test(response.headers.get('content-type') ?? '')) return text;
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new ResponseValidationError(
      [{ path: '', code: 'invalid-json', messages: clientMessage('client.invalid-json') }],
      {
        ...details(),
        cause,
      },
    );
  }
}
