// Test support only: examples/ is left out of the published build (see tsup.config.ts).
import fc from 'fast-check';
import { formatWireDate } from '../../time/vietnam-time';
import { wireKindOf, type WireKind } from '../primitives';

/** Test helper: random VALID wire values for any schema built from `wire/primitives.ts` and `defineRecord`. */
interface Def {
  type: string;
  innerType?: Schema;
  element?: Schema;
  shape?: Record<string, Schema>;
  in?: Schema;
  values?: unknown[];
  options?: Schema[];
}
interface Schema {
  _zod: { def: Def };
}

const SAMPLES = ['Nguyễn Văn Ánh', 'Đăng ký khai sinh', 'UBND xã Cầu Khởi', '000.00.06.H56-231027-0361', ''];

const wireDates = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
  .map((d) => formatWireDate(d));

function fromKind(kind: WireKind): fc.Arbitrary<unknown> {
  switch (kind.kind) {
    case 'text': {
      const max = kind.maxLength ?? 40;
      return fc.oneof(
        fc.string({ maxLength: Math.min(max, 40) }),
        fc.constantFrom(...SAMPLES.map((s) => s.slice(0, max))),
      );
    }
    case 'date':
      return wireDates;
    case 'optional-date':
      return fc.oneof(fc.constant(''), wireDates);
    case 'enum':
      return fc.oneof(
        fc.constantFrom(...kind.raws),
        fc.string({ maxLength: 4 }).filter((s) => !kind.raws.includes(s)),
      );
    case 'integer':
      return fc.integer({ min: -1_000_000, max: 2_000_000_000 }).map(String);
    case 'percent':
      return fc
        .oneof(
          fc.integer({ min: 0, max: 100 }),
          fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100),
        )
        .map((n) => `${n}%`);
    case 'count':
      return fc.nat({ max: 1_000_000 });
    case 'month':
      return fc
        .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1000, max: 9999 }))
        .map(([m, y]) => `${m}-${y}`);
  }
}

/** Random valid wire values for `schema` (a record codec, array, optional or primitive). */
export function arbitraryWire(schema: unknown): fc.Arbitrary<unknown> {
  const s = schema as Schema;
  const kind = wireKindOf(s);
  if (kind) return fromKind(kind);
  const def = s._zod.def;
  switch (def.type) {
    case 'string':
      return fc.string({ maxLength: 40 });
    case 'number':
      return fc.integer({ min: -1000, max: 1000 });
    case 'nullable':
      return fc.oneof(fc.constant(null), arbitraryWire(def.innerType));
    case 'union':
      return fc.oneof(...(def.options ?? []).map((o) => arbitraryWire(o)));
    case 'literal':
      return fc.constant(def.values?.[0]);
    case 'array':
      return fc.array(arbitraryWire(def.element), { maxLength: 3 });
    case 'pipe':
      return arbitraryWire(def.in);
    case 'object': {
      const shape = def.shape ?? {};
      const requiredKeys = Object.keys(shape).filter((k) => shape[k]?._zod.def.type !== 'optional');
      const parts = Object.fromEntries(
        Object.entries(shape).map(([k, v]) => [
          k,
          arbitraryWire(v._zod.def.type === 'optional' ? v._zod.def.innerType : v),
        ]),
      );
      return fc.record(parts, { requiredKeys, noNullPrototype: true });
    }
    default:
      throw new Error(`arbitraryWire: unsupported schema type ${def.type}`);
  }
}
