import { AbortError } from '../errors/abort-error';
import type { PortalClientError, PortalClientErrorDetails } from '../errors/portal-client-error';
import { RateLimitError } from '../errors/rate-limit-error';
import { TimeoutError } from '../errors/timeout-error';
import type { Verdict } from './classify';
import { backoffDelay } from './retry-policy';
import type { RetryPolicy } from './retry-policy';
import { sleep } from './sleep';
import type { CallLog } from './with-logging';

/** One logical call, as the retry layer sees it. */
export interface RetryingCall {
  policy: RetryPolicy;
  /** Time allowed for one attempt, in ms. */
  attemptTimeout: number;
  /** When the whole call must be over (epoch ms). */
  deadline: number;
  /** The caller's cancellation. */
  signal: AbortSignal | undefined;
  log: CallLog;
  /** The current request id (the server's once it sent one). */
  requestId: () => string;
  /** Details every error carries, for `attempts` attempts. */
  details: (attempts: number, extra?: { cause?: unknown }) => PortalClientErrorDetails;
  /**
   * Makes attempt `attempt` within `timeoutMs` and classifies it; `cutByTotal` says the
   * attempt got less than its own timeout because the call's total time is running out.
   */
  run: (attempt: number, timeoutMs: number, cutByTotal: boolean) => Promise<Verdict>;
}

/**
 * Retry as a wrapper around attempts (as Octokit's plugin-retry wraps `request`): runs attempts
 * until one is final, waiting between them (full-jitter backoff, or the server's `Retry-After`),
 * within the call's total time and cancellation. Whether an attempt may be retried at all was
 * decided by classification; here only the budget is kept.
 */
export async function withRetry(
  call: RetryingCall,
): Promise<{ answer: Extract<Verdict, { kind: 'done' }>; attempts: number }> {
  const { policy, log, signal } = call;
  const fail = (error: PortalClientError, attempt: number): never => {
    log.error(attempt, call.requestId(), error);
    throw error;
  };
  for (let attempt = 1; ; attempt++) {
    if (signal?.aborted) fail(new AbortError(call.details(attempt - 1, { cause: signal.reason })), attempt - 1);
    const remaining = call.deadline - Date.now();
    if (remaining <= 0) fail(new TimeoutError('total', call.details(attempt - 1)), attempt - 1);
    const attemptMs = Math.min(call.attemptTimeout, remaining);
    const verdict = await call.run(attempt, attemptMs, attemptMs < call.attemptTimeout);
    if (verdict.kind === 'done') return { answer: verdict, attempts: attempt };
    if (verdict.kind === 'fail' || attempt > policy.limit) fail(verdict.error, attempt);
    const delayMs =
      verdict.kind === 'retry' && verdict.retryAfterMs !== undefined
        ? verdict.retryAfterMs
        : backoffDelay(policy, attempt);
    if (Date.now() + delayMs >= call.deadline) {
      const error = verdict.error;
      fail(
        error instanceof RateLimitError ? error : new TimeoutError('total', call.details(attempt, { cause: error })),
        attempt,
      );
    }
    log.retry(attempt, delayMs, verdict.error);
    try {
      await sleep(delayMs, signal);
    } catch (reason) {
      fail(new AbortError(call.details(attempt, { cause: reason })), attempt);
    }
  }
}
