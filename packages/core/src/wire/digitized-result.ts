import * as z from 'zod/mini';
import { defineRecord, type WireOf, type ExtraWireFields } from './define-record';
import type { WireCodec } from './wire-codec';
import { text } from './primitives';

const attachment = defineRecord({
  /** Tên tệp — wire: TenTep */
  name: ['TenTep', text()],
  /** Đường dẫn (pass it to the file fetch) — wire: DuongDan */
  path: ['DuongDan', text()],
});

/** One attached file of a digitized result. */
export interface DigitizedResultFile extends ExtraWireFields {
  /** Tên tệp — wire: TenTep */
  name: string;
  /** Đường dẫn (pass it to the file fetch) — wire: DuongDan */
  path: string;
}

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
export const digitizedResultCodec: WireCodec<DigitizedResult, DigitizedResultWire> = record.codec;
/** A digitized result as on the wire. */
export type DigitizedResultWire = WireOf<typeof record.fields>;
/** Kết quả số hóa — an electronic result held in the citizen's data store on the portal. */
export interface DigitizedResult extends ExtraWireFields {
  /** Mã kết quả (result type code) — wire: MaKetQua */
  resultCode: string;
  /** Tên giấy tờ — wire: TenGiayTo */
  name: string;
  /** Số ký hiệu (document number) — wire: SoKyHieu */
  documentNumber?: string;
  /** Cơ quan chủ quản (owning agency; pass it to the file fetch) — wire: CoQuanChuQuan */
  owningAgency?: string;
  /** Tệp đính kèm — wire: DanhSachTepDinhKem */
  files?: DigitizedResultFile[];
}

/** @internal Field table of {@link DigitizedResultFile}: `model-interfaces.test.ts` keeps the two equal. */
export type DigitizedResultFileFields = typeof attachment.fields;
/** @internal Field table of {@link DigitizedResult}: `model-interfaces.test.ts` keeps the two equal. */
export type DigitizedResultFields = typeof record.fields;
