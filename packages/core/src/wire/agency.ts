import * as z from 'zod/mini';
import { defineRecord, type WireOf, type ExtraWireFields } from './define-record';
import type { WireCodec } from './wire-codec';
import { lenientText, text } from './primitives';

const record = defineRecord({
  /** Mã đơn vị (mã định danh, e.g. `000.50.20.H66`) — wire: MADONVI */
  code: ['MADONVI', text()],
  /** Tên đơn vị — wire: TENDONVI */
  name: ['TENDONVI', text()],
  /** Cấp đơn vị (as published; OpenCPS reads it as an integer level, meaning not public) — wire: CAPDONVI */
  level: ['CAPDONVI', z.optional(lenientText())],
  /**
   * Mã cơ quan cha — wire: MaCoQuanCha. **Sandbox extension**: not in the observed answer;
   * present only when the portal (or the extended sandbox) sends it.
   */
  parentCode: ['MaCoQuanCha', z.optional(text())],
});

/** Codec of an agency (cơ quan) — wire: `LayDanhMucCoQuan` result item. */
export const agencyCodec: WireCodec<Agency, AgencyWire> = record.codec;
/** An agency as on the wire. */
export type AgencyWire = WireOf<typeof record.fields>;
/** Cơ quan, đơn vị — an agency that receives or handles dossiers (`LayDanhMucCoQuan`). */
export interface Agency extends ExtraWireFields {
  /** Mã đơn vị (mã định danh, e.g. `000.50.20.H66`) — wire: MADONVI */
  code: string;
  /** Tên đơn vị — wire: TENDONVI */
  name: string;
  /** Cấp đơn vị (as published; OpenCPS reads it as an integer level, meaning not public) — wire: CAPDONVI */
  level?: string;
  /**
   * Mã cơ quan cha — wire: MaCoQuanCha. **Sandbox extension**: not in the observed answer;
   * present only when the portal (or the extended sandbox) sends it.
   */
  parentCode?: string;
}

/** @internal Field table of {@link Agency}: `model-interfaces.test.ts` keeps the two equal. */
export type AgencyFields = typeof record.fields;
