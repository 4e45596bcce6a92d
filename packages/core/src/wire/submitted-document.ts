import * as z from 'zod/mini';
import { defineRecord, type ModelOf, type RecordSchema, type WireOf, type WireSchema } from './define-record';
import { DOCUMENT_REUSE } from './enums';
import { enumWithUnknown, flag, text } from './primitives';

const record = defineRecord({
  /** Mã tệp đính kèm — wire: TepDinhKemId */
  fileId: ['TepDinhKemId', z.optional(text())],
  /** Tên tệp đính kèm — wire: TenTepDinhKem */
  fileName: ['TenTepDinhKem', text()],
  /** Đã xóa — wire: IsDeleted (`"1"` when the file was removed from the dossier) */
  deleted: ['IsDeleted', z.optional(flag())],
  /** Mã thành phần hồ sơ — wire: MaThanhPhanHoSo */
  componentCode: ['MaThanhPhanHoSo', text()],
  /** Đường dẫn tải tệp tin (public download URL) — wire: DuongDanTaiTepTin */
  downloadUrl: ['DuongDanTaiTepTin', text()],
  /** Được số hóa — wire: DuocSoHoa */
  digitized: ['DuocSoHoa', flag()],
  /** Được tái sử dụng — wire: DuocTaiSuDung */
  reuse: ['DuocTaiSuDung', enumWithUnknown(DOCUMENT_REUSE)],
  /** Được lấy từ Kho dữ liệu của DVCQG — wire: DuocLayTuKhoDMQG */
  fromNationalStore: ['DuocLayTuKhoDMQG', flag()],
  /** Mã kết quả thay thế (the reused result) — wire: MaKetQuaThayThe */
  replacementResultCode: ['MaKetQuaThayThe', z.optional(text())],
});

/** Codec of one submitted document (tài liệu nộp) — wire: TaiLieuNop[] item. */
export const submittedDocumentCodec: RecordSchema<SubmittedDocument, SubmittedDocumentWire> = record.codec;
/** Wire schema of a submitted document (portal field names). */
export const submittedDocumentWireSchema: WireSchema<SubmittedDocumentWire> = record.wireSchema;
/** A submitted document as on the wire. */
export type SubmittedDocumentWire = WireOf<typeof record.fields>;
/** Tài liệu nộp — a file the applicant submitted for one dossier component. */
export type SubmittedDocument = ModelOf<typeof record.fields>;

/** Decodes a `TaiLieuNop` item; throws `WireFormatError`. */
export const decodeSubmittedDocument: (input: unknown) => SubmittedDocument = record.decode;

/** Encodes a submitted document to its wire form. */
export const encodeSubmittedDocument: (model: SubmittedDocument) => SubmittedDocumentWire = record.encode;
