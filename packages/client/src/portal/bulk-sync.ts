import type { Dossier } from '@dvc-kit/core';
import type { Localized } from '@dvc-kit/core';
import { DvcError } from '@dvc-kit/core';
import type { PortalTransport } from './portal-transport';
import type { SyncDossierOptions } from './exists-policy';
import { syncDossiers } from './sync-dossier';
import type { DossierOutcome, DossierSyncResult } from './sync-dossier';

/** Options of {@link PortalClient.syncDossiers}. */
export interface BulkSyncOptions extends SyncDossierOptions {
  /** Batches in flight at once. @default 8 */
  concurrency?: number;
  /** Dossiers per `DongBoHoSoMC` call (the portal takes at most 1000). @default 50 */
  batchSize?: number;
  /** Called after each dossier finishes (synced or failed). */
  onProgress?: (progress: BulkSyncProgress) => void;
}

/** Running totals passed to `onProgress`. */
export interface BulkSyncProgress {
  /** Dossiers finished so far. */
  done: number;
  synced: number;
  failed: number;
  /** The item that just finished. */
  last: BulkSyncItem;
}

/** The outcome of one dossier. */
export type BulkSyncItem =
  | ({ status: 'synced' } & DossierSyncResult)
  | {
      status: 'failed';
      /** Mã hồ sơ — wire: MaHoSo (`''` when the item had none). */
      code: string;
      /** Stable code of the error, e.g. `client.portal`. */
      errorCode: string;
      /** Why, in Vietnamese and English (personal data masked). */
      reason: Localized;
      /** The error itself. */
      error: unknown;
    };

/** The report of a bulk sync: one entry per dossier taken from the source, in finishing order. */
export interface BulkSyncReport {
  items: BulkSyncItem[];
  synced: number;
  failed: number;
  /** True when the signal stopped the run early: dossiers not yet taken from the source are not listed. */
  aborted: boolean;
}

/**
 * Syncs every dossier of `source` (array, iterable or async iterable — read lazily, so
 * millions are fine) in `DongBoHoSoMC` batches of `batchSize`, at most `concurrency`
 * batches in flight. Each dossier is synced exactly once ({@link syncDossiers}); a
 * failure is recorded and the run goes on. Items with the same code are sent one after
 * another in source order, so the last one wins.
 */
export async function syncDossierStream(
  transport: PortalTransport,
  source: Iterable<Dossier> | AsyncIterable<Dossier>,
  options: BulkSyncOptions = {},
): Promise<BulkSyncReport> {
  const { concurrency = 8, batchSize = 50, onProgress, signal, ...writeOptions } = options;
  const iterator = Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : source[Symbol.iterator]();
  const report: BulkSyncReport = { items: [], synced: 0, failed: 0, aborted: false };
  const latestRun = new Map<string, Promise<void>>();
  let carry: Dossier | undefined;
  let exhausted = false;
  let reading: Promise<unknown> = Promise.resolve();

  const finish = (item: BulkSyncItem) => {
    report.items.push(item);
    if (item.status === 'synced') report.synced += 1;
    else report.failed += 1;
    onProgress?.({ done: report.items.length, synced: report.synced, failed: report.failed, last: item });
  };

  const process = async (batch: Dossier[]) => {
    let outcomes: DossierOutcome[];
    try {
      outcomes = await syncDossiers(transport, batch, { ...writeOptions, ...(signal ? { signal } : {}) });
    } catch (error) {
      outcomes = batch.map((d) => ({ ok: false, code: d.code, error }));
    }
    for (const outcome of outcomes) {
      if (outcome.ok) {
        finish({ status: 'synced', ...outcome.result });
        continue;
      }
      const dvc = outcome.error instanceof DvcError ? outcome.error : undefined;
      finish({
        status: 'failed',
        code: typeof outcome.code === 'string' ? outcome.code : '',
        errorCode: dvc?.code ?? 'client.unexpected',
        reason: dvc?.messages ?? { vi: 'Lỗi không xác định.', en: 'Unexpected error.' },
        error: outcome.error,
      });
    }
  };

  // Reads the next batch (reads are serialised) and starts it once earlier batches
  // holding any of its codes are done. Resolves to undefined at the end of the source.
  const readBatch = async (): Promise<{ run: Promise<void> } | undefined> => {
    const batch: Dossier[] = [];
    const codes = new Set<string>();
    while (batch.length < batchSize) {
      let item = carry;
      carry = undefined;
      if (item === undefined) {
        if (exhausted || signal?.aborted) break;
        const next = await iterator.next();
        if (next.done) {
          exhausted = true;
          break;
        }
        item = next.value;
      }
      const code = typeof item?.code === 'string' ? item.code : '';
      if (codes.has(code)) {
        carry = item;
        break;
      }
      codes.add(code);
      batch.push(item);
    }
    if (batch.length === 0) return undefined;
    const before = [...codes].map((c) => latestRun.get(c)).filter((p) => p !== undefined);
    const run = Promise.all(before).then(() => process(batch));
    for (const code of codes) latestRun.set(code, run);
    void run.then(() => {
      for (const code of codes) if (latestRun.get(code) === run) latestRun.delete(code);
    });
    return { run }; // wrapped: a returned promise would be awaited by `then`
  };

  const worker = async () => {
    for (;;) {
      const next = reading.then(readBatch);
      reading = next;
      const started = await next;
      if (started === undefined) return;
      await started.run;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  report.aborted = signal?.aborted === true && (!exhausted || carry !== undefined);
  return report;
}
