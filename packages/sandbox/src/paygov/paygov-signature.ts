import { createHash, timingSafeEqual } from 'node:crypto';
import { PAYMENT_CONFIRM_SIGNED_FIELDS } from '@dvc-kit/core';

/** INIT fields hashed into MaXacThuc, in order (paygov-init corpus file); the partner secret follows. */
export const INIT_SIGNED_FIELDS = [
  'LoaiBanTin',
  'PhienBan',
  'MaDoiTac',
  'MaThamChieu',
  'SoTien',
  'LoaiHinhThanhToan',
  'MaKenhThanhToan',
  'MaThietBi',
  'NgonNgu',
  'MaTienTe',
  'MaNganHang',
  'ThongTinGiaoDich',
  'ThoiGianGD',
  'Ip',
] as const;
/** QUERY and GET_BILL fields hashed into MaXacThuc (paygov-query, paygov-get-bill). */
export const QUERY_SIGNED_FIELDS = ['LoaiBanTin', 'PhienBan', 'MaDoiTac', 'MaThamChieu', 'ThoiGianGD'] as const;
/** CONFIRM fields hashed into MaXacThuc (paygov-confirm-callback): core's list, which the gateway verifies with. */
export const CONFIRM_SIGNED_FIELDS = PAYMENT_CONFIRM_SIGNED_FIELDS;

const asText = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

/** MaXacThuc: lower-case hex SHA-256 of the `|`-joined received texts, then `|` and the secret. */
export function paymentSignature(message: Record<string, unknown>, fields: readonly string[], secret: string): string {
  return createHash('sha256')
    .update([...fields.map((f) => asText(message[f])), secret].join('|'), 'utf8')
    .digest('hex');
}

/** Whether `message.MaXacThuc` matches `fields` and the secret (case-insensitive hex). */
export function signatureMatches(message: Record<string, unknown>, fields: readonly string[], secret: string): boolean {
  const given = typeof message.MaXacThuc === 'string' ? message.MaXacThuc.toLowerCase() : '';
  const expected = paymentSignature(message, fields, secret);
  return given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}
