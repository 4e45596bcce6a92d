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
 * const wire = encodeWire(paymentInitCodec, { ...message, signature });
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

/**
 * The fields a QUERY or GET_BILL message signs (paygov-query / paygov-get-bill corpus files).
 * `transactionTime` is the ThoiGianGD TEXT of the INIT as it was sent: TH formats it on a
 * 12-hour clock, so a `Date` cannot reproduce it; re-send and hash the exact text.
 */
export interface PaymentQuerySigned {
  /** Loại bản tin (`QUERY` or `GET_BILL`) — wire: LoaiBanTin */
  messageType: string;
  /** Phiên bản — wire: PhienBan */
  version: string;
  /** Mã đối tác — wire: MaDoiTac */
  partnerCode: string;
  /** Mã tham chiếu — wire: MaThamChieu */
  reference: string;
  /** Thời gian giao dịch, the text sent with INIT (a `Date` is formatted `yyyyMMddHHmmss`) — wire: ThoiGianGD */
  transactionTime: string | Date;
}

/**
 * MaXacThuc of a QUERY or GET_BILL message: SHA-256 (lower-case hex) of
 * `LoaiBanTin|PhienBan|MaDoiTac|MaThamChieu|ThoiGianGD|<secret>`.
 *
 * @example await signPaymentQuery({ messageType: 'QUERY', version: '1.0.6', partnerCode, reference, transactionTime: '20251203091500' }, secret)
 */
export async function signPaymentQuery(message: PaymentQuerySigned, secret: string): Promise<string> {
  const time =
    typeof message.transactionTime === 'string' ? message.transactionTime : formatWireDate(message.transactionTime);
  const fields = [message.messageType, message.version, message.partnerCode, message.reference, time];
  return sha256Hex([...fields, secret].join('|'));
}

/**
 * The fields of an inbound CONFIRM (platform → province) covered by its MaXacThuc, in order
 * (paygov-confirm-callback corpus file; TH `ConfirmDvcPaymentCommandHandler`, OCPS `PayGateUtil`).
 */
export const PAYMENT_CONFIRM_SIGNED_FIELDS = [
  'LoaiBanTin',
  'MaLoi',
  'MaDoiTac',
  'MaThamChieu',
  'SoTien',
  'MaTienTe',
  'MaGiaoDich',
  'MaNganHang',
  'ThoiGianGD',
  'ThongTinGiaoDich',
] as const;

/** A value as it enters the hash: text as received, a JSON number as its decimal text, absent as `''`. */
function hashText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  return '';
}

/**
 * MaXacThuc of a CONFIRM message as received: SHA-256 (lower-case hex) of the 11-part
 * `LoaiBanTin|MaLoi|MaDoiTac|MaThamChieu|SoTien|MaTienTe|MaGiaoDich|MaNganHang|ThoiGianGD|ThongTinGiaoDich|<secret>`.
 * It hashes the received text (LoaiBanTin's value is not public; ThoiGianGD may be 12-hour),
 * and `SoTien` — a JSON number here — as its decimal text.
 *
 * @example await signPaymentConfirm(JSON.parse(body), secret)
 */
export async function signPaymentConfirm(message: Record<string, unknown>, secret: string): Promise<string> {
  return sha256Hex([...PAYMENT_CONFIRM_SIGNED_FIELDS.map((f) => hashText(message[f])), secret].join('|'));
}

/**
 * Whether a received CONFIRM's MaXacThuc matches its 11 fields and the partner secret.
 *
 * @example if (!(await verifyPaymentConfirm(body, secret))) reject();
 */
export async function verifyPaymentConfirm(message: Record<string, unknown>, secret: string): Promise<boolean> {
  const given = message.MaXacThuc;
  return typeof given === 'string' && sameHex(await signPaymentConfirm(message, secret), given);
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
 * @example if (!(await verifyPaymentSignature(decodeWire(paymentInitCodec, body), secret))) reject();
 */
export async function verifyPaymentSignature(message: PaymentInit, secret: string): Promise<boolean> {
  return sameHex(await signPaymentInit(message, secret), message.signature);
}
