/**
 * The structure of a JSON value, as plain data: what the public client checks every gateway
 * answer (and its own request bodies) against without shipping zod to the browser. Shapes are
 * derived from core's zod schemas ({@link shapeOf}) and stored in `shapes.ts`; a test keeps the
 * two equal, so core's schemas stay the single source of truth.
 *
 * A shape checks structure and types — required and optional keys, strings, finite numbers,
 * integers, booleans, enum and literal values, `null`, arrays, records, unions — and not the
 * refinements (lengths, patterns, ranges, date formats) the gateway already enforced.
 *
 * - `'s'` string, `'n'` finite number, `'i'` safe integer, `'b'` boolean, `'u'` anything
 * - `{ key: Shape }` an object with these keys (a key whose shape is optional may be missing; other keys pass)
 * - `['e', ...values]` one of these literal values
 * - `['a', item]` an array · `['r', value]` a record with string keys
 * - `['?', inner]` may be `undefined` · `['N', inner]` may be `null`
 * - `['p', prefix]` a string starting with `prefix` (e.g. `unknown:<code>` statuses)
 * - `['|', ...options]` any of the options
 * - `['d', key, common, { [value]: object }]` an object with the `common` keys plus those of the option its
 *   discriminator `key` picks
 *
 * @example
 * ```ts
 * const localizedText: Shape = { vi: 's', en: ['?', 's'] };
 * checkShape(localizedText, { vi: 42 }); // [{ path: ['vi'], code: 'invalid_type', message: 'Expected string, received number' }]
 * ```
 */
export type Shape =
  | 's'
  | 'n'
  | 'i'
  | 'b'
  | 'u'
  | ObjectShape
  | readonly ['e', ...(string | number | boolean | null)[]]
  | readonly ['a' | 'r' | '?' | 'N', Shape]
  | readonly ['p', string]
  | readonly ['|', ...Shape[]]
  | readonly ['d', string, ObjectShape, { readonly [value: string]: ObjectShape }];

/** An object shape: each key's shape. See {@link Shape}. */
export interface ObjectShape {
  readonly [key: string]: Shape;
}

declare const shapeOfType: unique symbol;

/** A {@link Shape} that stands for values of type `T` (a compile-time tag only). */
export type TypedShape<T> = Shape & { readonly [shapeOfType]?: T };

/** One mismatch: where (`path`), a zod-style `code` and an English `message`. */
export interface ShapeIssue {
  path: PropertyKey[];
  code: 'invalid_type' | 'invalid_value' | 'invalid_union';
  message: string;
}

const PRIMITIVES = {
  s: ['string', (v: unknown) => typeof v === 'string'],
  n: ['number', Number.isFinite],
  i: ['integer', Number.isSafeInteger],
  b: ['boolean', (v: unknown) => typeof v === 'boolean'],
  u: ['anything', () => true],
} as const;

const kindOf = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);
const isObject = (value: unknown): value is Record<string, unknown> => kindOf(value) === 'object';

/**
 * Every way `value` differs from `shape` (empty when it matches). Never throws.
 *
 * @example
 * ```ts
 * checkShape(['a', 'i'], [1, 2.5]); // [{ path: [1], code: 'invalid_type', message: 'Expected integer, received number' }]
 * ```
 */
export function checkShape(
  shape: Shape,
  value: unknown,
  path: PropertyKey[] = [],
  issues: ShapeIssue[] = [],
): ShapeIssue[] {
  const fail = (code: ShapeIssue['code'], message: string, at = path) => {
    issues.push({ path: at, code, message });
    return issues;
  };
  const expected = (what: string) => fail('invalid_type', `Expected ${what}, received ${kindOf(value)}`);
  if (typeof shape === 'string') {
    const [what, test] = PRIMITIVES[shape];
    return test(value) ? issues : expected(what);
  }
  if (!Array.isArray(shape)) {
    if (!isObject(value)) return expected('object');
    for (const key of Object.keys(shape)) checkShape((shape as ObjectShape)[key]!, value[key], [...path, key], issues);
    return issues;
  }
  const [tag, inner, common, options] = shape as readonly [string, Shape, ObjectShape, Record<string, ObjectShape>];
  switch (tag) {
    case '?':
    case 'N':
      return value === (tag === '?' ? undefined : null) ? issues : checkShape(inner, value, path, issues);
    case 'e':
      return shape.includes(value as never, 1)
        ? issues
        : fail('invalid_value', `Expected one of ${JSON.stringify(shape.slice(1))}`);
    case 'p':
      return typeof value === 'string' && value.startsWith(inner as string)
        ? issues
        : fail('invalid_value', `Expected a string starting with "${inner as string}"`);
    case 'a':
      if (!Array.isArray(value)) return expected('array');
      value.forEach((item, i) => checkShape(inner, item, [...path, i], issues));
      return issues;
    case 'r':
      if (!isObject(value)) return expected('object');
      for (const key of Object.keys(value)) checkShape(inner, value[key], [...path, key], issues);
      return issues;
    case '|':
      return shape.slice(1).some((option) => checkShape(option as Shape, value).length === 0)
        ? issues
        : fail('invalid_union', 'No option matched');
    default: {
      if (!isObject(value)) return expected('object');
      const key = inner as string;
      const tagValue = value[key];
      if (typeof tagValue !== 'string' || !Object.hasOwn(options, tagValue)) {
        return fail('invalid_union', `Unknown ${key} ${JSON.stringify(tagValue)}`, [...path, key]);
      }
      checkShape(common, value, path, issues);
      return checkShape(options[tagValue]!, value, path, issues);
    }
  }
}
