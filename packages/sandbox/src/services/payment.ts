import { createHash, timingSafeEqual } from 'node:crypto';
import { parseWireDate } from '@dvc-kit/core';
import type { ServiceContext, ServiceDefinition } from './context';
import { fieldError, PortalError, requireString } from './portal-error';
import { inTransaction } from '../store/transaction';
import { scalar } from '../store/database';

/** INIT fields hashed into MaXacThuc, in order (domain.md §1.3); the partner secret follows. */
export const INIT_SIGNED_FIELDS = ['LoaiBanTin', 'PhienBan', 'MaDoiTac', 'MaThamChieu', 'SoTien', 'LoaiHinhThanhToan', 'MaKenhThanhToan', 'MaThietBi', 'NgonNgu', 'MaTienTe', 'MaNganHang', 'ThongTinGiaoDich', 'ThoiGianGD', 'Ip'] as const;
/** Fields hashed for confirm and receipt messages. */
export const CONFIRM_SIGNED_FIELDS = ['LoaiBanTin', 'PhienBan', 'MaDoiTac', 'MaThamChieu', 'ThoiGianGD'] as const;

/** MaXacThuc: lower-case hex SHA-256 of the `|`-joined fields followed by `|` and the secret. */
export function paymentSignature(message: Record<string, unknown>, fields: readonly string[], secret: string): string {
  const text = [...fields.map((f) => String(message[f] ?? '')), secret].join('|');
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function verify(message: Record<string, unknown>, fields: readonly string[], ctx: ServiceContext): void {
  for (const f of fields) requireString(message, f);
  const given = requireString(message, 'MaXacThuc').toLowerCase();
  const expected = paymentSignature(message, fields, ctx.paymentSecret);
  if (given.length !== expected.length || !timingSafeEqual(Buffer.from(given), Buffer.from(expected))) {
    throw new PortalError('invalidSignature', { vi: 'Mã xác thực (MaXacThuc) không đúng', en: 'Invalid signature (MaXacThuc)' }, [
      { field: 'MaXacThuc', code: 'signature', messages: { vi: 'Trường MaXacThuc: không khớp với nội dung bản tin', en: 'Field MaXacThuc: does not match the message' } },
    ]);
  }
}

/**
 * KhoiTaoThanhToan — payment INIT (LoaiBanTin "INIT"): verifies MaXacThuc, records the
 * transaction and answers `{ MaThamChieu, MaGiaoDich, UrlThanhToan }`.
 */
export const paymentInit: ServiceDefinition = {
  name: 'KhoiTaoThanhToan',
  write: true,
  handle(body, ctx) {
    if (body.LoaiBanTin !== 'INIT') throw fieldError('LoaiBanTin', 'phải là "INIT"', 'must be "INIT"', 'wire.enum-value');
    verify(body, INIT_SIGNED_FIELDS, ctx);
    const amount = String(body.SoTien);
    if (!/^[1-9]\d*$/.test(amount)) throw fieldError('SoTien', 'phải là số nguyên dương (đồng)', 'must be a positive integer (VND)', 'wire.integer');
    if (!parseWireDate(String(body.ThoiGianGD))) throw fieldError('ThoiGianGD', 'ngày giờ phải có dạng yyyyMMddHHmmss', 'date must be yyyyMMddHHmmss', 'wire.date');
    const receipt = body.ThongTinBienLai;
    if (receipt === null || typeof receipt !== 'object' || Array.isArray(receipt)) throw fieldError('ThongTinBienLai', 'bắt buộc, phải là một đối tượng', 'required object', 'required');
    const dossierCode = requireString(receipt as Record<string, unknown>, 'MaHoSo', 'ThongTinBienLai.');
    const reference = String(body.MaThamChieu);
    const existing = scalar(ctx.db.prepare('SELECT status FROM payments WHERE reference = ?'), reference);
    if (existing !== undefined) throw new PortalError('alreadyExists', { vi: `Giao dịch ${reference} đã tồn tại`, en: `Transaction ${reference} already exists` });
    const transactionId = `GD${ctx.now}${Math.floor(Math.random() * 1000).toString().padStart(3, '0')}`;
    ctx.db.prepare('INSERT INTO payments (reference, dossier_code, amount, status, wire, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
      reference, dossierCode, Number(amount), 'initiated', JSON.stringify({ ...body, MaGiaoDich: transactionId }), ctx.now, ctx.now,
    );
    return { message: 'Khởi tạo giao dịch thành công', result: { MaThamChieu: reference, MaGiaoDich: transactionId, UrlThanhToan: `${ctx.baseUrl}/payment/${encodeURIComponent(reference)}` } };
  },
};

/**
 * XacNhanThanhToan — confirm a payment (signature over LoaiBanTin|PhienBan|MaDoiTac|MaThamChieu|ThoiGianGD):
 * marks it paid and sets DuocThanhToanTrucTuyen = "1" on the dossier when the sandbox has it.
 */
export const paymentConfirm: ServiceDefinition = {
  name: 'XacNhanThanhToan',
  write: true,
  handle(body, ctx) {
    verify(body, CONFIRM_SIGNED_FIELDS, ctx);
    const reference = String(body.MaThamChieu);
    const row = ctx.db.prepare('SELECT dossier_code, amount, status FROM payments WHERE reference = ?').get(reference) as { dossier_code: string; amount: number; status: string } | undefined;
    if (!row) throw new PortalError('notFound', { vi: `Không tìm thấy giao dịch ${reference}`, en: `Transaction ${reference} not found` });
    if (row.status !== 'paid') {
      inTransaction(ctx.db, () => {
        ctx.db.prepare("UPDATE payments SET status = 'paid', updated_at = ? WHERE reference = ?").run(ctx.now, reference);
        if (ctx.store.get(row.dossier_code)) ctx.store.transition(row.dossier_code, { DuocThanhToanTrucTuyen: '1' }, ctx.now, 'update', `payment ${reference}`);
      });
    }
    return { message: 'Xác nhận thanh toán thành công', result: { MaThamChieu: reference, MaHoSo: row.dossier_code, SoTien: String(row.amount), TrangThai: 'DA_THANH_TOAN' } };
  },
};

/** TraCuuThanhToan — payment status of a dossier: `{ MaHoSo }` → its transactions. */
export const paymentLookup: ServiceDefinition = {
  name: 'TraCuuThanhToan',
  write: false,
  handle(body, ctx) {
    const code = requireString(body, 'MaHoSo');
    const rows = ctx.db.prepare('SELECT reference, amount, status, updated_at FROM payments WHERE dossier_code = ? ORDER BY created_at').all(code) as { reference: string; amount: number; status: string }[];
    return { result: rows.map((r) => ({ MaThamChieu: r.reference, SoTien: String(r.amount), TrangThai: r.status === 'paid' ? 'DA_THANH_TOAN' : 'CHO_THANH_TOAN' })) };
  },
};
