import * as z from 'zod/mini';
import { defineRecord, type WireOf, type ExtraWireFields } from './define-record';
import type { WireCodec } from './wire-codec';
import { dossierStatusCodec } from './dossier-status-codec';
import { blankableDate, text, wireDate } from './primitives';
import type { DossierStatus } from '../status/dossier-status';

const record = defineRecord({
  /** Mã hồ sơ — wire: MaHoSo */
  dossierCode: ['MaHoSo', text()],
  /** Người xử lý (≤ 50 characters) — wire: NguoiXuLy */
  handler: ['NguoiXuLy', text(50)],
  /** Chức danh — wire: ChucDanh */
  title: ['ChucDanh', z.optional(text())],
  /** Thời điểm xử lý — wire: ThoiDiemXuLy */
  handledAt: ['ThoiDiemXuLy', wireDate()],
  /** Phòng ban xử lý — wire: PhongBanXuLy */
  department: ['PhongBanXuLy', z.optional(text())],
  /** Nội dung xử lý — wire: NoiDungXuLy */
  content: ['NoiDungXuLy', z.optional(text())],
  /** Trạng thái (of the dossier after this step) — wire: TrangThai */
  status: ['TrangThai', dossierStatusCodec],
  /** Ngày bắt đầu (`null`: sent blank) — wire: NgayBatDau */
  startedAt: ['NgayBatDau', z.optional(blankableDate())],
  /** Ngày kết thúc theo quy định (the step's deadline; `null`: sent blank) — wire: NgayKetThucTheoQuyDinh */
  dueAt: ['NgayKetThucTheoQuyDinh', z.optional(blankableDate())],
});

/**
 * Codec of a processing step (quá trình xử lý) — wire: `CapNhatTienDoHoSoMC` item.
 *
 * @example decodeWire(progressStepCodec, item).handledAt // Date
 */
export const progressStepCodec: WireCodec<ProgressStep, ProgressStepWire> = record.codec;
/** A processing step as on the wire. */
export type ProgressStepWire = WireOf<typeof record.fields>;
/** Quá trình xử lý — one step in handling a dossier, pushed with `CapNhatTienDoHoSoMC`. */
export interface ProgressStep extends ExtraWireFields {
  /** Mã hồ sơ — wire: MaHoSo */
  dossierCode: string;
  /** Người xử lý (≤ 50 characters) — wire: NguoiXuLy */
  handler: string;
  /** Chức danh — wire: ChucDanh */
  title?: string;
  /** Thời điểm xử lý — wire: ThoiDiemXuLy */
  handledAt: Date;
  /** Phòng ban xử lý — wire: PhongBanXuLy */
  department?: string;
  /** Nội dung xử lý — wire: NoiDungXuLy */
  content?: string;
  /** Trạng thái (of the dossier after this step) — wire: TrangThai */
  status: DossierStatus;
  /** Ngày bắt đầu (`null`: sent blank) — wire: NgayBatDau */
  startedAt?: Date | null;
  /** Ngày kết thúc theo quy định (the step's deadline; `null`: sent blank) — wire: NgayKetThucTheoQuyDinh */
  dueAt?: Date | null;
}

/** @internal Field table of {@link ProgressStep}: `model-interfaces.test.ts` keeps the two equal. */
export type ProgressStepFields = typeof record.fields;
