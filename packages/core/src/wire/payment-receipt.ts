import * as z from 'zod/mini';
import { defineRecord, type WireOf, type ExtraWireFields } from './define-record';
import type { WireCodec } from './wire-codec';
import { lenientInteger, lenientText, text } from './primitives';

const feeLine = defineRecord({
  /** Loại phí, lệ phí — wire: LoaiPhiLePhi */
  kind: ['LoaiPhiLePhi', z.optional(text())],
  /** Mã phí, lệ phí — wire: MaPhiLePhi */
  code: ['MaPhiLePhi', z.optional(text())],
  /** Tên phí, lệ phí — wire: TenPhiLePhi */
  name: ['TenPhiLePhi', text()],
  /** Số tiền, đồng (a string, or a JSON number as OpenCPS writes it) — wire: SoTien */
  amount: ['SoTien', lenientInteger()],
});

/** One fee line of a payment receipt (phí, lệ phí). */
export interface PaymentFeeLine extends ExtraWireFields {
  /** Loại phí, lệ phí — wire: LoaiPhiLePhi */
  kind?: string;
  /** Mã phí, lệ phí — wire: MaPhiLePhi */
  code?: string;
  /** Tên phí, lệ phí — wire: TenPhiLePhi */
  name: string;
  /** Số tiền, đồng (a string, or a JSON number as OpenCPS writes it) — wire: SoTien */
  amount: number;
}

const payment = defineRecord({
  /** Nội dung khoản nộp — wire: NoiDung */
  content: ['NoiDung', text()],
  /** Số tiền, đồng (a string, or a JSON number as OpenCPS writes it) — wire: SoTien */
  amount: ['SoTien', lenientInteger()],
});

/** One payment line of a payment receipt (khoản nộp). */
export interface PaymentLine extends ExtraWireFields {
  /** Nội dung khoản nộp — wire: NoiDung */
  content: string;
  /** Số tiền, đồng (a string, or a JSON number as OpenCPS writes it) — wire: SoTien */
  amount: number;
}

const opt = () => z.optional(text());

const record = defineRecord({
  /** Mã dịch vụ (`"2"`, or the number 2 as OpenCPS writes it) — wire: MaDichVu */ serviceCode: [
    'MaDichVu',
    z.optional(lenientText()),
  ],
  /** Mã dịch vụ công — wire: MaDVC */ publicServiceCode: ['MaDVC', opt()],
  /** Tên dịch vụ công — wire: TenDVC */ publicServiceName: ['TenDVC', opt()],
  /** Mã thủ tục hành chính — wire: MaTTHC */ procedureCode: ['MaTTHC', opt()],
  /** Tên thủ tục hành chính — wire: TenTTHC */ procedureName: ['TenTTHC', opt()],
  /** Mã đơn vị — wire: MaDonVi */ unitCode: ['MaDonVi', opt()],
  /** Tên đơn vị — wire: TenDonVi */ unitName: ['TenDonVi', opt()],
  /** Mã hồ sơ — wire: MaHoSo */ dossierCode: ['MaHoSo', opt()],
  /** Tài khoản thụ hưởng — wire: TKThuHuong */ beneficiaryAccount: ['TKThuHuong', opt()],
  /** Mã ngân hàng thụ hưởng — wire: MaNHThuHuong */ beneficiaryBankCode: ['MaNHThuHuong', opt()],
  /** Tên tài khoản thụ hưởng — wire: TenTKThuHuong */ beneficiaryAccountName: ['TenTKThuHuong', opt()],
  /** Mã cơ quan ra quyết định (fines) — wire: MaCoQuanQD */ decisionAgencyCode: ['MaCoQuanQD', opt()],
  /** Số quyết định — wire: SoQD */ decisionNumber: ['SoQD', opt()],
  /** Ngày quyết định (as sent) — wire: NgayQD */ decisionDate: ['NgayQD', opt()],
  /** Kho bạc — wire: KhoBac */ treasury: ['KhoBac', opt()],
  /** Tài khoản thu ngân sách nhà nước — wire: TaiKhoanThuNSNN */ stateBudgetAccount: ['TaiKhoanThuNSNN', opt()],
  /** Họ tên người nộp — wire: HoTenNguoiNop */ payerName: ['HoTenNguoiNop', opt()],
  /** Số CMND/CCCD người nộp — wire: SoCMNDNguoiNop */ payerIdNumber: ['SoCMNDNguoiNop', opt()],
  /** Địa chỉ người nộp — wire: DiaChiNguoiNop */ payerAddress: ['DiaChiNguoiNop', opt()],
  /** Huyện của người nộp — wire: HuyenNguoiNop */ payerDistrict: ['HuyenNguoiNop', opt()],
  /** Tỉnh của người nộp — wire: TinhNguoiNop */ payerProvince: ['TinhNguoiNop', opt()],
  /** Nội dung thanh toán — wire: NoiDungThanhToan */ paymentContent: ['NoiDungThanhToan', opt()],
  /** Phí, lệ phí — wire: PhiLePhi */ fees: ['PhiLePhi', z.optional(z.array(feeLine.codec))],
  /** Danh sách khoản nộp — wire: DSKhoanNop */ payments: ['DSKhoanNop', z.optional(z.array(payment.codec))],
});

/** Codec of a payment receipt (thông tin biên lai) — wire: `ThongTinBienLai` of a payment message. */
export const paymentReceiptCodec: WireCodec<PaymentReceipt, PaymentReceiptWire> = record.codec;
/** A payment receipt as on the wire. */
export type PaymentReceiptWire = WireOf<typeof record.fields>;
/** Thông tin biên lai — what is paid, for which dossier, to which account, by whom. */
export interface PaymentReceipt extends ExtraWireFields {
  /** Mã dịch vụ (`"2"`, or the number 2 as OpenCPS writes it) — wire: MaDichVu */
  serviceCode?: string;
  /** Mã dịch vụ công — wire: MaDVC */
  publicServiceCode?: string;
  /** Tên dịch vụ công — wire: TenDVC */
  publicServiceName?: string;
  /** Mã thủ tục hành chính — wire: MaTTHC */
  procedureCode?: string;
  /** Tên thủ tục hành chính — wire: TenTTHC */
  procedureName?: string;
  /** Mã đơn vị — wire: MaDonVi */
  unitCode?: string;
  /** Tên đơn vị — wire: TenDonVi */
  unitName?: string;
  /** Mã hồ sơ — wire: MaHoSo */
  dossierCode?: string;
  /** Tài khoản thụ hưởng — wire: TKThuHuong */
  beneficiaryAccount?: string;
  /** Mã ngân hàng thụ hưởng — wire: MaNHThuHuong */
  beneficiaryBankCode?: string;
  /** Tên tài khoản thụ hưởng — wire: TenTKThuHuong */
  beneficiaryAccountName?: string;
  /** Mã cơ quan ra quyết định (fines) — wire: MaCoQuanQD */
  decisionAgencyCode?: string;
  /** Số quyết định — wire: SoQD */
  decisionNumber?: string;
  /** Ngày quyết định (as sent) — wire: NgayQD */
  decisionDate?: string;
  /** Kho bạc — wire: KhoBac */
  treasury?: string;
  /** Tài khoản thu ngân sách nhà nước — wire: TaiKhoanThuNSNN */
  stateBudgetAccount?: string;
  /** Họ tên người nộp — wire: HoTenNguoiNop */
  payerName?: string;
  /** Số CMND/CCCD người nộp — wire: SoCMNDNguoiNop */
  payerIdNumber?: string;
  /** Địa chỉ người nộp — wire: DiaChiNguoiNop */
  payerAddress?: string;
  /** Huyện của người nộp — wire: HuyenNguoiNop */
  payerDistrict?: string;
  /** Tỉnh của người nộp — wire: TinhNguoiNop */
  payerProvince?: string;
  /** Nội dung thanh toán — wire: NoiDungThanhToan */
  paymentContent?: string;
  /** Phí, lệ phí — wire: PhiLePhi */
  fees?: PaymentFeeLine[];
  /** Danh sách khoản nộp — wire: DSKhoanNop */
  payments?: PaymentLine[];
}

/** @internal Field table of {@link PaymentFeeLine}: `model-interfaces.test.ts` keeps the two equal. */
export type PaymentFeeLineFields = typeof feeLine.fields;
/** @internal Field table of {@link PaymentLine}: `model-interfaces.test.ts` keeps the two equal. */
export type PaymentLineFields = typeof payment.fields;
/** @internal Field table of {@link PaymentReceipt}: `model-interfaces.test.ts` keeps the two equal. */
export type PaymentReceiptFields = typeof record.fields;
