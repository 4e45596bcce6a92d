// The notification store on both databases: two storages on one database stand for two
// gateway instances.
import { describe, expect, it } from 'vitest';
import { dropSchema, randomSchema, TEST_POSTGRES_URL } from '../../test/postgres-schema';
import { createPostgresStorage } from './postgres';
import { createSqliteStorage } from './sqlite';
import type { GatewayStorage } from './types';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type Pair = { a: GatewayStorage; b: GatewayStorage; dispose(): Promise<void> };

// SQLite serves one gateway process (its driver is synchronous), so both "instances" share one storage there.
const sqlite = async (): Promise<Pair> => {
  const a = await createSqliteStorage(join(mkdtempSync(join(tmpdir(), 'dvc-notify-')), 'g.db'));
  return { a, b: a, dispose: () => a.close() };
};
const postgres = (url: string) => async (): Promise<Pair> => {
  const schema = randomSchema();
  const a = await createPostgresStorage(url, { schema });
  const b = await createPostgresStorage(url, { schema });
  return { a, b, dispose: async () => (await Promise.all([a.close(), b.close()]), await dropSchema(url, schema)) };
};

const T0 = new Date('2026-12-03T08:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

for (const [name, open] of [
  ['SQLite', sqlite],
  ...(TEST_POSTGRES_URL ? [['PostgreSQL', postgres(TEST_POSTGRES_URL)] as const] : []),
] as const) {
  describe(`notification store (${name})`, () => {
    it('never hands one dossier to two pollers, and polls the most overdue first', async () => {
      const { a, b, dispose } = await open();
      try {
        for (let i = 0; i < 40; i++)
          await a.notifications.watch(`D-${String(i).padStart(2, '0')}`, 'registered', at(i));
        const [x, y] = await Promise.all([
          a.notifications.claimPolls({ worker: 'wa', limit: 25, leaseMs: 60_000, now: at(100) }),
          b.notifications.claimPolls({ worker: 'wb', limit: 25, leaseMs: 60_000, now: at(100) }),
        ]);
        const codes = [...x, ...y].map((d) => d.code);
        expect(new Set(codes).size).toBe(codes.length);
        expect(codes.length).toBe(40);
        expect(x.map((d) => d.code)).toEqual([...x.map((d) => d.code)].sort());
      } finally {
        await dispose();
      }
    });

    it('records a change once when two pollers race, with its events in the same transaction', async () => {
      const { a, b, dispose } = await open();
      try {
        await a.notifications.watch('D-1', 'registered', T0);
        const poll = (s: GatewayStorage, worker: string) =>
          s.notifications.recordPoll({
            code: 'D-1',
            worker,
            previous: 'registered',
            status: 'supplement-requested',
            nextPollAt: at(60_000),
            now: at(1000),
            events: (change) => [{ topic: 'notify.event', dossierCode: 'D-1', payload: { change: change.id } }],
          });
        const results = await Promise.all([poll(a, 'wa'), poll(b, 'wb'), poll(a, 'wc')]);
        expect(results.filter(Boolean)).toHaveLength(1);
        expect(await a.notifications.listStatusChanges('D-1')).toMatchObject([
          { from: 'registered', to: 'supplement-requested' },
        ]);
        expect((await a.countOutbox()).pending).toBe(1);
      } finally {
        await dispose();
      }
    });

    it('never grants more than the per-minute budget across instances', async () => {
      const { a, b, dispose } = await open();
      try {
        const takes = await Promise.all(
          Array.from({ length: 30 }, (_, i) => (i % 2 ? a : b).notifications.takeBudget(T0, 7, 100)),
        );
        const total = takes.reduce((n, t) => n + t, 0);
        expect(total).toBeLessThanOrEqual(100);
        expect(await a.notifications.budgetUsed(T0)).toBe(total);
        expect(await a.notifications.takeBudget(at(60_000), 7, 100)).toBe(7);
      } finally {
        await dispose();
      }
    });

    it('keeps the first supplement answer and its one outbox message; opt-outs stick', async () => {
      const { a, b, dispose } = await open();
      try {
        const answer = (note: string) => ({ dossierCode: 'D-1', roundId: 'D-1-BS1', note, files: [], answeredAt: T0 });
        const outbox = [{ topic: 'portal.supplement-answer', dossierCode: 'D-1', payload: { code: 'D-1' } }];
        const outcomes = await Promise.all([
          a.notifications.saveSupplementAnswer(answer('một'), outbox),
          b.notifications.saveSupplementAnswer(answer('hai'), outbox),
        ]);
        expect(outcomes.sort()).toEqual(['created', 'exists']);
        expect(await a.notifications.listSupplementAnswers('D-1')).toHaveLength(1);
        expect((await a.countOutbox()).pending).toBe(1);
        await a.notifications.optOut('f'.repeat(64), T0);
        await b.notifications.optOut('f'.repeat(64), T0);
        expect(await b.notifications.isOptedOut('f'.repeat(64))).toBe(true);
        expect(await b.notifications.isOptedOut('e'.repeat(64))).toBe(false);
      } finally {
        await dispose();
      }
    });

    it('prunes delivered notifications, spent budget minutes and the changes of closed dossiers — nothing pending', async () => {
      const { a, dispose } = await open();
      try {
        // Two delivered webhooks (one old, one recent), a pending e-mail, and a delivered portal sync (not a notification).
        const ids = await a.enqueueOutbox(
          [
            { topic: 'webhook.deliver', dossierCode: 'D-1', payload: { n: 1 } },
            { topic: 'webhook.deliver', dossierCode: 'D-2', payload: { n: 2 } },
            { topic: 'email.send', dossierCode: 'D-3', payload: { n: 3 } },
            { topic: 'portal.sync-dossier', dossierCode: 'D-4', payload: { n: 4 } },
          ],
          T0,
        );
        const claimed = await a.claimOutbox({ worker: 'w', limit: 10, leaseMs: 60_000, now: T0 });
        expect(claimed).toHaveLength(4);
        await a.completeOutbox(ids[0]!, 'w', at(1000));
        await a.completeOutbox(ids[3]!, 'w', at(1000));
        await a.completeOutbox(ids[1]!, 'w', at(50 * 86_400_000));
        await a.notifications.takeBudget(T0, 1, 10);
        await a.notifications.takeBudget(at(50 * 86_400_000), 1, 10);
        for (const code of ['D-open', 'D-closed']) {
          await a.notifications.watch(code, 'registered', T0);
          await a.notifications.recordPoll({
            code,
            worker: 'w',
            previous: 'registered',
            status: 'processing',
            nextPollAt: at(60_000),
            now: at(2000),
            events: () => [],
          });
        }
        await a.notifications.recordPoll({
          code: 'D-closed',
          worker: 'w',
          previous: 'processing',
          status: 'returned',
          nextPollAt: at(60_000),
          now: at(3000),
          close: true,
          events: () => [],
        });

        const removed = await a.notifications.prune({
          before: at(30 * 86_400_000),
          outboxTopics: ['webhook.deliver', 'email.send', 'notify.event'],
        });
        expect(removed).toEqual({ outbox: 1, budget: 1, changes: 2 });
        expect(await a.countOutbox()).toMatchObject({ pending: 1, done: 2 });
        expect(await a.notifications.budgetUsed(at(50 * 86_400_000))).toBe(1);
        expect(await a.notifications.listStatusChanges('D-open')).toHaveLength(1);
        expect(await a.notifications.listStatusChanges('D-closed')).toEqual([]);
        expect(await a.notifications.prune({ before: at(30 * 86_400_000), outboxTopics: [] })).toEqual({
          outbox: 0,
          budget: 0,
          changes: 0,
        });
      } finally {
        await dispose();
      }
    });
  });
}
