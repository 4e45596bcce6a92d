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

for (const [name, open] of [['SQLite', sqlite], ...(TEST_POSTGRES_URL ? [['PostgreSQL', postgres(TEST_POSTGRES_URL)] as const] : [])] as const) {
  describe(`notification store (${name})`, () => {
    it('never hands one dossier to two pollers, and polls the most overdue first', async () => {
      const { a, b, dispose } = await open();
      try {
        for (let i = 0; i < 40; i++) await a.notifications.watch(`D-${String(i).padStart(2, '0')}`, 'registered', at(i));
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
            code: 'D-1', worker, previous: 'registered', status: 'supplement-requested', nextPollAt: at(60_000), now: at(1000),
            events: (change) => [{ topic: 'notify.event', dossierCode: 'D-1', payload: { change: change.id } }],
          });
        const results = await Promise.all([poll(a, 'wa'), poll(b, 'wb'), poll(a, 'wc')]);
        expect(results.filter(Boolean)).toHaveLength(1);
        expect(await a.notifications.listStatusChanges('D-1')).toMatchObject([{ from: 'registered', to: 'supplement-requested' }]);
        expect((await a.countOutbox()).pending).toBe(1);
      } finally {
        await dispose();
      }
    });

    it('never grants more than the per-minute budget across instances', async () => {
      const { a, b, dispose } = await open();
      try {
        const takes = await Promise.all(Array.from({ length: 30 }, (_, i) => (i % 2 ? a : b).notifications.takeBudget(T0, 7, 100)));
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
        const outcomes = await Promise.all([a.notifications.saveSupplementAnswer(answer('một'), outbox), b.notifications.saveSupplementAnswer(answer('hai'), outbox)]);
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
  });
}
