import * as z from 'zod/mini';
import { defineRecord, type ModelOf, type WireOf } from './define-record';
import type { WireCodec } from './wire-codec';
import { CHANNELS } from './enums';
import { enumWithUnknown, text } from './primitives';

const wanted = defineRecord({
  /** Mã kết quả — wire: MaKetQua */
  resultCode: ['MaKetQua', text()],
  /** Số ký hiệu — wire: SoKyHieu */
  documentNumber: ['SoKyHieu', z.optional(text())],
});

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
export type DigitizedResultRequest = ModelOf<typeof record.fields>;
