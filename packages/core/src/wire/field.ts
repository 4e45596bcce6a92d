import * as z from 'zod/mini';
import { defineRecord, type WireOf, type ExtraWireFields } from './define-record';
import type { WireCodec } from './wire-codec';
import { text } from './primitives';

const record = defineRecord({
  /** Mã lĩnh vực — wire: MALINHVUC */
  code: ['MALINHVUC', text()],
  /** Tên lĩnh vực — wire: TENLINHVUC */
  name: ['TENLINHVUC', text()],
  /** Mã ngành (sector/ministry code; OpenCPS filters on it) — wire: MANGANH */
  sectorCode: ['MANGANH', z.optional(text())],
});

/**
 * Codec of a field of administration (lĩnh vực) — wire: `LayDanhMucLinhVuc` result item.
 *
 * @example decodeWire(fieldCodec, { MALINHVUC: 'G09-TP03', TENLINHVUC: 'Hộ tịch', MANGANH: 'G09' }) // { code: 'G09-TP03', name: 'Hộ tịch', sectorCode: 'G09' }
 */
export const fieldCodec: WireCodec<Field, FieldWire> = record.codec;
/** A field as on the wire. */
export type FieldWire = WireOf<typeof record.fields>;
/** Lĩnh vực — a field of administration grouping procedures (e.g. Hộ tịch). */
export interface Field extends ExtraWireFields {
  /** Mã lĩnh vực — wire: MALINHVUC */
  code: string;
  /** Tên lĩnh vực — wire: TENLINHVUC */
  name: string;
  /** Mã ngành (sector/ministry code; OpenCPS filters on it) — wire: MANGANH */
  sectorCode?: string;
}

/** @internal Field table of {@link Field}: `model-interfaces.test.ts` keeps the two equal. */
export type FieldFields = typeof record.fields;
