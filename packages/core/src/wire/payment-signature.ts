import { formatWireDate } from '../time/vietnam-time';
import type { PaymentInit } from './payment-init';

/** The INIT fields covered by MaXacThuc, in signing order (domain.md §1.3). */
export type PaymentInitSigned = Omit<PaymentInit, 'signature' | 'receipt'>;

async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * MaXacThuc of an INIT message: SHA-256 (lower-case hex) of
 * `LoaiBanTin|PhienBan|MaDoiTac|MaThamChieu|SoTien|LoaiHinhThanhToan|MaKenhThanhToan|MaThietBi|NgonNgu|MaTienTe|MaNganHang|ThongTinGiaoDich|ThoiGianGD|Ip|<secret>`,
 * with every value in its wire form. Uses WebCrypto (`crypto.subtle`): browsers and Node 20.
 *
 * @example
 * const signature = await signPaymentInit(message, process.env.PAYGOV_SECRET);
 * const wire = encodePaymentInit({ ...message, signature });
 */
export async function signPaymentInit(message: PaymentInitSigned, secret: string): Promise<string> {
  const fields = [
    message.messageType,
    message.version,
    message.partnerCode,
    message.reference,
    String(message.amount),
    message.paymentType,
    message.paymentChannel,
    message.device,
    message.language,
    message.currency,
    message.bankCode,
    message.description,
    formatWireDate(message.transactionAt),
    message.ip,
  ];
  return sha256Hex([...fields, secret].join('|'));
}

/** The fields a receipt or confirmation message signs. */
export interface PaymentCallbackSigned {
  /** Loại bản tin — wire: LoaiBanTin */
  messageType: string;
  /** Phiên bản — wire: PhienBan */
  version: string;
  /** Mã đối tác — wire: MaDoiTac */
  partnerCode: string;
  /** Mã tham chiếu — wire: MaThamChieu */
  reference: string;
  /** Thời gian giao dịch — wire: ThoiGianGD */
  transactionAt: Date;
}

/**
 * MaXacThuc of a receipt/confirmation message: SHA-256 (lower-case hex) of
 * `LoaiBanTin|PhienBan|MaDoiTac|MaThamChieu|ThoiGianGD|<secret>`.
 */
export async function signPaymentCallback(message: PaymentCallbackSigned, secret: string): Promise<string> {
  const fields = [message.messageType, message.version, message.partnerCode, message.reference, formatWireDate(message.transactionAt)];
  return sha256Hex([...fields, secret].join('|'));
}

/** Compares two hex strings without an early exit (case-insensitive). */
function sameHex(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let diff = x.length ^ y.length;
  for (let i = 0; i < Math.max(x.length, y.length); i++) diff |= (x.charCodeAt(i) || 0) ^ (y.charCodeAt(i) || 0);
  return diff === 0;
}

/**
 * Whether an INIT message's `signature` (MaXacThuc) matches the partner secret.
 *
 * @example if (!(await verifyPaymentSignature(decodePaymentInit(body), secret))) reject();
 */
export async function verifyPaymentSignature(message: PaymentInit, secret: string): Promise<boolean> {
  return sameHex(await signPaymentInit(message, secret), message.signature);
}
