import * as z from 'zod/mini';
import { formatWireDate, parseWireDate } from '../time/vietnam-time';

/**
 * A value the portal sent that this version of DVC Kit does not know yet (a future
 * status code, channel, …), kept as `unknown:<raw>` so one new code never fails a
 * whole response. Encoding writes `<raw>` back, so nothing is lost.
 */
export type Unknown = `unknown:${string}`;

const UNKNOWN_PREFIX = 'unknown:';

/**
 * How a primitive looks on the wire, kept beside its schema so tests and tools
 * (e.g. random fixture generators) can walk a record without guessing.
 * Internal: not exported from the package.
 */
export type WireKind =
  | { kind: 'text'; maxLength?: number }
  | { kind: 'date' }
  | { kind: 'optional-date' }
  | { kind: 'enum'; raws: readonly string[] }
  | { kind: 'integer' }
  | { kind: 'percent' }
  | { kind: 'month' }
  | { kind: 'count' };

const kinds = new WeakMap<object, WireKind>();

/** The wire kind a primitive schema was built with, if any (internal). */
export function wireKindOf(schema: object): WireKind | undefined {
  return kinds.get(schema);
}

function tagged<T extends object>(schema: T, kind: WireKind): T {
  kinds.set(schema, kind);
  return schema;
}

/** Free text on the wire, optionally capped (the portal truncates or rejects longer text). */
export function text(maxLength?: number) {
  const schema =
    maxLength === undefined ? z.string() : z.string().check(z.maxLength(maxLength, { message: 'wire.too-long' }));
  return tagged(schema, maxLength === undefined ? { kind: 'text' } : { kind: 'text', maxLength });
}

/** A wire date string as the portal writes it: `yyyyMMddHHmmss`, Vietnam time. */
/**
 * `parseWireDate`, remembering the last string: zod checks a wire date and then decodes
 * it, so each date would be parsed twice. Only the instant is kept; every call returns
 * a fresh `Date` (callers may mutate theirs).
 */
let lastText: string | undefined;
let lastTime: number | undefined;
function parseWireDateOnce(text: string): Date | undefined {
  if (text !== lastText) {
    lastTime = parseWireDate(text)?.getTime();
    lastText = text;
  }
  return lastTime === undefined ? undefined : new Date(lastTime);
}

const wireDateString = z.string().check(z.refine((s) => parseWireDateOnce(s) !== undefined, { message: 'wire.date' }));

/** Wire precision is one second; the model's milliseconds are dropped on encoding. */
const modelDate = z.date().check(
  z.refine(
    (d) => {
      const year = d.getUTCFullYear();
      return year >= 1000 && year <= 9998;
    },
    { message: 'wire.date-range' },
  ),
);

/**
 * A date on the wire (`yyyyMMddHHmmss`, Asia/Ho_Chi_Minh whatever the host's zone) ↔ `Date`.
 *
 * @example z.decode(wireDate(), '20231027083000') // 2023-10-27T01:30:00.000Z
 */
export function wireDate() {
  return tagged(
    z.codec(wireDateString, modelDate, {
      decode: (s) => parseWireDateOnce(s) as Date,
      encode: (d) => formatWireDate(d),
    }),
    { kind: 'date' },
  );
}

/**
 * A date the portal may leave blank: `''` ↔ `null` ("not set yet", as one-stop systems
 * send it; a JSON `null`, as the Thanh Hóa system writes it, decodes to `null` too and is
 * written back as `''`), otherwise as {@link wireDate}. An absent field stays absent (`undefined`).
 */
export function blankableDate() {
  return tagged(
    z.codec(
      z.nullable(
        z.string().check(z.refine((s) => s === '' || parseWireDateOnce(s) !== undefined, { message: 'wire.date' })),
      ),
      z.nullable(modelDate),
      {
        decode: (s) => (s === null || s === '' ? null : (parseWireDateOnce(s) as Date)),
        encode: (d) => (d === null ? '' : formatWireDate(d)),
      },
    ),
    { kind: 'optional-date' },
  );
}

type Raw<M> = Extract<keyof M, string>;

/**
 * An enumeration on the wire (`"1"`, `"2"`, …) ↔ a named value, with every other raw
 * value kept as `unknown:<raw>`.
 *
 * @example
 * const channel = enumWithUnknown({ '1': 'direct', '2': 'online', '3': 'postal' } as const);
 * z.decode(channel, '2') // 'online';  z.decode(channel, '9') // 'unknown:9'
 */
export function enumWithUnknown<const M extends Readonly<Record<string, string | boolean>>>(mapping: M) {
  type Value = M[keyof M] | Unknown;
  const byValue = new Map<unknown, string>();
  for (const [raw, value] of Object.entries(mapping)) byValue.set(value, raw);
  const isValue = (v: unknown): v is Value =>
    byValue.has(v) ||
    (typeof v === 'string' && v.startsWith(UNKNOWN_PREFIX) && !Object.hasOwn(mapping, v.slice(UNKNOWN_PREFIX.length)));
  return tagged(
    z.codec(z.string(), z.custom<M[keyof M] | Unknown>(isValue, { message: 'wire.enum-value' }), {
      decode: (raw): Value => (Object.hasOwn(mapping, raw) ? (mapping[raw as Raw<M>] as Value) : `unknown:${raw}`),
      encode: (value) => byValue.get(value) ?? (value as string).slice(UNKNOWN_PREFIX.length),
    }),
    { kind: 'enum', raws: Object.keys(mapping) },
  );
}

/** A yes/no flag on the wire: `"1"` ↔ `true`, `"0"` ↔ `false`; anything else is kept as `unknown:<raw>`. */
export function flag() {
  return enumWithUnknown({ '0': false, '1': true } as const);
}

/**
 * A .NET-style boolean on the wire, as one-stop systems write `IsDeleted` and `isUpdating`:
 * `"True"` ↔ `true`, `"False"` ↔ `false`; anything else is kept as `unknown:<raw>`.
 *
 * @example z.decode(trueFalse(), 'True') // true;  z.encode(trueFalse(), false) // 'False'
 */
export function trueFalse() {
  return enumWithUnknown({ False: false, True: true } as const);
}

/**
 * Text the portal usually writes as a string but sometimes as a JSON number (`KENH: 2`,
 * `SOTIEN: 8000` in `LayThuTuc`, read with `getInt` by OpenCPS). Decodes both to a string;
 * encodes a string.
 */
export function lenientText() {
  return tagged(
    z.codec(z.union([z.string(), z.number()]), z.string(), { decode: (v) => String(v), encode: (s) => s }),
    { kind: 'text' },
  );
}

/**
 * {@link enumWithUnknown} that also accepts the raw value as a JSON number (`TRANGTHAI: 1`).
 * Encodes the raw string.
 */
export function lenientEnum<const M extends Readonly<Record<string, string | boolean>>>(mapping: M) {
  const inner = enumWithUnknown(mapping);
  return tagged(
    z.pipe(
      z.codec(z.union([z.string(), z.number()]), z.string(), { decode: (v) => String(v), encode: (s) => s }),
      inner,
    ),
    { kind: 'enum', raws: Object.keys(mapping) },
  );
}

/**
 * A count the portal writes as a JSON number (`TongSoNguoiDanhGia: 42`) ↔ `number`. A
 * canonical integer string (`"42"`) is accepted too; encoding writes the number.
 */
export function wireCount() {
  return tagged(
    z.codec(
      z.union([
        z.number().check(z.refine((n) => Number.isSafeInteger(n) && n >= 0, { message: 'wire.integer' })),
        z
          .string()
          .check(
            z.refine((s) => /^(0|[1-9]\d*)$/.test(s) && Number.isSafeInteger(Number(s)), { message: 'wire.integer' }),
          ),
      ]),
      z.number().check(z.refine((n) => Number.isSafeInteger(n) && n >= 0, { message: 'wire.integer' })),
      { decode: (v) => Number(v), encode: (n) => n },
    ),
    { kind: 'count' },
  );
}

const INTEGER = /^(0|-?[1-9]\d*)$/;

/**
 * A whole number written as a string (`"150000"`) ↔ `number`. Only the canonical
 * form is accepted (no `"+1"`, `"01"`, `"1.0"`), so every value round-trips exactly.
 */
export function wireInteger() {
  return tagged(
    z.codec(
      z
        .string()
        .check(z.refine((s) => INTEGER.test(s) && Number.isSafeInteger(Number(s)), { message: 'wire.integer' })),
      z.number().check(z.refine((n) => Number.isSafeInteger(n), { message: 'wire.integer' })),
      { decode: (s) => Number(s), encode: (n) => String(n) },
    ),
    { kind: 'integer' },
  );
}

/**
 * {@link wireInteger} that also accepts a JSON number (`"SoTien": 8000` in OpenCPS's PayGov
 * receipt lines, where TH writes `"8000"`) ↔ `number`. Encoding writes the canonical string.
 */
export function lenientInteger() {
  const whole = z.number().check(z.refine((n) => Number.isSafeInteger(n), { message: 'wire.integer' }));
  return tagged(
    z.codec(
      z.union([
        z
          .string()
          .check(z.refine((s) => INTEGER.test(s) && Number.isSafeInteger(Number(s)), { message: 'wire.integer' })),
        whole,
      ]),
      whole,
      { decode: (v) => Number(v), encode: (n) => String(n) },
    ),
    { kind: 'integer' },
  );
}

const PERCENT = /^(0|[1-9]\d{0,2})(\.\d*[1-9])?%$/;

/** A percentage as the portal writes it (`"85%"`, `"12.5%"`) ↔ `number` (85, 12.5). Canonical form only. */
export function wirePercent() {
  return tagged(
    z.codec(
      z.string().check(z.refine((s) => PERCENT.test(s) && Number(s.slice(0, -1)) <= 100, { message: 'wire.percent' })),
      z.number().check(z.refine((n) => n <= 100 && PERCENT.test(`${n}%`), { message: 'wire.percent' })),
      { decode: (s) => Number(s.slice(0, -1)), encode: (n) => `${n}%` },
    ),
    { kind: 'percent' },
  );
}

/** A calendar month. */
export interface Month {
  /** Năm. */
  year: number;
  /** Tháng, 1–12. */
  month: number;
}

const MONTH = /^([1-9]|1[0-2])-(\d{4})$/;

/** A month as the portal writes it, `"M-YYYY"` (`"7-2025"`) ↔ `{ year: 2025, month: 7 }`. */
export function wireMonth() {
  return tagged(
    z.codec(
      z.string().check(z.refine((s) => MONTH.test(s) && Number(s.slice(-4)) >= 1000, { message: 'wire.month' })),
      z.object({
        year: z.int().check(z.gte(1000), z.lte(9999)),
        month: z.int().check(z.gte(1), z.lte(12)),
      }),
      {
        decode: (s) => {
          const [month, year] = s.split('-').map(Number) as [number, number];
          return { year, month };
        },
        encode: (m) => `${m.month}-${m.year}`,
      },
    ),
    { kind: 'month' },
  );
}
