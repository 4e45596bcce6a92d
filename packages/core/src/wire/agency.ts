import * as z from 'zod/mini';
import { defineRecord, type ModelOf, type RecordSchema, type WireOf, type WireSchema } from './define-record';
import { text } from './primitives';

const record = defineRecord({
  /** Mã cơ quan (mã định danh, e.g. `000.00.06.H56`) — wire: MaCoQuan */
  code: ['MaCoQuan', text()],
  /** Tên cơ quan — wire: TenCoQuan */
  name: ['TenCoQuan', text()],
  /** Mã đơn vị (the unit whose catalogue lists the agency) — wire: MaDonVi */
  unitCode: ['MaDonVi', z.optional(text())],
  /** Tên đơn vị — wire: TenDonVi */
  unitName: ['TenDonVi', z.optional(text())],
  /** Mã cơ quan cha — wire: MaCoQuanCha */
  parentCode: ['MaCoQuanCha', z.optional(text())],
  /** Địa chỉ — wire: DiaChi */
  address: ['DiaChi', z.optional(text())],
  /** Số điện thoại — wire: SoDienThoai */
  phone: ['SoDienThoai', z.optional(text())],
  /** Thư điện tử — wire: Email */
  email: ['Email', z.optional(text())],
});

/** Codec of an agency (cơ quan) — wire: `LayDanhMucCoQuan` result item. */
export const agencyCodec: RecordSchema<Agency, AgencyWire> = record.codec;
/** Wire schema of an agency. */
export const agencyWireSchema: WireSchema<AgencyWire> = record.wireSchema;
/** An agency as on the wire. */
export type AgencyWire = WireOf<typeof record.fields>;
/** Cơ quan — an agency that receives or handles dossiers. */
export type Agency = ModelOf<typeof record.fields>;

/** Decodes a `LayDanhMucCoQuan` item; throws `WireFormatError`. */
export const decodeAgency: (input: unknown) => Agency = record.decode;

/** Encodes an agency to its wire form. */
export const encodeAgency: (model: Agency) => AgencyWire = record.encode;
