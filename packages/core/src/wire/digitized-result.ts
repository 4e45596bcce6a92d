import * as z from 'zod/mini';
import { defineRecord, type ModelOf, type RecordSchema, type WireOf, type WireSchema } from './define-record';
import { text } from './primitives';

const attachment = defineRecord({
  /** Tên tệp — wire: TenTep */
  name: ['TenTep', text()],
  /** Đường dẫn (pass it to the file fetch) — wire: DuongDan */
  path: ['DuongDan', text()],
});

const record = defineRecord({
  /** Mã kết quả (result type code) — wire: MaKetQua */
  resultCode: ['MaKetQua', text()],
  /** Tên giấy tờ — wire: TenGiayTo */
  name: ['TenGiayTo', text()],
  /** Số ký hiệu (document number) — wire: SoKyHieu */
  documentNumber: ['SoKyHieu', z.optional(text())],
  /** Cơ quan chủ quản (owning agency; pass it to the file fetch) — wire: CoQuanChuQuan */
  owningAgency: ['CoQuanChuQuan', z.optional(text())],
  /** Tệp đính kèm — wire: DanhSachTepDinhKem */
  files: ['DanhSachTepDinhKem', z.optional(z.array(attachment.codec))],
});

/** Codec of a digitized result in the portal's store (Kho) — wire: `DanhSachGiayToKetQua` item of `GetKetQuaGiayTo`. */
export const digitizedResultCodec: RecordSchema<DigitizedResult, DigitizedResultWire> = record.codec;
/** Wire schema of a digitized result. */
export const digitizedResultWireSchema: WireSchema<DigitizedResultWire> = record.wireSchema;
/** A digitized result as on the wire. */
export type DigitizedResultWire = WireOf<typeof record.fields>;
/** Kết quả số hóa — an electronic result held in the citizen's data store on the portal. */
export type DigitizedResult = ModelOf<typeof record.fields>;

/** Decodes a digitized result; throws `WireFormatError`. */
export const decodeDigitizedResult: (input: unknown) => DigitizedResult = record.decode;

/** Encodes a digitized result to its wire form. */
export const encodeDigitizedResult: (model: DigitizedResult) => DigitizedResultWire = record.encode;
