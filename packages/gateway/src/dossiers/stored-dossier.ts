import type { DossierSubmission, LocalizedText } from '@dvc-kit/core';
import type { DossierRecord, JsonValue } from '../storage/types';

/** One file of a stored dossier, with what the portal needs to fetch it. */
export interface StoredFile {
  /** Path of the file field, `sectionId.fieldId`. */
  slot: string;
  uploadId: string;
  name: string;
  type: string;
  size: number;
  sha256: string;
  /** Mã giấy tờ of the slot — wire: MaThanhPhanHoSo. */
  documentCode?: string;
}

/**
 * The account a signed-in applicant filed with (SSO / VNeID), as the portal needs it.
 * Absent on anonymous dossiers.
 */
export interface StoredAccount {
  /** Account id — wire: TechID, sent as MaDoiTuong. */
  techId: string;
  /** Account type exactly as the provider sent it — wire: LoaiTaiKhoan, sent as LoaiDoiTuong. */
  accountType: string;
  /** Verified identification number — wire: SoDinhDanh, sent in DinhDanhCHS. */
  citizenId?: string;
}

/** What the gateway stores as a dossier's payload (JSON). */
export interface StoredSubmission {
  /** The validated request body (the applicant keeps its section's extra fields, e.g. birthDate). */
  submission: DossierSubmission;
  /** Tên TTHC — wire: TenTTHC. */
  procedureName: LocalizedText;
  /** Mã lĩnh vực — wire: MaLinhVuc. */
  fieldCode: string;
  /** Tên lĩnh vực — wire: TenLinhVuc. */
  fieldName: string;
  /** Ngày tiếp nhận — wire: NgayTiepNhan (ISO). */
  receivedAt: string;
  /** Ngày hẹn trả — wire: NgayHenTra (ISO). */
  dueAt: string;
  files: StoredFile[];
  /** Set when a signed-in citizen filed it (TaiKhoanDuocXacThucVoiVNeID = 1). */
  account?: StoredAccount;
}

/** The payload of a stored dossier, typed. */
export const storedSubmission = (record: DossierRecord): StoredSubmission =>
  record.payload as unknown as StoredSubmission;

/** A stored submission as a JSON value for storage. */
export const asJson = (value: StoredSubmission | object): JsonValue => value as unknown as JsonValue;
