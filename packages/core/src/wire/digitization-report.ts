import * as z from 'zod/mini';
import { defineRecord, type WireOf, type ExtraWireFields } from './define-record';
import type { WireCodec } from './wire-codec';
import { text, wireDate, wireInteger } from './primitives';

/**
 * A figure of the report: a JSON number, or a numeric string (`"19.17"`) as some reports
 * write them; the model is a finite `number`, written back as a JSON number.
 */
const figure = () =>
  z.codec(
    z.union([z.number(), z.string().check(z.refine((s) => /^-?\d+(\.\d+)?$/.test(s), { message: 'wire.number' }))]),
    z.number().check(z.refine((n) => Number.isFinite(n), { message: 'wire.number' })),
    { decode: (v) => Number(v), encode: (n) => n },
  );

const scoreMaxima = defineRecord({
  /** Tiến độ giải quyết — wire: TDGQ */
  progress: ['TDGQ', figure()],
  /** Dịch vụ công trực tuyến — wire: DVCTT */
  onlineService: ['DVCTT', figure()],
  /** Thanh toán trực tuyến — wire: TTTT */
  onlinePayment: ['TTTT', figure()],
  /** Mức độ hài lòng — wire: MDHL */
  satisfaction: ['MDHL', figure()],
  /** Mức độ số hóa hồ sơ — wire: MDSH */
  digitization: ['MDSH', figure()],
});

/** The maximum of each score column, as the report states it. */
export interface DigitizationScoreMaxima extends ExtraWireFields {
  /** Tiến độ giải quyết — wire: TDGQ */
  progress: number;
  /** Dịch vụ công trực tuyến — wire: DVCTT */
  onlineService: number;
  /** Thanh toán trực tuyến — wire: TTTT */
  onlinePayment: number;
  /** Mức độ hài lòng — wire: MDHL */
  satisfaction: number;
  /** Mức độ số hóa hồ sơ — wire: MDSH */
  digitization: number;
}

const counts = defineRecord({
  /** Hồ sơ tiếp nhận — wire: TIEP_NHAN */
  received: ['TIEP_NHAN', figure()],
  /** Có số hóa thành phần hồ sơ — wire: CO_SO_HOA_TPHS */
  digitizedParts: ['CO_SO_HOA_TPHS', figure()],
  /** Chưa số hóa thành phần hồ sơ — wire: CHUA_SO_HOA_TPHS */
  undigitizedParts: ['CHUA_SO_HOA_TPHS', z.optional(figure())],
  /** Có tái sử dụng thành phần hồ sơ — wire: CO_TAI_SU_DUNG_TPHS */
  reusedParts: ['CO_TAI_SU_DUNG_TPHS', figure()],
  /** Đã giải quyết — wire: DA_GIAI_QUYET */
  solved: ['DA_GIAI_QUYET', figure()],
  /** Đã số hóa kết quả — wire: DA_SO_HOA_KQ */
  resultsDigitized: ['DA_SO_HOA_KQ', figure()],
  /** Chưa số hóa kết quả — wire: CHUA_SO_HOA_KQ */
  resultsUndigitized: ['CHUA_SO_HOA_KQ', z.optional(figure())],
});

/** Dossier counts behind the digitization score. */
export interface DigitizationCounts extends ExtraWireFields {
  /** Hồ sơ tiếp nhận — wire: TIEP_NHAN */
  received: number;
  /** Có số hóa thành phần hồ sơ — wire: CO_SO_HOA_TPHS */
  digitizedParts: number;
  /** Chưa số hóa thành phần hồ sơ — wire: CHUA_SO_HOA_TPHS */
  undigitizedParts?: number;
  /** Có tái sử dụng thành phần hồ sơ — wire: CO_TAI_SU_DUNG_TPHS */
  reusedParts: number;
  /** Đã giải quyết — wire: DA_GIAI_QUYET */
  solved: number;
  /** Đã số hóa kết quả — wire: DA_SO_HOA_KQ */
  resultsDigitized: number;
  /** Chưa số hóa kết quả — wire: CHUA_SO_HOA_KQ */
  resultsUndigitized?: number;
}

const week = defineRecord({
  /** Tuần (1 = the week of 1 July 2025) — wire: TUAN */
  week: ['TUAN', figure()],
  /** Từ ngày (Monday 00:00, Vietnam time) — wire: TU_NGAY */
  from: ['TU_NGAY', wireDate()],
  /** Đến ngày (Sunday 23:59:59) — wire: DEN_NGAY */
  to: ['DEN_NGAY', wireDate()],
  /** Hồ sơ tiếp nhận trong tuần (a string on the wire) — wire: TIEP_NHAN */
  received: ['TIEP_NHAN', wireInteger()],
  /** Điểm số hóa hồ sơ — wire: MDSH */
  digitization: ['MDSH', figure()],
  /** Tổng điểm — wire: TONG_SCORE */
  total: ['TONG_SCORE', figure()],
  /** Xếp hạng trong tuần (by digitization) — wire: XEP_HANG */
  rank: ['XEP_HANG', figure()],
});

const record = defineRecord({
  /** Mã cơ quan — wire: MA_COQUAN */
  agencyCode: ['MA_COQUAN', text()],
  /** Tên cơ quan — wire: TEN */
  name: ['TEN', text()],
  /** Mã đơn vị hành chính (2025 unit code) — wire: MA_DVHC */
  unitCode: ['MA_DVHC', z.optional(text())],
  /**
   * Điểm công khai, minh bạch (/18) — wire: CKMB. Optional: neither the portal report nor the
   * sandbox carries it today (no formula is known), so absent means "not reported", never 0.
   * The column name is an assumption, following the other score columns (TDGQ, DVCTT, …).
   */
  publicity: ['CKMB', z.optional(figure())],
  /** Điểm tiến độ giải quyết — wire: TDGQ */
  progress: ['TDGQ', figure()],
  /** Điểm dịch vụ công trực tuyến — wire: DVCTT */
  onlineService: ['DVCTT', figure()],
  /** Điểm thanh toán trực tuyến — wire: TTTT */
  onlinePayment: ['TTTT', figure()],
  /** Điểm mức độ hài lòng — wire: MDHL */
  satisfaction: ['MDHL', figure()],
  /** Điểm mức độ số hóa hồ sơ — wire: MDSH */
  digitization: ['MDSH', figure()],
  /** Tổng điểm of the reported parts (the sandbox: /82, no CKMB) — wire: TONG_SCORE */
  total: ['TONG_SCORE', figure()],
  /** Điểm tối đa of each part — wire: DIEM_TOI_DA */
  maxima: ['DIEM_TOI_DA', z.optional(scoreMaxima.codec)],
  /** Xếp hạng theo số hóa among the province's communes (1 = best) — wire: XEP_HANG */
  rank: ['XEP_HANG', figure()],
  /** Xếp hạng theo tổng điểm — wire: XEP_HANG_TONG */
  overallRank: ['XEP_HANG_TONG', figure()],
  /** Số đơn vị được xếp hạng — wire: SO_DON_VI */
  of: ['SO_DON_VI', figure()],
  /** Chỉ tiêu số hóa (dossier counts) — wire: CHI_TIEU_SO_HOA */
  counts: ['CHI_TIEU_SO_HOA', counts.codec],
  /** Lịch sử theo tuần, oldest first (only when one agency is asked for) — wire: LICH_SU */
  history: ['LICH_SU', z.optional(z.array(week.codec))],
});

/**
 * Codec of a digitization report row — wire: a `result` item of `BaoCaoSoHoa` (sandbox extension).
 *
 * @example decodeWire(digitizationReportRowCodec, answer.result[0]).rank // 68
 */
export const digitizationReportRowCodec: WireCodec<DigitizationReportRow, DigitizationReportRowWire> = record.codec;
/** A digitization report row as on the wire (766-style upper-case columns). */
export type DigitizationReportRowWire = WireOf<typeof record.fields>;
/**
 * Báo cáo số hóa — one agency's row of the digitization report, modelled on the Decision 766
 * scoreboard: score parts, total, rank among the province's communes, dossier counts and
 * weekly history. Figures may arrive as numeric strings; they are written back as numbers.
 */
export interface DigitizationReportRow extends ExtraWireFields {
  /** Mã cơ quan — wire: MA_COQUAN */
  agencyCode: string;
  /** Tên cơ quan — wire: TEN */
  name: string;
  /** Mã đơn vị hành chính (2025 unit code) — wire: MA_DVHC */
  unitCode?: string;
  /**
   * Điểm công khai, minh bạch (/18) — wire: CKMB. Optional: neither the portal report nor the
   * sandbox carries it today (no formula is known), so absent means "not reported", never 0.
   * The column name is an assumption, following the other score columns (TDGQ, DVCTT, …).
   */
  publicity?: number;
  /** Điểm tiến độ giải quyết — wire: TDGQ */
  progress: number;
  /** Điểm dịch vụ công trực tuyến — wire: DVCTT */
  onlineService: number;
  /** Điểm thanh toán trực tuyến — wire: TTTT */
  onlinePayment: number;
  /** Điểm mức độ hài lòng — wire: MDHL */
  satisfaction: number;
  /** Điểm mức độ số hóa hồ sơ — wire: MDSH */
  digitization: number;
  /** Tổng điểm of the reported parts (the sandbox: /82, no CKMB) — wire: TONG_SCORE */
  total: number;
  /** Điểm tối đa of each part — wire: DIEM_TOI_DA */
  maxima?: DigitizationScoreMaxima;
  /** Xếp hạng theo số hóa among the province's communes (1 = best) — wire: XEP_HANG */
  rank: number;
  /** Xếp hạng theo tổng điểm — wire: XEP_HANG_TONG */
  overallRank: number;
  /** Số đơn vị được xếp hạng — wire: SO_DON_VI */
  of: number;
  /** Chỉ tiêu số hóa (dossier counts) — wire: CHI_TIEU_SO_HOA */
  counts: DigitizationCounts;
  /** Lịch sử theo tuần, oldest first (only when one agency is asked for) — wire: LICH_SU */
  history?: DigitizationReportWeek[];
}
/** One week of {@link DigitizationReportRow.history}. */
export interface DigitizationReportWeek extends ExtraWireFields {
  /** Tuần (1 = the week of 1 July 2025) — wire: TUAN */
  week: number;
  /** Từ ngày (Monday 00:00, Vietnam time) — wire: TU_NGAY */
  from: Date;
  /** Đến ngày (Sunday 23:59:59) — wire: DEN_NGAY */
  to: Date;
  /** Hồ sơ tiếp nhận trong tuần (a string on the wire) — wire: TIEP_NHAN */
  received: number;
  /** Điểm số hóa hồ sơ — wire: MDSH */
  digitization: number;
  /** Tổng điểm — wire: TONG_SCORE */
  total: number;
  /** Xếp hạng trong tuần (by digitization) — wire: XEP_HANG */
  rank: number;
}

/** @internal Field table of {@link DigitizationScoreMaxima}: `model-interfaces.test.ts` keeps the two equal. */
export type DigitizationScoreMaximaFields = typeof scoreMaxima.fields;
/** @internal Field table of {@link DigitizationCounts}: `model-interfaces.test.ts` keeps the two equal. */
export type DigitizationCountsFields = typeof counts.fields;
/** @internal Field table of {@link DigitizationReportWeek}: `model-interfaces.test.ts` keeps the two equal. */
export type DigitizationReportWeekFields = typeof week.fields;
/** @internal Field table of {@link DigitizationReportRow}: `model-interfaces.test.ts` keeps the two equal. */
export type DigitizationReportRowFields = typeof record.fields;
