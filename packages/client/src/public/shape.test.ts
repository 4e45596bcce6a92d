import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { checkShape } from './shape';
import type { Shape } from './shape';
import { shapeOf } from './shape-of';

const paths = (shape: Shape, value: unknown) => checkShape(shape, value).map((i) => `${i.path.join('.')}:${i.code}`);

describe('checkShape', () => {
  it('checks primitives, integers and finite numbers', () => {
    expect(paths('s', 'a')).toEqual([]);
    expect(paths('s', 1)).toEqual([':invalid_type']);
    expect(paths('n', 1.5)).toEqual([]);
    expect(paths('n', Number.NaN)).toEqual([':invalid_type']);
    expect(paths('i', 2)).toEqual([]);
    expect(paths('i', 2.5)).toEqual([':invalid_type']);
    expect(paths('b', 'true')).toEqual([':invalid_type']);
    expect(paths('u', undefined)).toEqual([]);
    expect(checkShape('s', null)[0]?.message).toBe('Expected string, received null');
  });

  it('checks objects, optional and nullable keys, and lets unknown keys through', () => {
    const shape: Shape = { a: 's', b: ['?', 'i'], c: ['N', 's'] };
    expect(paths(shape, { a: 'x', c: null, extra: 1 })).toEqual([]);
    expect(paths(shape, { a: 'x', b: undefined, c: 'y' })).toEqual([]);
    expect(paths(shape, { b: null })).toEqual(['a:invalid_type', 'b:invalid_type', 'c:invalid_type']);
    expect(paths(shape, [])).toEqual([':invalid_type']);
  });

  it('checks enums, prefixes, arrays, records and unions with paths', () => {
    expect(paths(['e', 'a', 1, true], 1)).toEqual([]);
    expect(paths(['e', 'a'], 'e')).toEqual([':invalid_value']);
    expect(paths(['p', 'unknown:'], 'unknown:11')).toEqual([]);
    expect(paths(['p', 'unknown:'], 'lost')).toEqual([':invalid_value']);
    expect(paths(['a', 'i'], [1, 'x', 3])).toEqual(['1:invalid_type']);
    expect(paths(['r', 'b'], { x: true, y: 0 })).toEqual(['y:invalid_type']);
    expect(paths(['|', 's', 'n'], false)).toEqual([':invalid_union']);
  });

  it('picks a discriminated option by its own key only', () => {
    const shape: Shape = ['d', 'kind', { id: 's' }, { text: { max: ['?', 'i'] }, file: { accept: ['a', 's'] } }];
    expect(paths(shape, { kind: 'text', id: 'a' })).toEqual([]);
    expect(paths(shape, { kind: 'text', id: 1, max: 'x' })).toEqual(['id:invalid_type', 'max:invalid_type']);
    expect(paths(shape, { kind: 'file', id: 'f', accept: [1] })).toEqual(['accept.0:invalid_type']);
    expect(paths(shape, { kind: 'constructor' })).toEqual(['kind:invalid_union']);
    expect(paths(shape, 'text')).toEqual([':invalid_type']);
  });
});

describe('shapeOf', () => {
  it('reads structure from a zod schema and leaves refinements to the gateway', () => {
    const schema = z.object({
      code: z.string().check(z.regex(/^\d{5}$/)),
      at: z.iso.datetime({ offset: true }),
      count: z.int().check(z.minimum(1)),
      kind: z.discriminatedUnion('k', [
        z.object({ k: z.literal('a'), x: z.number() }),
        z.object({ k: z.literal('b') }),
      ]),
    });
    expect(shapeOf(schema)).toEqual({ code: 's', at: 's', count: 'i', kind: ['d', 'k', {}, { a: { x: 'n' }, b: {} }] });
  });

  it('refuses a zod type it cannot express, so nothing is loosened silently', () => {
    expect(() => shapeOf(z.date())).toThrow(/"date" is not supported/);
    expect(() => shapeOf(z.record(z.number(), z.string()))).toThrow(/"record"/);
  });
});
