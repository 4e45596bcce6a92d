import { randomUUID } from 'node:crypto';
import type { LookedUpDossier } from '@dvc-kit/client';
import type { Logger } from '../http/logger';
import type { StatusChange, WatchedDossier } from '../storage/notify-types';
import type { GatewayStorage, OutboxMessage } from '../storage/types';
import { TERMINAL_STATUSES } from './events';

const MINUTE = 60_000;
/** Longest pause of a dossier whose polls keep failing. */
const MAX_BACKOFF_MS = 60 * MINUTE;

/** Options of {@link createStatusWatch}. */
export interface StatusWatchOptions {
  storage: GatewayStorage;
  /** One dossier from the portal (`TraCuuHoSo` through the client); `undefined` when the portal does not have it. */
  lookup: (code: string) => Promise<LookedUpDossier | undefined>;
  /** Look-ups per minute, all instances together (shared counter in storage). */
  requestsPerMinute: number;
  /** Shortest time between two polls of one dossier, in ms. */
  minIntervalMs: number;
  /** Slower look-ups halve this instance's rate; fast ones raise it back step by step. */
  slowMs: number;
  /** Look-ups in flight at once. */
  concurrency: number;
  /** How long this instance holds a claimed dossier, in ms. */
  leaseMs: number;
  /** Pause between ticks (`start()`), in ms. */
  tickMs: number;
  /** Outbox messages to write with a recorded change (webhooks, e-mail). @default none */
  onChange?: (change: StatusChange, dossier: LookedUpDossier) => OutboxMessage[];
  logger?: Logger;
  /** Current time in epoch ms (tests and the benchmark drive a simulated clock). @default Date.now */
  now?: () => number;
}

/** What one tick did. */
export interface WatchTick {
  polled: number;
  changed: number;
  failed: number;
  /** This instance's current rate, in look-ups per minute (≤ the budget). */
  rate: number;
}

/** A running (or manually ticked) status watch. */
export interface StatusWatch {
  /** Id of this poller (lease owner). */
  readonly id: string;
  /** Current rate in look-ups per minute. */
  readonly rate: number;
  /** One round: take budget, claim the most overdue dossiers, look them up, record changes. */
  tick(): Promise<WatchTick>;
  /** Tick every `tickMs` until `stop()`. */
  start(): void;
  stop(): Promise<void>;
}

/**
 * Watches the dossiers this gateway submitted that are still open, by polling the portal.
 *
 * - **Budget.** At most `requestsPerMinute` look-ups per minute across every instance: each
 *   tick takes its share from a per-minute counter in storage (an atomic guarded increment).
 * - **Fair.** Dossiers are polled oldest `nextPollAt` first, and each is rescheduled one
 *   full cycle later (watched ÷ rate minutes, at least `minIntervalMs`), so all get the same
 *   share and none starves.
 * - **Backs off.** A look-up slower than `slowMs`, or a failure, halves this instance's rate
 *   (once per tick, never below 1/min); each fast answer adds 5 % of the budget back. A dossier whose look-up
 *   fails waits twice as long each time, up to an hour.
 * - **Once.** A change is recorded with a guard on the previous status, so one poller wins
 *   even across instances; its events are written in the same transaction.
 * Finished dossiers (returned, rejected, withdrawn) leave the watch.
 */
export function createStatusWatch(options: StatusWatchOptions): StatusWatch {
  const id = `watch-${randomUUID().slice(0, 8)}`;
  const clock = options.now ?? Date.now;
  const budget = options.requestsPerMinute;
  let rate = budget;
  let credit = 0;
  let lastTick: number | undefined;
  let watched = 0;
  let watchedAt = -Infinity;
  let stopping = false;
  /** Set by a slow or failed look-up during the current tick. */
  let slowed = false;
  let running: Promise<void> | undefined;
  let wake: (() => void) | undefined;

  const cycleMs = () => Math.max(options.minIntervalMs, (watched / Math.max(1, rate)) * MINUTE);

  const pollOne = async (item: WatchedDossier, report: WatchTick) => {
    const started = clock();
    const realStarted = performance.now();
    let dossier: LookedUpDossier | undefined;
    try {
      dossier = await options.lookup(item.code);
    } catch (error) {
      report.failed++;
      slowed = true;
      const wait = Math.min(MAX_BACKOFF_MS, cycleMs() * 2 ** Math.min(10, item.failures + 1));
      options.logger?.warn('watch.lookup-failed', {
        code: item.code,
        error: error instanceof Error ? error.name : 'unknown',
        failures: item.failures + 1,
      });
      await options.storage.notifications.recordPoll({
        code: item.code,
        worker: id,
        previous: item.status,
        nextPollAt: new Date(clock() + wait),
        failed: true,
        now: new Date(clock()),
      });
      return;
    }
    const took = Math.max(clock() - started, performance.now() - realStarted);
    if (took > options.slowMs) slowed = true;
    report.polled++;
    const now = new Date(clock());
    const status = dossier?.status;
    const change = await options.storage.notifications.recordPoll({
      code: item.code,
      worker: id,
      previous: item.status,
      ...(status === undefined ? {} : { status }),
      nextPollAt: new Date(now.getTime() + cycleMs()),
      close: status !== undefined && TERMINAL_STATUSES.has(status),
      ...(dossier && options.onChange ? { events: (c: StatusChange) => options.onChange?.(c, dossier) ?? [] } : {}),
      now,
    });
    if (change) {
      report.changed++;
      options.logger?.info('watch.status-changed', { code: item.code, from: change.from, to: change.to });
    }
  };

  const tick = async (): Promise<WatchTick> => {
    const now = clock();
    const report: WatchTick = { polled: 0, changed: 0, failed: 0, rate };
    if (now - watchedAt > 10_000) {
      watched = await options.storage.notifications.countWatched();
      watchedAt = now;
    }
    const elapsed = lastTick === undefined ? options.tickMs : Math.max(0, now - lastTick);
    lastTick = now;
    // Unused credit does not pile up beyond one second's worth of look-ups (no bursts after a pause).
    credit = Math.min(credit + (rate * elapsed) / MINUTE, Math.max(1, rate / 60));
    const want = Math.floor(credit);
    if (want < 1) return report;
    const claimed = await options.storage.notifications.claimPolls({
      worker: id,
      limit: want,
      leaseMs: options.leaseMs,
      now: new Date(now),
    });
    if (claimed.length === 0) return report;
    // The cached count only sets the cycle length; newly watched dossiers must not wait for it.
    if (claimed.length > watched) {
      watched = await options.storage.notifications.countWatched();
      watchedAt = now;
    }
    const windowStart = new Date(now - (now % MINUTE));
    const granted = await options.storage.notifications.takeBudget(windowStart, claimed.length, budget);
    credit -= granted;
    const funded = claimed.slice(0, granted);
    for (const item of claimed.slice(granted)) {
      await options.storage.notifications.recordPoll({
        code: item.code,
        worker: id,
        previous: item.status,
        nextPollAt: item.nextPollAt,
        release: true,
        now: new Date(now),
      });
    }
    let next = 0;
    const lane = async () => {
      for (let i = next++; i < funded.length; i = next++) await pollOne(funded[i] as WatchedDossier, report);
    };
    slowed = false;
    await Promise.all(Array.from({ length: Math.min(options.concurrency, funded.length) }, lane));
    // Multiplicative decrease once per slow tick, additive increase per fast look-up.
    rate = slowed ? Math.max(1, rate / 2) : Math.min(budget, rate + budget * 0.05 * report.polled);
    report.rate = rate;
    return report;
  };

  return {
    id,
    get rate() {
      return rate;
    },
    tick,
    start() {
      if (running) return;
      stopping = false;
      running = (async () => {
        while (!stopping) {
          try {
            await tick();
          } catch (error) {
            options.logger?.warn('watch.tick-failed', { error: error instanceof Error ? error.name : 'unknown' });
          }
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, options.tickMs);
            wake = () => {
              clearTimeout(timer);
              resolve();
            };
          });
          wake = undefined;
        }
      })();
    },
    async stop() {
      stopping = true;
      wake?.();
      await running;
      running = undefined;
    },
  };
}
