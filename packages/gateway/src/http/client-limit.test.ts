import type { Context } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
import { STORAGE_KINDS, type OpenedStorage } from '../../test/storages';
import { dossierMessages } from '../dossiers/messages';
import { GatewayError } from '../errors/gateway-error';
import { createClientLimit } from './client-limit';
import type { GatewayEnv } from './env';

const WINDOW_MS = 10 * 60_000;
/** A window boundary (01:00:00 UTC). */
const BOUNDARY = Date.UTC(2026, 11, 4, 1, 0, 0);
const REQUEST = {} as Context<GatewayEnv>;

describe.each(STORAGE_KINDS)('per-client limit over a sliding window ($name)', (kind) => {
  let opened: OpenedStorage | undefined;
  afterEach(async () => {
    await opened?.dispose();
    opened = undefined;
  });

  /** A limit of `max` per 10 min on a fresh storage with a clock the test sets; `take` answers 'ok' or the Retry-After. */
  async function setUp(max: number) {
    opened = await kind.open();
    let now = 0;
    const limit = createClientLimit({
      storage: opened.storage,
      keyOf: () => 'client',
      scope: 'submissions',
      max,
      windowMs: WINDOW_MS,
      code: 'dossier.submission-rate-limited',
      messages: dossierMessages,
      now: () => now,
    });
    return async (at: number, amount = 1): Promise<'ok' | number> => {
      now = at;
      try {
        await limit.take(REQUEST, amount);
        return 'ok';
      } catch (error) {
        if (!(error instanceof GatewayError) || error.status !== 429) throw error;
        return Number(error.headers['retry-after']);
      }
    };
  }

  it('does not give the allowance again just after a window boundary', async () => {
    const take = await setUp(30);
    for (let i = 0; i < 30; i++) expect(await take(BOUNDARY - 30_000 + i * 1000)).toBe('ok');
    expect(await take(BOUNDARY - 1000)).toBeTypeOf('number');
    const firstMinute = [];
    for (let s = 0; s < 60; s++) firstMinute.push(await take(BOUNDARY + s * 1000));
    // A fixed window took 30 more here; the allowance now comes back gradually (3 a minute).
    expect(firstMinute.filter((r) => r === 'ok').length).toBeLessThanOrEqual(3);
  });

  it('gives a refused amount back and says truly when an upload of that size fits', async () => {
    const take = await setUp(10_000);
    expect(await take(BOUNDARY + 60_000, 8_000)).toBe('ok');
    const retryAfter = await take(BOUNDARY + 120_000, 4_000);
    expect(retryAfter).toBeTypeOf('number');
    // Refused again and again: nothing more is counted …
    for (let i = 0; i < 10; i++) expect(await take(BOUNDARY + 130_000 + i * 1000, 4_000)).toBeTypeOf('number');
    // … a smaller upload still fits now …
    expect(await take(BOUNDARY + 200_000, 2_000)).toBe('ok');
    // … and the refused size fits once the wait (counted after the smaller one) is over, not a second before.
    const wait = (await take(BOUNDARY + 200_000, 4_000)) as number;
    expect(wait).toBeGreaterThan(Number(retryAfter) - 80);
    expect(await take(BOUNDARY + 200_000 + wait * 1000 - 1000, 4_000)).toBeTypeOf('number');
    expect(await take(BOUNDARY + 200_000 + wait * 1000, 4_000)).toBe('ok');
  });
});
