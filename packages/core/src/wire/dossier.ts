import * as z from 'zod/mini';
import { databaseLinkCodec } from './database-link';
import { defineRecord, type ModelOf, type WireOf } from './define-record';
import type { WireCodec } from './wire-codec';
import { dossierFeeCodec } from './dossier-fee';
import { dossierStatusCodec } from './dossier-status-codec';
import { APPLICANT_KINDS, CHANNELS, ONLINE_PAYMENT, RESULT_DELIVERY } from './enums';
import { dossierSupplementCodec } from './dossier-supplement';
import { otherAttachmentCodec } from './other-attachment';
import { ownerIdentityCodec } from './owner-identity';
import { blankableDate, enumWithUnknown, flag, text, wireDate } from './primitives';
import { resultDocumentCodec } from './result-document';
import { submittedDocumentCodec } from './submitted-document';

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
export type Dossier = ModelOf<typeof record.fields>;
