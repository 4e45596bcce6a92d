import { AbortError } from '../errors/abort-error';
import { ConnectionError } from '../errors/connection-error';
import { RateLimitError } from '../errors/rate-limit-error';
import { ResponseValidationError } from '../errors/response-validation-error';
import { TimeoutError } from '../errors/timeout-error';
import { sleep } from '../http/sleep';

/** Options of the exactly-once write loops (dossier sync, progress steps). */
export interface ReliableWriteOptions {
  /** Cancels the work; an `AbortError` is thrown. */
  signal?: AbortSignal;
  /**
   * Rounds (send, or look up to reconcile) before giving up with the last error. Each round
   * already includes the transport's own retries. For a batch of dossiers, the rounds in a row
   * that settle none of them and change no dossier's next step (at most 4× this many in all).
   * @default 8
   */
  maxRounds?: number;
}

/** Whether `error` is worth another round: the portal or the network failed, not our data. */
export function isTransient(error: unknown): boolean {
  return (
    error instanceof ConnectionError ||
    error instanceof TimeoutError ||
    error instanceof RateLimitError ||
    (error instanceof ResponseValidationError && error.issues[0]?.code === 'invalid-json')
  );
}

/** Whether a write that failed with `error` may nevertheless have been applied. */
export function maybeDelivered(error: unknown): boolean {
  return (error instanceof ConnectionError || error instanceof TimeoutError) && error.maybeDelivered;
}

/** Waits before round `round` (1-based): capped exponential backoff with full jitter, or the server's `Retry-After`. */
export async function pauseBeforeRound(round: number, error: unknown, signal: AbortSignal | undefined): Promise<void> {
  const retryAfter = error instanceof RateLimitError ? error.retryAfterMs : undefined;
  const ms = retryAfter ?? Math.floor(Math.random() * Math.min(2000, 50 * 2 ** round));
  try {
    await sleep(ms, signal);
  } catch (cause) {
    throw new AbortError({ cause });
  }
}

/**
 * Runs `send` — a write whose repeat is harmless (it sets state rather than adding to
 * it) — until it succeeds, resending after transient failures, even unclear ones.
 */
export async function resendUntilDone<T>(send: () => Promise<T>, options: ReliableWriteOptions = {}): Promise<T> {
  const { signal, maxRounds = 8 } = options;
  for (let round = 1; ; round++) {
    try {
      return await send();
    } catch (error) {
      if (!isTransient(error) || round >= maxRounds) throw error;
      await pauseBeforeRound(round, error, signal);
    }
  }
}
