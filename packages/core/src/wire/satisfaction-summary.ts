import * as z from 'zod/mini';
import { defineRecord, type ModelOf, type RecordSchema, type WireOf, type WireSchema } from './define-record';
import { text, wireInteger, wireMonth, wirePercent } from './primitives';

const serviceRatings = defineRecord({
  /** Tỷ lệ rất hài lòng, % — wire: RatHaiLong */
  verySatisfied: ['RatHaiLong', wirePercent()],
  /** Tỷ lệ hài lòng, % — wire: HaiLong */
  satisfied: ['HaiLong', wirePercent()],
  /** Tỷ lệ không (chưa) hài lòng, % — wire: ChuaHaiLong */
  dissatisfied: ['ChuaHaiLong', wirePercent()],
});

const record = defineRecord({
  /** Kỳ tổng hợp (month, wire `"M-YYYY"`) — wire: NgayTongHop */
  period: ['NgayTongHop', wireMonth()],
  /** Tổng số người đánh giá — wire: TongSoNguoiDanhGia */
  raterCount: ['TongSoNguoiDanhGia', wireInteger()],
  /** Tỷ lệ rất hài lòng, % (wire `"85%"`) — wire: PhanTramDanhGiaRatHaiLong */
  verySatisfiedPercent: ['PhanTramDanhGiaRatHaiLong', wirePercent()],
  /** Tỷ lệ hài lòng, % — wire: PhanTramDanhGiaHaiLong */
  satisfiedPercent: ['PhanTramDanhGiaHaiLong', wirePercent()],
  /** Tỷ lệ không (chưa) hài lòng, % — wire: PhanTramDanhGiaChuaHaiLong */
  dissatisfiedPercent: ['PhanTramDanhGiaChuaHaiLong', wirePercent()],
  /** Đánh giá về dịch vụ, % by level — wire: PhanTramDanhGiaDichVu */
  serviceRatings: ['PhanTramDanhGiaDichVu', z.optional(serviceRatings.codec)],
  /** Nội dung ý kiến (comments) — wire: DanhSachNoiDungYKien */
  comments: ['DanhSachNoiDungYKien', z.optional(z.array(text()))],
  /** Mã thủ tục (when the summary is per procedure) — wire: MaThuTuc */
  procedureCode: ['MaThuTuc', z.optional(text())],
  /** Nội dung — wire: NoiDung */
  content: ['NoiDung', z.optional(text())],
  /** Mã đơn vị — wire: Madonvi (sic, lower-case d) */
  unitCode: ['Madonvi', text()],
  /** Tên đơn vị — wire: TenDonVi */
  unitName: ['TenDonVi', z.optional(text())],
});

/** Codec of a monthly satisfaction summary (tổng hợp đánh giá) — wire: `DongBoDanhGia` item. */
export const satisfactionSummaryCodec: RecordSchema<SatisfactionSummary, SatisfactionSummaryWire> = record.codec;
/** Wire schema of a satisfaction summary. */
export const satisfactionSummaryWireSchema: WireSchema<SatisfactionSummaryWire> = record.wireSchema;
/** A satisfaction summary as on the wire. */
export type SatisfactionSummaryWire = WireOf<typeof record.fields>;
/** Tổng hợp đánh giá — one unit's monthly satisfaction figures (Rất hài lòng / Hài lòng / Không hài lòng). */
export type SatisfactionSummary = ModelOf<typeof record.fields>;

/**
 * Decodes a `DongBoDanhGia` item; throws `WireFormatError`.
 *
 * @example decodeSatisfactionSummary(item).period // { year: 2025, month: 7 }
 */
export const decodeSatisfactionSummary: (input: unknown) => SatisfactionSummary = record.decode;

/** Encodes a satisfaction summary to its wire form. */
export const encodeSatisfactionSummary: (model: SatisfactionSummary) => SatisfactionSummaryWire = record.encode;
