import * as z from 'zod/mini';
import type { WireCodec } from './wire-codec';

/** One model field: its wire name and the schema of its wire value (a codec when the model differs). */
export type FieldSpec = readonly [wireName: string, schema: z.ZodMiniType];

/** A record's field table, keyed by model (camelCase) names. */
export type FieldSpecs = Readonly<Record<string, FieldSpec>>;

type WireShape<F extends FieldSpecs> = { -readonly [K in keyof F as F[K][0]]: F[K][1] };
type ModelShape<F extends FieldSpecs> = { -readonly [K in keyof F]: F[K][1] };

/** The wire type of a field table: portal field names, string values. */
export type WireOf<F extends FieldSpecs> = z.input<z.ZodMiniObject<WireShape<F>>>;

/** Wire fields a record does not know, kept so that re-encoding loses nothing. */
export interface ExtraWireFields {
  /**
   * Fields the portal sent that this version of DVC Kit does not know (a newer portal),
   * in portal names and unvalidated; written back unchanged by `encode`. Absent when none.
   * (A field literally named `__proto__` is dropped: zod guards against prototype pollution.)
   */
  extraWireFields?: Readonly<Record<string, unknown>>;
}

/** The model type of a field table: camelCase names, decoded values. */
export type ModelOf<F extends FieldSpecs> = z.output<z.ZodMiniObject<ModelShape<F>>> & ExtraWireFields;

/** @deprecated Use {@link WireCodec}: the same type under the name the generic functions use. */
export type RecordSchema<Model, Wire> = WireCodec<Model, Wire>;

/** What {@link defineRecord} builds for one portal record. */
export interface RecordCodec<F extends FieldSpecs> {
  /** The field table it was built from. */
  readonly fields: F;
  /** zod/mini codec: `z.decode(codec, wire)` → model, `z.encode(codec, model)` → wire. Nest it in other records. */
  readonly codec: z.ZodMiniCodec<z.ZodMiniObject<WireShape<F>>, z.ZodMiniCustom<ModelOf<F>, ModelOf<F>>>;
}

function toModelObject(wire: Record<string, unknown>, names: ReadonlyMap<string, string>): Record<string, unknown> {
  const model: Record<string, unknown> = {};
  let extra: Record<string, unknown> | undefined;
  // Object.keys, not Object.entries: no [key, value] pair allocated per field.
  for (const key of Object.keys(wire)) {
    const value = wire[key];
    const name = names.get(key);
    if (name !== undefined) model[name] = value;
    // defineProperty: a field literally named `__proto__` must stay data, not become a prototype.
    else Object.defineProperty((extra ??= {}), key, { value, enumerable: true, writable: true, configurable: true });
  }
  if (extra !== undefined) model.extraWireFields = extra;
  return model;
}

function toWireObject(model: Record<string, unknown>, names: ReadonlyMap<string, string>): Record<string, unknown> {
  const wire: Record<string, unknown> = { ...(model.extraWireFields as Record<string, unknown> | undefined) };
  for (const [name, key] of names) if (Object.hasOwn(model, name)) wire[key] = model[name];
  return wire;
}

/**
 * Builds the codec of one portal record from a table `modelName: [wireName, wireSchema]`.
 * Unlisted wire fields are kept in `extraWireFields` and written back; optional fields stay absent when absent
 * (never turned into `''`), so `decode(encode(m))` equals `m` and `encode(decode(w))` equals `w`.
 *
 * @example
 * const field = defineRecord({ code: ['MaLinhVuc', text()], name: ['TenLinhVuc', text()] });
 * decodeWire(field.codec, { MaLinhVuc: 'G01', TenLinhVuc: 'Hộ tịch' }) // { code: 'G01', name: 'Hộ tịch' }
 */
export function defineRecord<const F extends FieldSpecs>(fields: F): RecordCodec<F> {
  const entries = Object.entries(fields) as [string, FieldSpec][];
  const modelNames = new Map(entries.map(([model, [wire]]) => [wire, model]));
  const wireNames = new Map(entries.map(([model, [wire]]) => [model, wire]));
  // Loose at run time so unknown fields reach `extraWireFields`; typed without them.
  const wireObject = z.looseObject(
    Object.fromEntries(entries.map(([, [wire, schema]]) => [wire, schema])),
  ) as unknown as z.ZodMiniObject<WireShape<F>>;
  const codec = z.codec(wireObject, z.custom<ModelOf<F>>(), {
    decode: (wire) => toModelObject(wire as Record<string, unknown>, modelNames) as ModelOf<F>,
    encode: (model) => toWireObject(model as Record<string, unknown>, wireNames) as z.output<typeof wireObject>,
  });
  return { fields, codec };
}
