import { describe, expect, it } from 'vitest';
import { createRandom, hashString } from './prng';

/** mulberry32(42): 0.6011037519…, the value published with the reference implementation. */
const FIRST_OF_42 = [601103752, 448290559, 852465793];

const take = (seed: number, n: number) => {
  const random = createRandom(seed);
  return Array.from({ length: n }, () => random.next());
};

describe('createRandom (mulberry32)', () => {
  it('repeats the same sequence for the same seed and differs for another seed', () => {
    expect(take(42, 50)).toEqual(take(42, 50));
    expect(take(42, 50)).not.toEqual(take(43, 50));
  });
  it('keeps its known first values, on which the seeded data depends', () => {
    expect(take(42, 3).map((x) => Math.round(x * 1e9))).toEqual(FIRST_OF_42);
  });
  it('returns floats in [0, 1) with a roughly uniform mean', () => {
    const values = take(7, 10_000);
    expect(values.every((x) => x >= 0 && x < 1)).toBe(true);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
  });
  it('draws integers within both bounds, reaching each of them', () => {
    const random = createRandom(1);
    const seen = new Set(Array.from({ length: 2_000 }, () => random.int(1, 6)));
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(createRandom(1).int(3, 3)).toBe(3);
  });
  it('picks list elements and honours chance 0 and 1', () => {
    const random = createRandom(5);
    const items = ['a', 'b', 'c'] as const;
    expect(new Set(Array.from({ length: 300 }, () => random.pick(items)))).toEqual(new Set(items));
    expect(Array.from({ length: 100 }, () => random.chance(0)).some(Boolean)).toBe(false);
    expect(Array.from({ length: 100 }, () => random.chance(1)).every(Boolean)).toBe(true);
  });
  it('treats seeds as unsigned 32-bit integers', () => {
    expect(take(-1, 5)).toEqual(take(0xffffffff, 5));
  });
});

describe('hashString (FNV-1a)', () => {
  it('gives the reference FNV-1a 32-bit values', () => {
    expect(hashString('')).toBe(0x811c9dc5);
    expect(hashString('a')).toBe(0xe40c292c);
    expect(hashString('foobar')).toBe(0xbf9cf968);
  });
  it('tells agency codes apart', () => {
    expect(hashString('000.01.20.H66')).not.toBe(hashString('000.02.20.H66'));
  });
});
