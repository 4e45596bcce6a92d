// The status watch under a simulated clock against a simulated portal (a map of statuses),
// on a real SQLite storage.
import type { LookedUpDossier } from '@dvc-kit/client';
import { afterEach, describe, expect, it } from 'vitest';
import { createSqliteStorage } from '../storage/sqlite';
import type { GatewayStorage } from '../storage/types';
import { createStatusWatch } from './status-watch';
import type { StatusWatchOptions } from './status-watch';

let storage: GatewayStorage | undefined;
afterEach(async () => {
  await storage?.close();
  storage = undefined;
});

async function setup(count: number) {
  storage = await createSqliteStorage(':memory:');
  const clock = { now: Date.parse('2026-12-03T08:00:00Z') };
  const portal = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const code = `D-${String(i).padStart(5, '0')}`;
    portal.set(code, 'processing');
    await storage.notifications.watch(code, 'processing', new Date(clock.now));
  }
  const polls: { code: string; at: number }[] = [];
  const lookup = async (code: string) => {
    polls.push({ code, at: clock.now });
    return { code, status: portal.get(code) } as unknown as LookedUpDossier;
  };
  const watch = (options: Partial<StatusWatchOptions> = {}) =>
    createStatusWatch({
      storage: storage as GatewayStorage,
      lookup,
      requestsPerMinute: 120,
      minIntervalMs: 1000,
      slowMs: 1000,
      concurrency: 4,
      leaseMs: 30_000,
      tickMs: 1000,
      now: () => clock.now,
      ...options,
    });
  return { clock, portal, polls, watch, storage };
}

describe('status watch', () => {
  it('keeps to the budget shared by two instances, polls every dossier once before any twice, records a change once', async () => {
    const { clock, portal, polls, watch, storage: s } = await setup(300);
    const a = watch();
    const b = watch();
    for (let second = 0; second < 300; second++) {
      if (second === 30) portal.set('D-00250', 'supplement-requested');
      await Promise.all([a.tick(), b.tick()]);
      clock.now += 1000;
    }
    const perMinute = new Map<number, number>();
    for (const p of polls)
      perMinute.set(Math.floor(p.at / 60_000), (perMinute.get(Math.floor(p.at / 60_000)) ?? 0) + 1);
    expect(Math.max(...perMinute.values())).toBeLessThanOrEqual(120);
    expect(polls.length).toBeGreaterThan(500);
    const firstRound = polls.slice(0, 300).map((p) => p.code);
    expect(new Set(firstRound).size).toBe(300);
    const recorded = await s.notifications.listStatusChanges('D-00250');
    expect(recorded.map((c) => c.to)).toEqual(['supplement-requested']);
  });

  it('halves its rate when the portal is slow or failing, and lets finished dossiers go', async () => {
    const { clock, portal, watch, storage: s } = await setup(50);
    let slow = true;
    const w = watch({
      slowMs: 20,
      lookup: async (code) => {
        if (slow) await new Promise((r) => setTimeout(r, 40));
        return { code, status: portal.get(code) } as unknown as LookedUpDossier;
      },
    });
    for (let i = 0; i < 5; i++) {
      await w.tick();
      clock.now += 1000;
    }
    expect(w.rate).toBeLessThan(120 / 4);
    slow = false;
    for (const code of portal.keys()) portal.set(code, 'returned');
    for (let i = 0; i < 3600 && (await s.notifications.countWatched()) > 0; i++) {
      await w.tick();
      clock.now += 1000;
    }
    expect(w.rate).toBeGreaterThan(60);
    expect(await s.notifications.countWatched()).toBe(0);
  });
});
