import { randomUUID } from 'node:crypto';
import { isTransientPortalError } from './transient';
import type { Logger } from '../http/logger';
import type { PortalConnection } from '../portal/portal-connection';
import type { GatewayStorage, OutboxItem } from '../storage/types';
import { SYNC_DOSSIER_TOPIC } from '../dossiers/submit-dossier';
import type { FileLinks } from '../uploads/file-links';
import { FULL_CODE_SPACE } from '../dossiers/code-space';
import type { CodeSpace } from '../dossiers/code-space';
import { syncOwnDossier } from './sync-own-dossier';
import { RATINGS_SUMMARY_TOPIC, monthRange, ratingsSummaryTask, summarizeRatings } from '../ratings/ratings-summary';

/** Settings of {@link startOutboxWorker}. */
export interface OutboxWorkerOptions {
  storage: GatewayStorage;
  portal: PortalConnection;
  links: FileLinks;
  logger: Logger;
  /** Items delivered at the same time. @default 4 */
  concurrency: number;
  /** Pause when nothing is due, in ms. @default 500 */
  pollMs: number;
  /** Claim lease, in ms. @default 60000 */
  leaseMs: number;
  /** First retry delay, doubled per attempt (with jitter), in ms. @default 1000 */
  retryBaseMs: number;
  /** Longest retry delay, in ms. @default 300000 */
  retryMaxMs: number;
  /** Handlers of further topics (supplements, webhooks, e-mail), by topic. @default {} */
  handlers?: Record<string, OutboxHandler>;
  /** Current time in epoch ms (tests drive a simulated clock). @default Date.now */
  now?: () => number;
  /** Range for new codes when a code is found taken on the portal. @default 1–9999 */
  codeSpace?: CodeSpace;
}

/** Delivers one claimed item; `completed` runs after the item is marked done. Throw to retry (transient) or park it. */
export type OutboxHandler = (
  item: OutboxItem,
) => Promise<{ log: Record<string, unknown>; completed?: () => Promise<void> }>;

/** A running worker. */
export interface OutboxWorker {
  /** Worker id (lease owner). */
  readonly id: string;
  /** Stop claiming, wait for deliveries in flight. */
  stop(): Promise<void>;
  /** Resolves once the outbox has nothing pending (tests, graceful drains). */
  idle(): Promise<void>;
}

/**
 * Delivers outbox items to the portal in this process: claims due items with a lease,
 * syncs each dossier exactly once through `@dvc-kit/client` (`syncDossier` reconciles
 * unclear outcomes) or recomputes and sends an agency's monthly ratings summary
 * (`syncRatings`, `DongBoDanhGia`: a replaceable aggregate), completes it, or schedules a retry with capped exponential backoff
 * (full jitter). Data the portal refuses outright parks the item as `dead` for an
 * operator. After a crash nothing is lost: unfinished items come back when their lease
 * expires, and a re-sent dossier the portal already has becomes an update, never a copy; and only
 * when it is provably ours (see `syncOwnDossier`): a code someone else filed is never
 * overwritten, the dossier gets a new code.
 */
export function startOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const id = `w-${randomUUID().slice(0, 8)}`;
  let stopping = false;
  let wake: (() => void) | undefined;
  const idleWaiters: (() => void)[] = [];

  /** Sends one dossier; once completed, marks it synced. */
  const syncDossier = async (item: OutboxItem) => {
    const code = String((item.payload as { code?: unknown }).code);
    const result = await syncOwnDossier({ ...options, codeSpace: options.codeSpace ?? FULL_CODE_SPACE }, code);
    return {
      log: {
        dossier: code,
        action: result.action,
        reconciled: result.reconciled,
        ...(result.portalCode === code ? {} : { portalCode: result.portalCode }),
      },
      completed: () => options.storage.updateDossier(code, { status: 'synced' }).then(() => undefined),
    };
  };
  /** Recomputes an agency's month from the stored ratings and sends it (the portal replaces the month). */
  const syncRatings = async (item: OutboxItem) => {
    const task = ratingsSummaryTask(item.payload);
    const counts = await options.storage.countRatings({ agency: task.agency, ...monthRange(task.period) });
    const summaries = summarizeRatings(task.agency, task.period, counts);
    await options.portal.client.syncRatings(summaries, { maxRounds: 3 });
    return {
      log: { agency: task.agency, month: `${task.period.year}-${task.period.month}`, summaries: summaries.length },
    };
  };
  const handlers: Record<string, OutboxHandler> = {
    ...options.handlers,
    [SYNC_DOSSIER_TOPIC]: syncDossier,
    [RATINGS_SUMMARY_TOPIC]: syncRatings,
  };
  const clock = options.now ?? Date.now;
  const now = () => new Date(clock());

  const deliver = async (item: OutboxItem) => {
    const handler = handlers[item.topic];
    if (handler === undefined) {
      await options.storage.failOutbox(item.id, id, { error: `unknown topic ${item.topic}`, dead: true }, now());
      return;
    }
    const code = item.dossierCode ?? '';
    try {
      const { log, completed } = await handler(item);
      if (await options.storage.completeOutbox(item.id, id, now())) {
        await completed?.();
        options.logger.info('outbox.delivered', { id: item.id, topic: item.topic, ...log, attempts: item.attempts });
      }
    } catch (error) {
      const transient = isTransientPortalError(error);
      const delay = Math.min(options.retryMaxMs, options.retryBaseMs * 2 ** Math.min(20, item.attempts - 1));
      const retryAt = new Date(clock() + Math.floor(delay / 2 + Math.random() * (delay / 2)));
      const name = error instanceof Error ? error.name : typeof error;
      const codeName = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
      await options.storage.failOutbox(
        item.id,
        id,
        transient ? { error: `${name} ${codeName}`, retryAt } : { error: `${name} ${codeName}`, dead: true },
        now(),
      );
      options.logger[transient ? 'warn' : 'error']('outbox.failed', {
        id: item.id,
        topic: item.topic,
        key: code,
        error: name,
        code: codeName,
        attempts: item.attempts,
        dead: !transient,
      });
    }
  };

  const loop = async () => {
    while (!stopping) {
      let items: OutboxItem[] = [];
      try {
        items = await options.storage.claimOutbox({
          worker: id,
          limit: options.concurrency,
          leaseMs: options.leaseMs,
          now: now(),
        });
      } catch {
        options.logger.warn('outbox.claim-failed', {});
      }
      if (items.length > 0) {
        await Promise.all(items.map(deliver));
        continue;
      }
      const counts = await options.storage.countOutbox().catch(() => undefined);
      if (counts?.pending === 0) idleWaiters.splice(0).forEach((resolve) => resolve());
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, options.pollMs);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = undefined;
    }
  };
  const running = loop();

  return {
    id,
    async stop() {
      stopping = true;
      wake?.();
      await running;
    },
    idle: () => new Promise<void>((resolve) => idleWaiters.push(resolve)),
  };
}
