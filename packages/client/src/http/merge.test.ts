import { describe, expect, it } from 'vitest';
import { merged } from './merge';

describe('merged', () => {
  it('equals a spread: same keys in the same order, later values winning', () => {
    const base = { MaHoSo: 'G22.1', service: 'old', n: 1 };
    const over = { service: 'TraCuuHoSo', session: 's-1' };
    const result = merged(base, over);
    expect(result).toEqual({ ...base, ...over });
    expect(Object.keys(result)).toEqual(Object.keys({ ...base, ...over }));
    expect(JSON.stringify(result)).toBe(JSON.stringify({ ...base, ...over }));
  });

  it('keeps a field named __proto__ as data, never as the prototype', () => {
    const base = JSON.parse('{"__proto__":{"polluted":true},"a":1}') as Record<string, unknown>;
    const result = merged(base, { b: 2 });
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
    expect((result as { polluted?: unknown }).polluted).toBeUndefined();
    expect(JSON.stringify(result)).toBe('{"__proto__":{"polluted":true},"a":1,"b":2}');
  });
});
