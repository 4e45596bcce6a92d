import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayKey, dayNumber, keyDay } from './day';

describe('day arithmetic', () => {
  it('turns day numbers into the same keys as the Date-based conversion', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (day) => {
        const expected = new Date(day * 86_400_000).toISOString().slice(0, 10);
        expect(dayKey(day)).toBe(expected);
        expect(keyDay(dayKey(day))).toBe(day);
      }),
    );
  });

  it('knows fixed points', () => {
    expect(dayKey(0)).toBe('1970-01-01');
    expect(dayKey(dayNumber(2025, 7, 1))).toBe('2025-07-01');
    expect(dayKey(dayNumber(2024, 2, 29))).toBe('2024-02-29');
  });
});
