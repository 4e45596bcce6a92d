import * as z from 'zod/mini';
import { defineRecord, type WireOf, type ExtraWireFields } from './define-record';
import type { WireCodec } from './wire-codec';
import { text, wireCount, wireMonth, wirePercent, type Month } from './primitives';

const record = defineRecord({
  /** Kỳ tổng hợp (month, wire `"M-YYYY"`, e.g. `"12-2025"`, `"3-2026"`) — wire: NgayTongHop */
  period: ['NgayTongHop', wireMonth()],
  /** Tổng số người đánh giá (a JSON number) — wire: TongSoNguoiDanhGia */
  raterCount: ['TongSoNguoiDanhGia', wireCount()],
  /** Tỷ lệ rất hài lòng, % (wire `"61%"`) — wire: PhanTramDanhGiaRatHaiLong */
  verySatisfiedPercent: ['PhanTramDanhGiaRatHaiLong', wirePercent()],
  /** Tỷ lệ hài lòng, % — wire: PhanTramDanhGiaHaiLong */
  satisfiedPercent: ['PhanTramDanhGiaHaiLong', wirePercent()],
  /** Tỷ lệ chưa hài lòng, % — wire: PhanTramDanhGiaChuaHaiLong */
  dissatisfiedPercent: ['PhanTramDanhGiaChuaHaiLong', wirePercent()],
  /** Nội dung ý kiến (OpenCPS sends `""`) — wire: DanhSachNoiDungYKien */
  comments: ['DanhSachNoiDungYKien', z.optional(text())],
  /** Mã thủ tục (OpenCPS sends `""`; whether it may be filled is unknown) — wire: MaThuTuc */
  procedureCode: ['MaThuTuc', z.optional(text())],
  /** Nội dung — the survey question this item answers — wire: NoiDung */
  question: ['NoiDung', z.optional(text())],
  /** Dịch vụ rất hài lòng, % (flat; OpenCPS repeats the first trio) — wire: PhanTramDanhGiaDichVuRatHaiLong */
  serviceVerySatisfiedPercent: ['PhanTramDanhGiaDichVuRatHaiLong', z.optional(wirePercent())],
  /** Dịch vụ hài lòng, % — wire: PhanTramDanhGiaDichVuHaiLong */
  serviceSatisfiedPercent: ['PhanTramDanhGiaDichVuHaiLong', z.optional(wirePercent())],
  /** Dịch vụ chưa hài lòng, % — wire: PhanTramDanhGiaDichVuChuaHaiLong */
  serviceDissatisfiedPercent: ['PhanTramDanhGiaDichVuChuaHaiLong', z.optional(wirePercent())],
  /** Mã đơn vị — wire: Madonvi (sic, lower-case d) */
  unitCode: ['Madonvi', text()],
  /** Tên đơn vị — wire: TenDonVi */
  unitName: ['TenDonVi', z.optional(text())],
});

/**
 * Codec of a monthly satisfaction summary for one survey question (tổng hợp đánh giá) — wire: `DongBoDanhGia` item.
 *
 * @example decodeWire(satisfactionSummaryCodec, item).period // { year: 2025, month: 7 }
 */
export const satisfactionSummaryCodec: WireCodec<SatisfactionSummary, SatisfactionSummaryWire> = record.codec;
/** A satisfaction summary as on the wire. */
export type SatisfactionSummaryWire = WireOf<typeof record.fields>;
/** Tổng hợp đánh giá — one unit's monthly satisfaction figures (Rất hài lòng / Hài lòng / Không hài lòng). */
export interface SatisfactionSummary extends ExtraWireFields {
  /** Kỳ tổng hợp (month, wire `"M-YYYY"`, e.g. `"12-2025"`, `"3-2026"`) — wire: NgayTongHop */
  period: Month;
  /** Tổng số người đánh giá (a JSON number) — wire: TongSoNguoiDanhGia */
  raterCount: number;
  /** Tỷ lệ rất hài lòng, % (wire `"61%"`) — wire: PhanTramDanhGiaRatHaiLong */
  verySatisfiedPercent: number;
  /** Tỷ lệ hài lòng, % — wire: PhanTramDanhGiaHaiLong */
  satisfiedPercent: number;
  /** Tỷ lệ chưa hài lòng, % — wire: PhanTramDanhGiaChuaHaiLong */
  dissatisfiedPercent: number;
  /** Nội dung ý kiến (OpenCPS sends `""`) — wire: DanhSachNoiDungYKien */
  comments?: string;
  /** Mã thủ tục (OpenCPS sends `""`; whether it may be filled is unknown) — wire: MaThuTuc */
  procedureCode?: string;
  /** Nội dung — the survey question this item answers — wire: NoiDung */
  question?: string;
  /** Dịch vụ rất hài lòng, % (flat; OpenCPS repeats the first trio) — wire: PhanTramDanhGiaDichVuRatHaiLong */
  serviceVerySatisfiedPercent?: number;
  /** Dịch vụ hài lòng, % — wire: PhanTramDanhGiaDichVuHaiLong */
  serviceSatisfiedPercent?: number;
  /** Dịch vụ chưa hài lòng, % — wire: PhanTramDanhGiaDichVuChuaHaiLong */
  serviceDissatisfiedPercent?: number;
  /** Mã đơn vị — wire: Madonvi (sic, lower-case d) */
  unitCode: string;
  /** Tên đơn vị — wire: TenDonVi */
  unitName?: string;
}

/**
 * The three whole percentages of one survey question as OpenCPS computes them: integer
 * division for "very satisfied" and "satisfied", the rest for "not yet satisfied" — except
 * that the rest is forced to 0 when both others are 0 (so an all-dissatisfied month reads
 * 0/0/0, as the corpus shows).
 *
 * @example satisfactionPercentages(25, 12, 42) // [59, 28, 13]
 */
export function satisfactionPercentages(
  verySatisfied: number,
  satisfied: number,
  total: number,
): [number, number, number] {
  if (total <= 0) return [0, 0, 0];
  const very = Math.floor((verySatisfied * 100) / total);
  const sat = Math.floor((satisfied * 100) / total);
  return [very, sat, very === 0 && sat === 0 ? 0 : 100 - very - sat];
}

/** @internal Field table of {@link SatisfactionSummary}: `model-interfaces.test.ts` keeps the two equal. */
export type SatisfactionSummaryFields = typeof record.fields;
