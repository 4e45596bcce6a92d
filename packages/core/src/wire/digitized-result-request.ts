import * as z from 'zod/mini';
import { defineRecord, type WireOf, type ExtraWireFields } from './define-record';
import type { WireCodec } from './wire-codec';
import { CHANNELS, type DossierChannel } from './enums';
import { enumWithUnknown, text } from './primitives';

const wanted = defineRecord({
  /** Mã kết quả — wire: MaKetQua */
  resultCode: ['MaKetQua', text()],
  /** Số ký hiệu — wire: SoKyHieu */
  documentNumber: ['SoKyHieu', z.optional(text())],
});

/** One result kind a store look-up asks for. */
export interface DigitizedResultWanted extends ExtraWireFields {
  /** Mã kết quả — wire: MaKetQua */
  resultCode: string;
  /** Số ký hiệu — wire: SoKyHieu */
  documentNumber?: string;
}

const record = defineRecord({
  /** Số định danh chủ sở hữu — wire: SoDinhDanhChuSoHuu */
  ownerId: ['SoDinhDanhChuSoHuu', text()],
  /** Họ tên người yêu cầu — wire: HoTenNguoiYeuCau */
  requesterName: ['HoTenNguoiYeuCau', text()],
  /** Kênh thực hiện — wire: KenhThucHien */
  channel: ['KenhThucHien', enumWithUnknown(CHANNELS)],
  /** Số định danh người yêu cầu — wire: SoDinhDanhNguoiYeuCau */
  requesterId: ['SoDinhDanhNguoiYeuCau', text()],
  /** Mã thủ tục — wire: MaThuTuc */
  procedureCode: ['MaThuTuc', text()],
  /** Danh mục kết quả cần tìm — wire: DanhSachDanhMucKetQua */
  wanted: ['DanhSachDanhMucKetQua', z.array(wanted.codec)],
});

/** Codec of a store look-up request (`GetKetQuaGiayTo`). */
export const digitizedResultRequestCodec: WireCodec<DigitizedResultRequest, DigitizedResultRequestWire> = record.codec;
/** A store look-up request as on the wire. */
export type DigitizedResultRequestWire = WireOf<typeof record.fields>;
/** Yêu cầu tra cứu kết quả trong Kho — which results of which owner to look up. */
export interface DigitizedResultRequest extends ExtraWireFields {
  /** Số định danh chủ sở hữu — wire: SoDinhDanhChuSoHuu */
  ownerId: string;
  /** Họ tên người yêu cầu — wire: HoTenNguoiYeuCau */
  requesterName: string;
  /** Kênh thực hiện — wire: KenhThucHien */
  channel: DossierChannel;
  /** Số định danh người yêu cầu — wire: SoDinhDanhNguoiYeuCau */
  requesterId: string;
  /** Mã thủ tục — wire: MaThuTuc */
  procedureCode: string;
  /** Danh mục kết quả cần tìm — wire: DanhSachDanhMucKetQua */
  wanted: DigitizedResultWanted[];
}

/** @internal Field table of {@link DigitizedResultWanted}: `model-interfaces.test.ts` keeps the two equal. */
export type DigitizedResultWantedFields = typeof wanted.fields;
/** @internal Field table of {@link DigitizedResultRequest}: `model-interfaces.test.ts` keeps the two equal. */
export type DigitizedResultRequestFields = typeof record.fields;
