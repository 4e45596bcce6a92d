import type { GatewayStorage } from '../storage/types';
import type { Logger } from './logger';

/** A running pruner of old rate-limit windows (see {@link startWindowPruner}). */
export interface WindowPruner {
  /** One pass now: deletes look-up windows and counters no limit reads any more. Returns rows removed. */
  prune(now?: Date): Promise<number>;
  stop(): void;
}

/** Settings of {@link startWindowPruner}. */
export interface WindowPrunerOptions {
  storage: GatewayStorage;
  logger: Logger;
  /**
   * The longest window any per-client limit uses (look-ups, submissions, upload bytes). The
   * look-up limit reads the window before the current one, so rows are kept for two of these.
   */
  longestWindowMs: number;
  /** How often a pass runs; 0 = only on demand. */
  everyMs: number;
}

/**
 * Deletes the per-client rate-limit rows (look-up failures, submission and upload counters)
 * that began more than two of the longest windows ago, every `everyMs`. Without it every
 * client address that ever failed a look-up or submitted leaves a row per window for good — and
 * a guesser who rotates addresses grows the tables without bound. Idempotency keys are never
 * pruned here: a retry days later must still find its dossier.
 *
 * @example
 * ```ts
 * const pruner = startWindowPruner({ storage, logger, longestWindowMs: 3_600_000, everyMs: 3_600_000 });
 * await pruner.prune(); // e.g. 12
 * ```
 */
export function startWindowPruner(options: WindowPrunerOptions): WindowPruner {
  const prune = async (now = new Date()) => {
    const removed = await options.storage.pruneClientWindows(new Date(now.getTime() - 2 * options.longestWindowMs));
    if (removed > 0) options.logger.info('limits.pruned', { rows: removed });
    return removed;
  };
  const timer =
    options.everyMs > 0
      ? setInterval(
          () =>
            void prune().catch((error: unknown) =>
              options.logger.warn('limits.prune-failed', {
                error: error instanceof Error ? error.message : String(error),
              }),
            ),
          options.everyMs,
        )
      : undefined;
  timer?.unref();
  return { prune, stop: () => clearInterval(timer) };
}
