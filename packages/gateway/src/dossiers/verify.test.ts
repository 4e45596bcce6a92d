import type { Context } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
import { STORAGE_KINDS, type OpenedStorage } from '../../test/storages';
import { GatewayError } from '../errors/gateway-error';
import type { GatewayEnv } from '../http/env';
import { createVerifier } from './verify';

const WINDOW_MS = 15 * 60_000;
const MAX = 10;
/** A window boundary (01:00:00 UTC). */
const BOUNDARY = Date.UTC(2026, 11, 4, 1, 0, 0);
/** A well-formed code that is not stored: every look-up is a failure. */
const UNKNOWN = '000.01.20.H66-261204-5001';
const REQUEST = {} as Context<GatewayEnv>;

/** The status a look-up ends with (404 answered, 429 refused) and its Retry-After. */
async function outcome(lookUp: () => Promise<unknown>): Promise<{ status: number; retryAfter?: number }> {
  try {
    await lookUp();
    return { status: 200 };
  } catch (error) {
    if (!(error instanceof GatewayError)) throw error;
    const header = error.headers['retry-after'];
    return { status: error.status, retryAfter: header === undefined ? undefined : Number(header) };
  }
}

describe.each(STORAGE_KINDS)('look-up limit over a sliding window ($name)', (kind) => {
  let opened: OpenedStorage | undefined;
  afterEach(async () => {
    await opened?.dispose();
    opened = undefined;
  });

  /** A verifier on a fresh storage with a clock the test sets, and a look-up at a given instant. */
  async function setUp() {
    opened = await kind.open();
    let now = 0;
    const verifier = createVerifier({
      storage: opened.storage,
      maxFailures: MAX,
      windowMs: WINDOW_MS,
      keyOf: () => 'client',
      now: () => now,
    });
    return (at: number) => {
      now = at;
      return outcome(() => verifier.verify(REQUEST, UNKNOWN, '1234'));
    };
  }

  it('does not give a fresh allowance just after a window boundary', async () => {
    const lookUpAt = await setUp();
    // The whole allowance spent in the last ten seconds of a window …
    for (let i = 0; i < MAX; i++) expect((await lookUpAt(BOUNDARY - 10_000 + i)).status).toBe(404);
    expect((await lookUpAt(BOUNDARY - 1_000)).status).toBe(429);
    // … buys at most one more answer in the first minute of the next (a fixed window gave ten).
    const firstMinute = [];
    for (let s = 0; s < 60; s += 2) firstMinute.push((await lookUpAt(BOUNDARY + s * 1000)).status);
    expect(firstMinute.filter((status) => status === 404).length).toBeLessThanOrEqual(1);
    expect(firstMinute.filter((status) => status === 429).length).toBeGreaterThanOrEqual(29);
  });

  it('tells the truth in Retry-After, and refused look-ups do not push it further away', async () => {
    const lookUpAt = await setUp();
    const start = BOUNDARY + 5 * 60_000;
    for (let i = 0; i < MAX; i++) expect((await lookUpAt(start + i)).status).toBe(404);
    const refused = await lookUpAt(start + 1_000);
    expect(refused.status).toBe(429);
    const retryAfter = refused.retryAfter ?? 0;
    // The allowance was spent 5 minutes into the window: it starts coming back just after the next boundary.
    expect(retryAfter).toBeGreaterThan(9 * 60);
    expect(retryAfter).toBeLessThanOrEqual(10 * 60 + 1);
    // Trying again and again while refused changes nothing …
    for (let i = 0; i < 20; i++) expect((await lookUpAt(start + 2_000 + i * 10_000)).retryAfter).toBeDefined();
    expect((await lookUpAt(start + 1_000 + retryAfter * 1000 - 2_000)).status).toBe(429);
    // … and the look-up is answered once the wait is over.
    expect((await lookUpAt(start + 1_000 + retryAfter * 1000)).status).toBe(404);
  });

  it('answers at most the allowance per window to a guesser who tries whenever allowed', async () => {
    const lookUpAt = await setUp();
    const answered: number[] = [];
    // Two hours, a try every 20 seconds.
    for (let t = BOUNDARY; t < BOUNDARY + 8 * WINDOW_MS; t += 20_000) {
      if ((await lookUpAt(t)).status === 404) answered.push(t);
    }
    expect(answered.length).toBeLessThanOrEqual(MAX * 8);
    expect(answered.length).toBeGreaterThanOrEqual(MAX * 7);
    // Never more than the allowance plus what trickles back, in any window-length span.
    for (const from of answered) {
      const inSpan = answered.filter((t) => t >= from && t < from + WINDOW_MS).length;
      expect(inSpan).toBeLessThanOrEqual(2 * MAX - 1);
    }
  });
});
