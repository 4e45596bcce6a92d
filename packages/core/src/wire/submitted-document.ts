import * as z from 'zod/mini';
import { defineRecord, type WireOf, type ExtraWireFields } from './define-record';
import type { WireCodec } from './wire-codec';
import { DOCUMENT_REUSE, type DocumentReuse } from './enums';
import { enumWithUnknown, flag, text, trueFalse, type Unknown } from './primitives';

const record = defineRecord({
  /** Mã tệp đính kèm (the sender's file id; TH sends `null` when it has none) — wire: TepDinhKemId */
  fileId: ['TepDinhKemId', z.optional(z.nullable(text()))],
  /** Tên tệp đính kèm — wire: TenTepDinhKem */
  fileName: ['TenTepDinhKem', text()],
  /** Đã xóa — wire: IsDeleted, `"True"`/`"False"` (a removed file stays listed with `"True"`) */
  deleted: ['IsDeleted', z.optional(trueFalse())],
  /** Mã thành phần hồ sơ (OpenCPS sends `""`) — wire: MaThanhPhanHoSo */
  componentCode: ['MaThanhPhanHoSo', text()],
  /** Đường dẫn tải tệp tin (public download URL) — wire: DuongDanTaiTepTin */
  downloadUrl: ['DuongDanTaiTepTin', text()],
  /** Được số hóa (2024 field; absent from older records) — wire: DuocSoHoa */
  digitized: ['DuocSoHoa', z.optional(flag())],
  /** Được tái sử dụng (2024 field) — wire: DuocTaiSuDung */
  reuse: ['DuocTaiSuDung', z.optional(enumWithUnknown(DOCUMENT_REUSE))],
  /** Được lấy từ Kho dữ liệu của DVCQG (2024 field) — wire: DuocLayTuKhoDMQG */
  fromNationalStore: ['DuocLayTuKhoDMQG', z.optional(flag())],
  /** Mã kết quả thay thế (the reused result) — wire: MaKetQuaThayThe */
  replacementResultCode: ['MaKetQuaThayThe', z.optional(text())],
});

/** Codec of one submitted document (tài liệu nộp) — wire: TaiLieuNop[] item. */
export const submittedDocumentCodec: WireCodec<SubmittedDocument, SubmittedDocumentWire> = record.codec;
/** A submitted document as on the wire. */
export type SubmittedDocumentWire = WireOf<typeof record.fields>;
/** Tài liệu nộp — a file the applicant submitted for one dossier component. */
export interface SubmittedDocument extends ExtraWireFields {
  /** Mã tệp đính kèm (the sender's file id; TH sends `null` when it has none) — wire: TepDinhKemId */
  fileId?: string | null;
  /** Tên tệp đính kèm — wire: TenTepDinhKem */
  fileName: string;
  /** Đã xóa — wire: IsDeleted, `"True"`/`"False"` (a removed file stays listed with `"True"`) */
  deleted?: boolean | Unknown;
  /** Mã thành phần hồ sơ (OpenCPS sends `""`) — wire: MaThanhPhanHoSo */
  componentCode: string;
  /** Đường dẫn tải tệp tin (public download URL) — wire: DuongDanTaiTepTin */
  downloadUrl: string;
  /** Được số hóa (2024 field; absent from older records) — wire: DuocSoHoa */
  digitized?: boolean | Unknown;
  /** Được tái sử dụng (2024 field) — wire: DuocTaiSuDung */
  reuse?: DocumentReuse;
  /** Được lấy từ Kho dữ liệu của DVCQG (2024 field) — wire: DuocLayTuKhoDMQG */
  fromNationalStore?: boolean | Unknown;
  /** Mã kết quả thay thế (the reused result) — wire: MaKetQuaThayThe */
  replacementResultCode?: string;
}

/** @internal Field table of {@link SubmittedDocument}: `model-interfaces.test.ts` keeps the two equal. */
export type SubmittedDocumentFields = typeof record.fields;
