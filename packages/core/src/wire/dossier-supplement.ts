import * as z from 'zod/mini';
import { defineRecord, type WireOf, type ExtraWireFields } from './define-record';
import type { WireCodec } from './wire-codec';
import { dossierFeeCodec, type DossierFee } from './dossier-fee';
import { blankableDate, flag, text, wireDate, type Unknown } from './primitives';
import { submittedDocumentCodec, type SubmittedDocument } from './submitted-document';

const record = defineRecord({
  /** Mã lần bổ sung — wire: HoSoBoSungId */
  id: ['HoSoBoSungId', text()],
  /** Người yêu cầu bổ sung — wire: NguoiYeuCauBoSung */
  requestedBy: ['NguoiYeuCauBoSung', text()],
  /** Nội dung bổ sung — wire: NoiDungBoSung */
  content: ['NoiDungBoSung', text()],
  /** Ngày yêu cầu bổ sung — wire: NgayBoSung */
  requestedAt: ['NgayBoSung', wireDate()],
  /** Người tiếp nhận bổ sung — wire: NguoiTiepNhanBoSung */
  receivedBy: ['NguoiTiepNhanBoSung', z.optional(text())],
  /** Thông tin tiếp nhận — wire: ThongTinTiepNhan */
  receiptInfo: ['ThongTinTiepNhan', z.optional(text())],
  /** Ngày tiếp nhận bổ sung (`null`: sent blank) — wire: NgayTiepNhanBoSung */
  suppliedAt: ['NgayTiepNhanBoSung', z.optional(blankableDate())],
  /** Trạng thái bổ sung (`true`: the applicant has supplied) — wire: TrangThaiBoSung */
  supplied: ['TrangThaiBoSung', flag()],
  /** Giấy tờ bổ sung — wire: DanhSachGiayToBoSung */
  documents: ['DanhSachGiayToBoSung', z.optional(z.array(submittedDocumentCodec))],
  /** Lệ phí bổ sung — wire: DanhSachLePhiBoSung */
  fees: ['DanhSachLePhiBoSung', z.optional(z.array(dossierFeeCodec))],
  /** Ngày hẹn trả trước khi bổ sung — wire: NgayHenTraTruoc */
  previousDueAt: ['NgayHenTraTruoc', wireDate()],
  /** Ngày hẹn trả mới (the reset deadline; `null`: sent blank) — wire: NgayHenTraMoi */
  newDueAt: ['NgayHenTraMoi', z.optional(blankableDate())],
});

/** Codec of one supplement round (hồ sơ bổ sung) — wire: DanhSachHoSoBoSung[] item. */
export const dossierSupplementCodec: WireCodec<DossierSupplement, DossierSupplementWire> = record.codec;
/** A supplement round as on the wire. */
export type DossierSupplementWire = WireOf<typeof record.fields>;
/** Hồ sơ bổ sung — one request for more documents and the applicant's answer. */
export interface DossierSupplement extends ExtraWireFields {
  /** Mã lần bổ sung — wire: HoSoBoSungId */
  id: string;
  /** Người yêu cầu bổ sung — wire: NguoiYeuCauBoSung */
  requestedBy: string;
  /** Nội dung bổ sung — wire: NoiDungBoSung */
  content: string;
  /** Ngày yêu cầu bổ sung — wire: NgayBoSung */
  requestedAt: Date;
  /** Người tiếp nhận bổ sung — wire: NguoiTiepNhanBoSung */
  receivedBy?: string;
  /** Thông tin tiếp nhận — wire: ThongTinTiepNhan */
  receiptInfo?: string;
  /** Ngày tiếp nhận bổ sung (`null`: sent blank) — wire: NgayTiepNhanBoSung */
  suppliedAt?: Date | null;
  /** Trạng thái bổ sung (`true`: the applicant has supplied) — wire: TrangThaiBoSung */
  supplied: boolean | Unknown;
  /** Giấy tờ bổ sung — wire: DanhSachGiayToBoSung */
  documents?: SubmittedDocument[];
  /** Lệ phí bổ sung — wire: DanhSachLePhiBoSung */
  fees?: DossierFee[];
  /** Ngày hẹn trả trước khi bổ sung — wire: NgayHenTraTruoc */
  previousDueAt: Date;
  /** Ngày hẹn trả mới (the reset deadline; `null`: sent blank) — wire: NgayHenTraMoi */
  newDueAt?: Date | null;
}

/** @internal Field table of {@link DossierSupplement}: `model-interfaces.test.ts` keeps the two equal. */
export type DossierSupplementFields = typeof record.fields;
