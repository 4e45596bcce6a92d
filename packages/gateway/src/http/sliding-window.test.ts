import { describe, expect, it } from 'vitest';
import { msUntilAllowed, slidingCount, windowPosition } from './sliding-window';

const W = 15 * 60_000;
const START = Date.UTC(2026, 11, 4, 1, 0, 0);

describe('sliding window', () => {
  it('places an instant in its window and the one before', () => {
    const at = windowPosition(START + 60_000, W);
    expect(at.current.toISOString()).toBe('2026-12-04T01:00:00.000Z');
    expect(at.previous.toISOString()).toBe('2026-12-04T00:45:00.000Z');
    expect(at.elapsedMs).toBe(60_000);
  });

  it('weighs the previous window by how much of it is still within one window-length', () => {
    expect(slidingCount({ current: 0, previous: 10 }, windowPosition(START, W))).toBe(10);
    expect(slidingCount({ current: 2, previous: 10 }, windowPosition(START + W / 4, W))).toBe(9);
    expect(slidingCount({ current: 3, previous: 10 }, windowPosition(START + W - 1, W))).toBe(3);
  });

  it('says when one more is allowed, and that it is then allowed', () => {
    const max = 10;
    const cases = [
      { current: 0, previous: 10, at: 0 },
      { current: 4, previous: 10, at: W / 3 },
      { current: 10, previous: 0, at: W / 2 },
      { current: 10, previous: 10, at: 1 },
      { current: 13, previous: 3, at: W - 5 },
    ];
    for (const { current, previous, at } of cases) {
      const position = windowPosition(START + at, W);
      const wait = msUntilAllowed({ current, previous }, position, max);
      expect(wait).toBeGreaterThan(0);
      // Refused now, allowed once the wait is over (with what was counted moving to "previous" at a boundary) …
      expect(slidingCount({ current: current + 1, previous }, position)).toBeGreaterThan(max);
      const later = windowPosition(START + at + wait, W);
      const crossed = later.current.getTime() !== position.current.getTime();
      const counts = crossed ? { current: 1, previous: current } : { current: current + 1, previous };
      expect(slidingCount(counts, later)).toBeLessThanOrEqual(max);
      // … and not a millisecond before.
      const before = windowPosition(START + at + wait - 1, W);
      const crossedBefore = before.current.getTime() !== position.current.getTime();
      const countsBefore = crossedBefore ? { current: 1, previous: current } : { current: current + 1, previous };
      expect(slidingCount(countsBefore, before)).toBeGreaterThan(max);
    }
    expect(msUntilAllowed({ current: 3, previous: 2 }, windowPosition(START, W), max)).toBe(0);
  });

  it('says when an amount (an upload of some bytes) fits, and that it then fits', () => {
    const max = 1000;
    const cases = [
      { current: 600, previous: 0, amount: 500, at: W / 2 },
      { current: 100, previous: 900, amount: 300, at: W / 10 },
      { current: 0, previous: 1000, amount: 1000, at: 0 },
    ];
    for (const { current, previous, amount, at } of cases) {
      const position = windowPosition(START + at, W);
      expect(slidingCount({ current: current + amount, previous }, position)).toBeGreaterThan(max);
      const wait = msUntilAllowed({ current, previous }, position, max, amount);
      const countsAt = (t: number) => {
        const later = windowPosition(START + at + t, W);
        const crossed = later.current.getTime() !== position.current.getTime();
        return slidingCount(
          crossed ? { current: amount, previous: current } : { current: current + amount, previous },
          later,
        );
      };
      expect(countsAt(wait)).toBeLessThanOrEqual(max);
      expect(countsAt(wait - 1)).toBeGreaterThan(max);
    }
    // More than the whole allowance never fits: the wait is the rest of the window, as with a fixed window.
    expect(msUntilAllowed({ current: 0, previous: 0 }, windowPosition(START + 1000, W), max, 1001)).toBe(W - 1000);
  });
});
