import { afterEach, describe, expect, it } from 'vitest';
import { STORAGE_KINDS, type OpenedStorage } from '../../test/storages';
import { createJsonLogger } from './logger';
import { startWindowPruner } from './window-pruner';

const HOUR = 3_600_000;
const NOW = new Date('2026-12-04T12:00:00Z');
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * HOUR);

describe.each(STORAGE_KINDS)('rate-limit window pruning ($name)', (kind) => {
  let opened: OpenedStorage | undefined;
  afterEach(async () => {
    await opened?.dispose();
    opened = undefined;
  });

  it('deletes windows older than two of the longest, keeps the rest and every idempotency key', async () => {
    opened = await kind.open();
    const { storage, peer } = opened;
    const logs: string[] = [];
    // Look-up windows and counters of many addresses (a guesser rotating them), old and recent.
    for (let i = 0; i < 40; i++) {
      const clientKey = `guesser-${i}`;
      await storage.recordLookupFailure({ clientKey, windowStart: hoursAgo(5) });
      await storage.addToCounter({ scope: 'submissions', clientKey, windowStart: hoursAgo(3) });
    }
    await storage.recordLookupFailure({ clientKey: 'citizen', windowStart: hoursAgo(1) });
    await storage.recordLookupFailure({ clientKey: 'citizen', windowStart: hoursAgo(0) });
    await storage.addToCounter({ scope: 'upload-bytes', clientKey: 'citizen', windowStart: hoursAgo(2), amount: 9 });
    await storage.submitDossier({
      idempotencyKey: 'kept',
      bodyHash: 'h',
      agency: 'A1',
      day: '2026-11-01',
      now: hoursAgo(24 * 30),
      build: (seq) => ({ code: `A1-${seq}`, procedure: 'P', payload: {}, receipt: {}, uploadIds: [] }),
    });

    const pruner = startWindowPruner({
      storage: peer,
      logger: createJsonLogger({ write: (line) => void logs.push(line) }),
      longestWindowMs: HOUR,
      everyMs: 0,
    });
    expect(await pruner.prune(NOW)).toBe(80);
    expect(await pruner.prune(NOW)).toBe(0);
    pruner.stop();

    expect(await storage.countLookupFailures({ clientKey: 'guesser-0', windowStart: hoursAgo(5) })).toBe(0);
    expect(await storage.countLookupFailures({ clientKey: 'citizen', windowStart: hoursAgo(1) })).toBe(1);
    expect(await storage.countLookupFailures({ clientKey: 'citizen', windowStart: hoursAgo(0) })).toBe(1);
    // A row that began exactly at the cut-off (two windows ago) is kept.
    expect(
      await storage.addToCounter({ scope: 'upload-bytes', clientKey: 'citizen', windowStart: hoursAgo(2), amount: 1 }),
    ).toBe(10);
    // A retry of the month-old submission still finds its dossier.
    const replay = await storage.submitDossier({
      idempotencyKey: 'kept',
      bodyHash: 'h',
      agency: 'A1',
      day: '2026-11-01',
      now: NOW,
      build: () => {
        throw new Error('a replay must not build a new dossier');
      },
    });
    expect(replay.outcome).toBe('replayed');
    expect(logs.filter((line) => line.includes('limits.pruned'))).toHaveLength(1);
    expect(logs.find((line) => line.includes('limits.pruned'))).toContain('"rows":80');
  });
});
