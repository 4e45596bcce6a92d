import * as z from 'zod/mini';
import { databaseLinkCodec, type DatabaseLink } from './database-link';
import { defineRecord, type WireOf, type ExtraWireFields } from './define-record';
import type { DossierStatus } from '../status/dossier-status';
import type { WireCodec } from './wire-codec';
import { dossierFeeCodec, type DossierFee } from './dossier-fee';
import { dossierStatusCodec } from './dossier-status-codec';
import {
  APPLICANT_KINDS,
  CHANNELS,
  ONLINE_PAYMENT,
  RESULT_DELIVERY,
  type ApplicantKind,
  type DossierChannel,
  type OnlinePayment,
  type ResultDelivery,
} from './enums';
import { dossierSupplementCodec, type DossierSupplement } from './dossier-supplement';
import { otherAttachmentCodec, type OtherAttachment } from './other-attachment';
import { ownerIdentityCodec, type OwnerIdentity } from './owner-identity';
import { blankableDate, enumWithUnknown, flag, text, wireDate, type Unknown } from './primitives';
import { resultDocumentCodec, type ResultDocument } from './result-document';
import { submittedDocumentCodec, type SubmittedDocument } from './submitted-document';

const record = defineRecord({
  /** Mã hồ sơ — wire: MaHoSo */
  code: ['MaHoSo', text()],
  /** Mã thủ tục hành chính — wire: MaTTHC */
  procedureCode: ['MaTTHC', text()],
  /** Tên thủ tục hành chính — wire: TenTTHC */
  procedureName: ['TenTTHC', text()],
  /** Mã lĩnh vực — wire: MaLinhVuc */
  fieldCode: ['MaLinhVuc', text()],
  /** Tên lĩnh vực — wire: TenLinhVuc */
  fieldName: ['TenLinhVuc', text()],
  /** Kênh thực hiện — wire: KenhThucHien */
  channel: ['KenhThucHien', z.optional(enumWithUnknown(CHANNELS))],
  /** Số giấy tờ của chủ hồ sơ (2024 field; absent from older records) — wire: SoGiayToChuHoSo */
  ownerDocumentNumber: ['SoGiayToChuHoSo', z.optional(text())],
  /** Chủ hồ sơ (tên) — wire: ChuHoSo */
  ownerName: ['ChuHoSo', z.optional(text())],
  /** Loại đối tượng — wire: LoaiDoiTuong */
  applicantKind: ['LoaiDoiTuong', enumWithUnknown(APPLICANT_KINDS)],
  /** Mã đối tượng (DVCQG TechID; online dossiers only; TH sends `null` otherwise, HG the ID number) — wire: MaDoiTuong */
  applicantTechId: ['MaDoiTuong', z.optional(z.nullable(text()))],
  /** Thông tin khác — wire: ThongTinKhac */
  otherInfo: ['ThongTinKhac', z.optional(text())],
  /** Thư điện tử — wire: Email */
  email: ['Email', z.optional(text())],
  /** Số fax — wire: Fax */
  fax: ['Fax', z.optional(text())],
  /** Số điện thoại — wire: SoDienThoai */
  phone: ['SoDienThoai', z.optional(text())],
  /** Trích yếu hồ sơ (≤ 1000 characters) — wire: TrichYeuHoSo */
  summary: ['TrichYeuHoSo', z.optional(text(1000))],
  /** Ngày tiếp nhận — wire: NgayTiepNhan */
  receivedAt: ['NgayTiepNhan', wireDate()],
  /** Ngày hẹn trả (`null`: sent blank) — wire: NgayHenTra */
  dueAt: ['NgayHenTra', z.optional(blankableDate())],
  /** Trạng thái hồ sơ — wire: TrangThaiHoSo */
  status: ['TrangThaiHoSo', dossierStatusCodec],
  /** Ngày trả kết quả (`null`: sent blank) — wire: NgayTra */
  returnedAt: ['NgayTra', z.optional(blankableDate())],
  /** Thông tin trả kết quả — wire: ThongTinTra */
  returnInfo: ['ThongTinTra', z.optional(text())],
  /** Hình thức trả kết quả — wire: HinhThuc */
  resultDelivery: ['HinhThuc', z.optional(enumWithUnknown(RESULT_DELIVERY))],
  /** Ngày kết thúc xử lý (`null`: sent blank) — wire: NgayKetThucXuLy */
  finishedAt: ['NgayKetThucXuLy', z.optional(blankableDate())],
  /** Đơn vị xử lý — wire: DonViXuLy */
  handlingUnit: ['DonViXuLy', z.optional(text())],
  /** Ghi chú — wire: GhiChu */
  note: ['GhiChu', z.optional(text())],
  /** Ngày từ chối (`null`: sent blank) — wire: NgayTuChoi */
  rejectedAt: ['NgayTuChoi', z.optional(blankableDate())],
  /** Ngày nộp hồ sơ (`null`: sent blank) — wire: NgayNopHoSo */
  submittedAt: ['NgayNopHoSo', z.optional(blankableDate())],
  /** Nơi nộp hồ sơ — wire: NoiNopHoSo */
  submissionPlace: ['NoiNopHoSo', z.optional(text())],
  /** Hồ sơ có thành phần số hóa — wire: HoSoCoThanhPhanSoHoa */
  hasDigitizedComponents: ['HoSoCoThanhPhanSoHoa', z.optional(flag())],
  /** Tài khoản được xác thực với VNeID — wire: TaiKhoanDuocXacThucVoiVNeID */
  vneidVerified: ['TaiKhoanDuocXacThucVoiVNeID', z.optional(flag())],
  /** Được thanh toán trực tuyến — wire: DuocThanhToanTrucTuyen */
  onlinePayment: ['DuocThanhToanTrucTuyen', z.optional(enumWithUnknown(ONLINE_PAYMENT))],
  /** Số biên nhận — wire: SoBienNhan */
  receiptNumber: ['SoBienNhan', z.optional(text())],
  /** Tài liệu nộp — wire: TaiLieuNop */
  documents: ['TaiLieuNop', z.optional(z.array(submittedDocumentCodec))],
  /** Danh sách phí, lệ phí — wire: DanhSachLePhi */
  fees: ['DanhSachLePhi', z.optional(z.array(dossierFeeCodec))],
  /** Tệp đính kèm khác — wire: DanhSachTepDinhKemKhac */
  otherAttachments: ['DanhSachTepDinhKemKhac', z.optional(z.array(otherAttachmentCodec))],
  /** Hồ sơ bổ sung — wire: DanhSachHoSoBoSung */
  supplements: ['DanhSachHoSoBoSung', z.optional(z.array(dossierSupplementCodec))],
  /** Giấy tờ kết quả — wire: DanhSachGiayToKetQua */
  results: ['DanhSachGiayToKetQua', z.optional(z.array(resultDocumentCodec))],
  /** Định danh chủ hồ sơ — wire: DinhDanhCHS */
  ownerIdentities: ['DinhDanhCHS', z.optional(z.array(ownerIdentityCodec))],
  /** Kết nối cơ sở dữ liệu — wire: DSKetNoiCSDL */
  databaseLinks: ['DSKetNoiCSDL', z.optional(z.array(databaseLinkCodec))],
});

/**
 * Codec of a dossier (hồ sơ) — wire: one item of `DongBoHoSoMC`'s `data`.
 *
 * @example decodeWire(dossierCodec, body.data[0]).status // 'processing'
 * @example encodeWire(dossierCodec, dossier).TrangThaiHoSo // '4'
 */
export const dossierCodec: WireCodec<Dossier, DossierWire> = record.codec;
/** A dossier as on the wire. */
export type DossierWire = WireOf<typeof record.fields>;
/** Hồ sơ — a dossier as synchronised to the portal (`DongBoHoSoMC`). */
export interface Dossier extends ExtraWireFields {
  /** Mã hồ sơ — wire: MaHoSo */
  code: string;
  /** Mã thủ tục hành chính — wire: MaTTHC */
  procedureCode: string;
  /** Tên thủ tục hành chính — wire: TenTTHC */
  procedureName: string;
  /** Mã lĩnh vực — wire: MaLinhVuc */
  fieldCode: string;
  /** Tên lĩnh vực — wire: TenLinhVuc */
  fieldName: string;
  /** Kênh thực hiện — wire: KenhThucHien */
  channel?: DossierChannel;
  /** Số giấy tờ của chủ hồ sơ (2024 field; absent from older records) — wire: SoGiayToChuHoSo */
  ownerDocumentNumber?: string;
  /** Chủ hồ sơ (tên) — wire: ChuHoSo */
  ownerName?: string;
  /** Loại đối tượng — wire: LoaiDoiTuong */
  applicantKind: ApplicantKind;
  /** Mã đối tượng (DVCQG TechID; online dossiers only; TH sends `null` otherwise, HG the ID number) — wire: MaDoiTuong */
  applicantTechId?: string | null;
  /** Thông tin khác — wire: ThongTinKhac */
  otherInfo?: string;
  /** Thư điện tử — wire: Email */
  email?: string;
  /** Số fax — wire: Fax */
  fax?: string;
  /** Số điện thoại — wire: SoDienThoai */
  phone?: string;
  /** Trích yếu hồ sơ (≤ 1000 characters) — wire: TrichYeuHoSo */
  summary?: string;
  /** Ngày tiếp nhận — wire: NgayTiepNhan */
  receivedAt: Date;
  /** Ngày hẹn trả (`null`: sent blank) — wire: NgayHenTra */
  dueAt?: Date | null;
  /** Trạng thái hồ sơ — wire: TrangThaiHoSo */
  status: DossierStatus;
  /** Ngày trả kết quả (`null`: sent blank) — wire: NgayTra */
  returnedAt?: Date | null;
  /** Thông tin trả kết quả — wire: ThongTinTra */
  returnInfo?: string;
  /** Hình thức trả kết quả — wire: HinhThuc */
  resultDelivery?: ResultDelivery;
  /** Ngày kết thúc xử lý (`null`: sent blank) — wire: NgayKetThucXuLy */
  finishedAt?: Date | null;
  /** Đơn vị xử lý — wire: DonViXuLy */
  handlingUnit?: string;
  /** Ghi chú — wire: GhiChu */
  note?: string;
  /** Ngày từ chối (`null`: sent blank) — wire: NgayTuChoi */
  rejectedAt?: Date | null;
  /** Ngày nộp hồ sơ (`null`: sent blank) — wire: NgayNopHoSo */
  submittedAt?: Date | null;
  /** Nơi nộp hồ sơ — wire: NoiNopHoSo */
  submissionPlace?: string;
  /** Hồ sơ có thành phần số hóa — wire: HoSoCoThanhPhanSoHoa */
  hasDigitizedComponents?: boolean | Unknown;
  /** Tài khoản được xác thực với VNeID — wire: TaiKhoanDuocXacThucVoiVNeID */
  vneidVerified?: boolean | Unknown;
  /** Được thanh toán trực tuyến — wire: DuocThanhToanTrucTuyen */
  onlinePayment?: OnlinePayment;
  /** Số biên nhận — wire: SoBienNhan */
  receiptNumber?: string;
  /** Tài liệu nộp — wire: TaiLieuNop */
  documents?: SubmittedDocument[];
  /** Danh sách phí, lệ phí — wire: DanhSachLePhi */
  fees?: DossierFee[];
  /** Tệp đính kèm khác — wire: DanhSachTepDinhKemKhac */
  otherAttachments?: OtherAttachment[];
  /** Hồ sơ bổ sung — wire: DanhSachHoSoBoSung */
  supplements?: DossierSupplement[];
  /** Giấy tờ kết quả — wire: DanhSachGiayToKetQua */
  results?: ResultDocument[];
  /** Định danh chủ hồ sơ — wire: DinhDanhCHS */
  ownerIdentities?: OwnerIdentity[];
  /** Kết nối cơ sở dữ liệu — wire: DSKetNoiCSDL */
  databaseLinks?: DatabaseLink[];
}

/** @internal Field table of {@link Dossier}: `model-interfaces.test.ts` keeps the two equal. */
export type DossierFields = typeof record.fields;
