import * as z from 'zod/mini';
import { NO_INPUT, toWireIssues, WireFormatError } from './wire-format-error';

/**
 * The codec of one portal record: a zod/mini codec between its wire form (portal field
 * names, strings) and its model (camelCase English, decoded values). Core exports one per
 * record (`dossierCodec`, `procedureCodec`, …); read and write records with
 * {@link decodeWire} and {@link encodeWire}, validate wire objects with {@link wireSchemaOf},
 * and nest codecs in your own zod schemas (`z.array(dossierCodec)`).
 */
export type WireCodec<Model, Wire> = z.ZodMiniType<Model, Wire>;

/** A schema that validates a wire object and returns it unchanged (portal field names). */
export type WireSchema<Wire> = z.ZodMiniType<Wire, unknown>;

/**
 * Decodes one record from the portal's wire format into its model.
 * Throws {@link WireFormatError} (`wire.format`) listing every bad field, in wire names.
 *
 * @example decodeWire(dossierCodec, body.data[0]).status // 'processing'
 */
export function decodeWire<Model, Wire>(codec: WireCodec<Model, Wire>, raw: unknown): Model {
  const result = z.safeDecode(codec, raw as Wire);
  if (!result.success) throw new WireFormatError('wire.format', toWireIssues(result.error.issues, raw));
  return result.data as Model;
}

/**
 * Encodes one model into the portal's wire format (dates as `yyyyMMddHHmmss` Vietnam time,
 * unknown fields written back from `extraWireFields`).
 * Throws {@link WireFormatError} (`wire.model`) when the model cannot be written.
 *
 * @example encodeWire(dossierCodec, dossier).TrangThaiHoSo // '4'
 */
export function encodeWire<Model, Wire>(codec: WireCodec<Model, Wire>, model: Model): Wire {
  const result = z.safeEncode(codec, model);
  if (!result.success) throw new WireFormatError('wire.model', toWireIssues(result.error.issues, NO_INPUT));
  return result.data as Wire;
}

const wireSchemas = new WeakMap<object, WireSchema<unknown>>();

/**
 * The wire schema of a record: `z.parse(wireSchemaOf(dossierCodec), raw)` validates a wire
 * object and returns it in the portal's field names (built once per codec).
 *
 * @example z.safeParse(wireSchemaOf(dossierCodec), body.data[0]).success // true
 */
export function wireSchemaOf<Model, Wire>(codec: WireCodec<Model, Wire>): WireSchema<Wire> {
  let schema = wireSchemas.get(codec);
  if (!schema) {
    schema = z.pipe(
      codec,
      z.transform((model) => encodeWire(codec, model as Model)),
    ) as WireSchema<unknown>;
    wireSchemas.set(codec, schema);
  }
  return schema as WireSchema<Wire>;
}
