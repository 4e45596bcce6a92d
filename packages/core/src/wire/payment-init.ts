import { defineRecord, type WireOf, type ExtraWireFields } from './define-record';
import type { WireCodec } from './wire-codec';
import { paymentReceiptCodec, type PaymentReceipt } from './payment-receipt';
import { text, wireDate, wireInteger } from './primitives';

const record = defineRecord({
  /** Loại bản tin (`INIT`) — wire: LoaiBanTin */
  messageType: ['LoaiBanTin', text()],
  /** Phiên bản (`1.0.6`) — wire: PhienBan */
  version: ['PhienBan', text()],
  /** Mã đối tác (the province's partner code) — wire: MaDoiTac */
  partnerCode: ['MaDoiTac', text()],
  /** Mã tham chiếu (`dvc` + MaHoSo + timestamp) — wire: MaThamChieu */
  reference: ['MaThamChieu', text()],
  /** Số tiền, đồng — wire: SoTien */
  amount: ['SoTien', wireInteger()],
  /** Loại hình thanh toán (`PAY`) — wire: LoaiHinhThanhToan */
  paymentType: ['LoaiHinhThanhToan', text()],
  /** Mã kênh thanh toán (`1`) — wire: MaKenhThanhToan */
  paymentChannel: ['MaKenhThanhToan', text()],
  /** Mã thiết bị (`1`) — wire: MaThietBi */
  device: ['MaThietBi', text()],
  /** Ngôn ngữ (`vi-VN`) — wire: NgonNgu */
  language: ['NgonNgu', text()],
  /** Mã tiền tệ (`VND`) — wire: MaTienTe */
  currency: ['MaTienTe', text()],
  /** Mã ngân hàng (`PAYMENT`) — wire: MaNganHang */
  bankCode: ['MaNganHang', text()],
  /** Thông tin giao dịch — wire: ThongTinGiaoDich */
  description: ['ThongTinGiaoDich', text()],
  /** Thời gian giao dịch — wire: ThoiGianGD */
  transactionAt: ['ThoiGianGD', wireDate()],
  /** Địa chỉ IP của người nộp — wire: Ip */
  ip: ['Ip', text()],
  /** Mã xác thực (SHA-256 signature, see `signPaymentInit`) — wire: MaXacThuc */
  signature: ['MaXacThuc', text()],
  /** Thông tin biên lai — wire: ThongTinBienLai */
  receipt: ['ThongTinBienLai', paymentReceiptCodec],
});

/** Codec of a payment INIT message (bản tin khởi tạo thanh toán). */
export const paymentInitCodec: WireCodec<PaymentInit, PaymentInitWire> = record.codec;
/** A payment INIT message as on the wire. */
export type PaymentInitWire = WireOf<typeof record.fields>;
/** Bản tin INIT — starts an online payment on the portal's payment platform. */
export interface PaymentInit extends ExtraWireFields {
  /** Loại bản tin (`INIT`) — wire: LoaiBanTin */
  messageType: string;
  /** Phiên bản (`1.0.6`) — wire: PhienBan */
  version: string;
  /** Mã đối tác (the province's partner code) — wire: MaDoiTac */
  partnerCode: string;
  /** Mã tham chiếu (`dvc` + MaHoSo + timestamp) — wire: MaThamChieu */
  reference: string;
  /** Số tiền, đồng — wire: SoTien */
  amount: number;
  /** Loại hình thanh toán (`PAY`) — wire: LoaiHinhThanhToan */
  paymentType: string;
  /** Mã kênh thanh toán (`1`) — wire: MaKenhThanhToan */
  paymentChannel: string;
  /** Mã thiết bị (`1`) — wire: MaThietBi */
  device: string;
  /** Ngôn ngữ (`vi-VN`) — wire: NgonNgu */
  language: string;
  /** Mã tiền tệ (`VND`) — wire: MaTienTe */
  currency: string;
  /** Mã ngân hàng (`PAYMENT`) — wire: MaNganHang */
  bankCode: string;
  /** Thông tin giao dịch — wire: ThongTinGiaoDich */
  description: string;
  /** Thời gian giao dịch — wire: ThoiGianGD */
  transactionAt: Date;
  /** Địa chỉ IP của người nộp — wire: Ip */
  ip: string;
  /** Mã xác thực (SHA-256 signature, see `signPaymentInit`) — wire: MaXacThuc */
  signature: string;
  /** Thông tin biên lai — wire: ThongTinBienLai */
  receipt: PaymentReceipt;
}

/**
 * The fixed values of an INIT message (domain.md §1.3); spread them into a new message.
 *
 * @example const message = { ...PAYMENT_INIT_DEFAULTS, partnerCode, reference, amount, … };
 */
export const PAYMENT_INIT_DEFAULTS = {
  messageType: 'INIT',
  version: '1.0.6',
  paymentType: 'PAY',
  paymentChannel: '1',
  device: '1',
  language: 'vi-VN',
  currency: 'VND',
  bankCode: 'PAYMENT',
} as const satisfies Partial<PaymentInit>;

/** @internal Field table of {@link PaymentInit}: `model-interfaces.test.ts` keeps the two equal. */
export type PaymentInitFields = typeof record.fields;
