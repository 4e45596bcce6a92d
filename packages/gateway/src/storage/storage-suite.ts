import { describe, expect, it } from 'vitest';
import { IdempotencyConflictError } from './storage-errors';
import type { DossierDraft, GatewayStorage } from './types';

/** What one test gets: a fresh, empty storage and a second instance on the same data. */
export interface StorageFixture {
  storage: GatewayStorage;
  /** A second gateway instance on the same database (PostgreSQL), or the same one (SQLite). */
  peer: GatewayStorage;
  dispose(): Promise<void>;
}

const DAY = '2026-11-26';
const draft = (code: string, extra: Partial<DossierDraft> = {}): DossierDraft => ({
  code,
  procedure: '1.000001',
  payload: { applicant: 'x' },
  receipt: { code },
  ...extra,
});
const submit = (storage: GatewayStorage, key: string, bodyHash = 'h1', agency = 'A1') =>
  storage.submitDossier({ idempotencyKey: key, bodyHash, agency, day: DAY, build: (seq) => draft(`${agency}-${seq}`) });

/**
 * The behaviour every `GatewayStorage` must have, run by `sqlite.test.ts` and
 * `postgres.test.ts` against a fresh database per test.
 */
export function runStorageSuite(name: string, setup: () => Promise<StorageFixture>): void {
  const withFixture = (fn: (f: StorageFixture) => Promise<void>) => async () => {
    const fixture = await setup();
    try {
      await fn(fixture);
    } finally {
      await fixture.dispose();
    }
  };

  describe(`${name} storage`, () => {
    it(
      'stores a dossier and replays it for the same key and body',
      withFixture(async ({ storage }) => {
        const first = await submit(storage, 'k1');
        expect(first.outcome).toBe('created');
        expect(first.dossier).toMatchObject({
          code: 'A1-1',
          agency: 'A1',
          status: 'registered',
          receipt: { code: 'A1-1' },
        });
        const again = await submit(storage, 'k1');
        expect(again.outcome).toBe('replayed');
        expect(again.dossier.code).toBe('A1-1');
        expect(await storage.getDossier('A1-1')).toEqual(first.dossier);
        expect(await storage.getDossier('nope')).toBeUndefined();
        await expect(submit(storage, 'k1', 'other-body')).rejects.toBeInstanceOf(IdempotencyConflictError);
        expect((await submit(storage, 'k2')).dossier.code).toBe('A1-2');
      }),
    );

    it(
      'writes nothing and uses no number when build throws',
      withFixture(async ({ storage }) => {
        await expect(
          storage.submitDossier({
            idempotencyKey: 'k',
            bodyHash: 'h',
            agency: 'A1',
            day: DAY,
            build: () => {
              throw new Error('boom');
            },
          }),
        ).rejects.toThrow('boom');
        const ok = await submit(storage, 'k');
        expect(ok).toMatchObject({ outcome: 'created', dossier: { code: 'A1-1' } });
        expect(await storage.countOutbox()).toEqual({ pending: 0, done: 0, dead: 0 });
      }),
    );

    it(
      'enqueues outbox messages in the same transaction as the dossier',
      withFixture(async ({ storage }) => {
        await storage.submitDossier({
          idempotencyKey: 'k',
          bodyHash: 'h',
          agency: 'A1',
          day: DAY,
          build: (seq) =>
            draft(`C${seq}`, { outbox: [{ topic: 'portal.sync-dossier', dossierCode: `C${seq}`, payload: { seq } }] }),
        });
        const [item] = await storage.claimOutbox({ worker: 'w1' });
        expect(item).toMatchObject({
          topic: 'portal.sync-dossier',
          dossierCode: 'C1',
          payload: { seq: 1 },
          attempts: 1,
          status: 'pending',
        });
      }),
    );

    it(
      'updates a dossier status and receipt',
      withFixture(async ({ storage }) => {
        await submit(storage, 'k');
        expect(await storage.updateDossier('A1-1', { status: 'synced', receipt: { code: 'A1-1', synced: true } })).toBe(
          true,
        );
        expect(await storage.getDossier('A1-1')).toMatchObject({ status: 'synced', receipt: { synced: true } });
        expect(await storage.updateDossier('missing', { status: 'x' })).toBe(false);
      }),
    );

    it(
      'allocates unique gapless sequences in parallel, per agency and day',
      withFixture(async ({ storage, peer }) => {
        const calls = Array.from({ length: 60 }, (_, i) => (i % 2 === 0 ? storage : peer).nextSequence('A1', DAY));
        const values = (await Promise.all(calls)).sort((a, b) => a - b);
        expect(values).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
        expect(await storage.nextSequence('A2', DAY)).toBe(1);
        expect(await storage.nextSequence('A1', '2026-11-27')).toBe(1);
      }),
    );

    it(
      'gives parallel submissions distinct gapless codes',
      withFixture(async ({ storage, peer }) => {
        const results = await Promise.all(
          Array.from({ length: 30 }, (_, i) => submit(i % 2 ? storage : peer, `key-${i}`)),
        );
        const codes = results.map((r) => Number(r.dossier.code.split('-')[1])).sort((a, b) => a - b);
        expect(codes).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
      }),
    );

    it(
      'lets exactly one of racing same-key submissions create the dossier',
      withFixture(async ({ storage, peer }) => {
        const results = await Promise.all(Array.from({ length: 12 }, (_, i) => submit(i % 2 ? storage : peer, 'same')));
        expect(results.filter((r) => r.outcome === 'created')).toHaveLength(1);
        expect(new Set(results.map((r) => r.dossier.code))).toEqual(new Set(['A1-1']));
        const mixed = await Promise.allSettled([submit(storage, 'mix', 'b1'), submit(peer, 'mix', 'b2')]);
        expect(mixed.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
        const rejected = mixed.find((r) => r.status === 'rejected');
        expect(rejected?.status === 'rejected' && rejected.reason).toBeInstanceOf(IdempotencyConflictError);
        expect(await storage.nextSequence('A1', DAY)).toBe(3);
      }),
    );

    it(
      'never lets two workers claim the same outbox item',
      withFixture(async ({ storage, peer }) => {
        await storage.enqueueOutbox(Array.from({ length: 40 }, (_, i) => ({ topic: 't', payload: i })));
        const seen: number[] = [];
        const work = async (s: GatewayStorage, worker: string) => {
          for (;;) {
            const items = await s.claimOutbox({ worker, limit: 3 });
            if (items.length === 0) return;
            for (const item of items) {
              seen.push(item.id);
              expect(await s.completeOutbox(item.id, worker)).toBe(true);
            }
          }
        };
        await Promise.all([work(storage, 'a'), work(peer, 'b'), work(storage, 'c'), work(peer, 'd')]);
        expect(seen).toHaveLength(40);
        expect(new Set(seen).size).toBe(40);
        expect(await storage.countOutbox()).toEqual({ pending: 0, done: 40, dead: 0 });
      }),
    );

    it(
      'retries a crashed worker’s item after its lease expires',
      withFixture(async ({ storage, peer }) => {
        const t0 = new Date('2026-11-26T01:00:00Z');
        const [id] = await storage.enqueueOutbox([{ topic: 't', payload: null }], t0);
        expect(await storage.claimOutbox({ worker: 'crashed', leaseMs: 1000, now: t0 })).toHaveLength(1);
        expect(await peer.claimOutbox({ worker: 'w2', now: new Date(t0.getTime() + 500) })).toHaveLength(0);
        const [retried] = await peer.claimOutbox({ worker: 'w2', now: new Date(t0.getTime() + 1500) });
        expect(retried).toMatchObject({ id, attempts: 2 });
        expect(await storage.completeOutbox(id!, 'crashed')).toBe(false);
        expect(await peer.completeOutbox(id!, 'w2')).toBe(true);
        expect((await storage.getOutboxItem(id!))?.status).toBe('done');
      }),
    );

    it(
      'schedules retries, parks dead items and keeps per-dossier order',
      withFixture(async ({ storage }) => {
        const t0 = new Date('2026-11-26T01:00:00Z');
        const [first, second, other] = await storage.enqueueOutbox(
          [
            { topic: 'sync', dossierCode: 'D1', payload: 1 },
            { topic: 'progress', dossierCode: 'D1', payload: 2 },
            { topic: 'sync', dossierCode: 'D2', payload: 3 },
          ],
          t0,
        );
        const claimed = await storage.claimOutbox({ worker: 'w', now: t0 });
        expect(claimed.map((i) => i.id)).toEqual([first, other]);
        expect(await storage.completeOutbox(other!, 'w', t0)).toBe(true);
        const retryAt = new Date(t0.getTime() + 60_000);
        expect(await storage.failOutbox(first!, 'w', { error: 'portal 503', retryAt }, t0)).toBe(true);
        expect(await storage.claimOutbox({ worker: 'w', now: t0 })).toHaveLength(0);
        const again = await storage.claimOutbox({ worker: 'w', now: retryAt });
        expect(again.map((i) => [i.id, i.attempts, i.lastError])).toEqual([[first, 2, 'portal 503']]);
        expect(await storage.failOutbox(first!, 'w', { error: 'rejected', dead: true }, retryAt)).toBe(true);
        expect((await storage.claimOutbox({ worker: 'w', now: retryAt })).map((i) => i.id)).toEqual([second]);
        expect(await storage.countOutbox()).toEqual({ pending: 1, done: 1, dead: 1 });
      }),
    );

    it(
      'stores uploads and ratings',
      withFixture(async ({ storage }) => {
        const createdAt = new Date('2026-11-26T02:00:00.123Z');
        const upload = {
          id: 'u1',
          sha256: 'ab'.repeat(32),
          name: 'don.pdf',
          size: 1234,
          type: 'application/pdf',
          createdAt,
        };
        await storage.saveUpload(upload);
        expect(await storage.getUpload('u1')).toEqual(upload);
        expect(await storage.getUpload('u2')).toBeUndefined();
        const rating = { dossierCode: 'D1', score: 5, comment: 'Nhanh', createdAt };
        expect(await storage.saveRating(rating)).toBe('created');
        expect(await storage.saveRating({ ...rating, score: 1 })).toBe('exists');
        expect(await storage.getRating('D1')).toEqual(rating);
      }),
    );

    it(
      'counts ratings per procedure and score in a period, for one agency',
      withFixture(async ({ storage }) => {
        const at = (iso: string) => new Date(iso);
        await submit(storage, 'r1');
        await submit(storage, 'r2');
        await submit(storage, 'r3', 'h1', 'B1');
        await storage.saveRating({
          dossierCode: 'A1-1',
          score: 3,
          comment: null,
          createdAt: at('2026-11-02T00:00:00Z'),
        });
        await storage.saveRating({
          dossierCode: 'A1-2',
          score: 3,
          comment: null,
          createdAt: at('2026-11-30T16:59:59Z'),
        });
        await storage.saveRating({
          dossierCode: 'B1-1',
          score: 1,
          comment: null,
          createdAt: at('2026-11-03T00:00:00Z'),
        });
        const november = { agency: 'A1', from: at('2026-10-31T17:00:00Z'), to: at('2026-11-30T17:00:00Z') };
        expect(await storage.countRatings(november)).toEqual([{ procedure: '1.000001', score: 3, count: 2 }]);
        expect(await storage.countRatings({ ...november, agency: 'B1' })).toEqual([
          { procedure: '1.000001', score: 1, count: 1 },
        ]);
        expect(
          await storage.countRatings({ ...november, from: at('2026-11-30T17:00:00Z'), to: at('2026-12-31T17:00:00Z') }),
        ).toEqual([]);
      }),
    );

    it(
      'enqueues a keyed message once while an unclaimed one waits',
      withFixture(async ({ storage }) => {
        const now = new Date('2026-11-26T02:00:00Z');
        const message = { topic: 'summary', dossierCode: 'summary:A1:2026-11', payload: { month: 11 } };
        const first = await storage.enqueueOutboxOnce(message, now);
        expect(first).toBeTypeOf('number');
        expect(await storage.enqueueOutboxOnce(message, now)).toBeUndefined();
        expect(await storage.enqueueOutboxOnce({ ...message, dossierCode: 'summary:B1:2026-11' }, now)).toBeTypeOf(
          'number',
        );
        // Once the first is being delivered, a new trigger needs a new item (the delivery may predate it).
        expect((await storage.claimOutbox({ worker: 'w', now, limit: 1 })).map((i) => i.id)).toEqual([first]);
        const second = await storage.enqueueOutboxOnce(message, now);
        expect(second).toBeTypeOf('number');
        expect(await storage.enqueueOutboxOnce(message, now)).toBeUndefined();
      }),
    );

    it(
      'counts look-up failures per client and window, and prunes old ones',
      withFixture(async ({ storage, peer }) => {
        const w1 = new Date('2026-11-26T01:00:00Z');
        const w2 = new Date('2026-11-26T01:15:00Z');
        const counts = await Promise.all(
          Array.from({ length: 6 }, (_, i) =>
            (i % 2 ? storage : peer).recordLookupFailure({ clientKey: 'ip1', windowStart: w1 }),
          ),
        );
        expect(counts.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6]);
        expect(await storage.recordLookupFailure({ clientKey: 'ip1', windowStart: w2 })).toBe(1);
        expect(await storage.countLookupFailures({ clientKey: 'ip2', windowStart: w1 })).toBe(0);
        await storage.submitDossier({
          idempotencyKey: 'old',
          bodyHash: 'h',
          agency: 'A',
          day: DAY,
          now: w1,
          build: () => draft('X1'),
        });
        expect(await storage.prune(w2)).toBe(2);
        expect(await storage.countLookupFailures({ clientKey: 'ip1', windowStart: w1 })).toBe(0);
        expect(await storage.countLookupFailures({ clientKey: 'ip1', windowStart: w2 })).toBe(1);
      }),
    );

    it(
      'answers ping',
      withFixture(async ({ storage }) => {
        await expect(storage.ping()).resolves.toBeUndefined();
      }),
    );
  });
}
