import { describe, expect, it } from 'vitest';
import { createClock, toInstant } from './sandbox-clock';

const START = '2025-10-01T08:00:00+07:00';
const DAY = 86_400_000;

describe('createClock', () => {
  it('is frozen at a given start and moves only when told to', () => {
    let wall = 1_000;
    const clock = createClock({ start: START }, () => wall);
    expect(clock.frozen).toBe(true);
    wall += 60_000;
    expect(clock.now().toISOString()).toBe('2025-10-01T01:00:00.000Z');
    expect(clock.advance(DAY).toISOString()).toBe('2025-10-02T01:00:00.000Z');
    expect(clock.set('2026-01-05T08:00:00+07:00').toISOString()).toBe('2026-01-05T01:00:00.000Z');
    expect(clock.advance(-DAY).toISOString()).toBe('2026-01-04T01:00:00.000Z');
  });
  it('runs with the wall clock from an offset unless frozen', () => {
    let wall = Date.parse('2030-01-01T00:00:00Z');
    const clock = createClock({ start: START, frozen: false }, () => wall);
    expect(clock.frozen).toBe(false);
    wall += 5_000;
    expect(clock.now().getTime()).toBe(Date.parse(START) + 5_000);
    clock.advance(DAY);
    wall += 1_000;
    expect(clock.now().getTime()).toBe(Date.parse(START) + 6_000 + DAY);
  });
  it('defaults to a running clock at the wall time', () => {
    let wall = 123_456;
    const clock = createClock({}, () => wall);
    expect(clock.frozen).toBe(false);
    wall += 10;
    expect(clock.now().getTime()).toBe(123_466);
  });
  it('tells listeners about every change until they unsubscribe', () => {
    const clock = createClock({ start: START });
    const seen: string[] = [];
    const stop = clock.onChange((now) => seen.push(now.toISOString()));
    clock.advance(1_000);
    clock.set(0);
    stop();
    clock.advance(1_000);
    expect(seen).toEqual(['2025-10-01T01:00:01.000Z', '1970-01-01T00:00:00.000Z']);
  });
});

describe('toInstant', () => {
  it('accepts dates, ISO strings and epoch milliseconds', () => {
    expect(toInstant(new Date(5))).toBe(5);
    expect(toInstant(5)).toBe(5);
    expect(toInstant(START)).toBe(Date.parse('2025-10-01T01:00:00Z'));
  });
  it('throws a RangeError for an invalid instant', () => {
    expect(() => toInstant('not a date')).toThrow(RangeError);
    expect(() => toInstant(Number.NaN)).toThrow(RangeError);
    expect(() => createClock({ start: 'nope' })).toThrow(RangeError);
  });
});
