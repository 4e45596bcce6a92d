import type { Context, Hono } from 'hono';
import { formatWireDate, type MessageParams } from '@dvc-kit/core';
import type { SandboxRuntime } from '../server/runtime';
import { json, readJsonObject } from '../server/respond';
import { payGovMessages, type PayGovMessageCode } from './messages';
import { inTransaction } from '../store/transaction';
import {
  CONFIRM_SIGNED_FIELDS,
  INIT_SIGNED_FIELDS,
  paymentSignature,
  QUERY_SIGNED_FIELDS,
  signatureMatches,
} from './paygov-signature';
import { confirmMessage, payPage } from './pay-page';

/** Paths of the payment platform (PayGov) — its own URLs, outside the integration envelope. */
export const PAYGOV_PATHS = {
  init: '/paygov/init',
  query: '/paygov/query',
  bill: '/paygov/getBill',
  pay: '/paygov/pay/:reference',
} as const;

/** A stored transaction: the INIT as received plus what the sandbox decided. */
export interface PayGovTransaction {
  init: Record<string, unknown>;
  state: 'initiated' | 'paid' | 'failed';
  /** Mã giao dịch, set when the payer finishes */
  transactionId?: string;
  /** ThoiGianGD of the CONFIRM */
  confirmTime?: string;
  /** The province's reply to the CONFIRM callback, when one was sent */
  callback?: { status: number; body: unknown } | { error: string };
}

/** Loads a transaction by MaThamChieu. */
export function loadTransaction(rt: SandboxRuntime, reference: string): PayGovTransaction | undefined {
  const row = rt.db.prepare('SELECT wire FROM payments WHERE reference = ?').get(reference) as
    { wire: string } | undefined;
  return row === undefined ? undefined : (JSON.parse(row.wire) as PayGovTransaction);
}

/** Saves a transaction's new state (the dossier, when the sandbox has it, is marked paid online). */
export function saveTransaction(rt: SandboxRuntime, reference: string, tx: PayGovTransaction): void {
  const now = rt.clock.now().getTime();
  inTransaction(rt.db, () => {
    rt.db
      .prepare('UPDATE payments SET status = ?, wire = ?, updated_at = ? WHERE reference = ?')
      .run(tx.state, JSON.stringify(tx), now, reference);
    const receipt = tx.init.ThongTinBienLai as Record<string, unknown> | undefined;
    const code = typeof receipt?.MaHoSo === 'string' ? receipt.MaHoSo : undefined;
    if (tx.state === 'paid' && code && rt.store.get(code))
      rt.store.transition(code, { DuocThanhToanTrucTuyen: '1' }, now, 'update', `payment ${reference}`);
  });
}

/**
 * The platform's failure answer. Its codes are not public: the sandbox uses the corpus's
 * illustrative shapes — `{error_code:"-1", message}` wrapped, `{MaLoi:"99", MoTaLoi}` direct —
 * and clients give them no meaning beyond "not success".
 */
function failure(rt: SandboxRuntime, status: number, code: PayGovMessageCode, params?: MessageParams): Response {
  const vi = payGovMessages.localize(code, params, 'vi');
  return json(rt.paygov.wrapping === 'lgsp' ? { error_code: '-1', message: vi } : { MaLoi: '99', MoTaLoi: vi }, status);
}

/** The platform's success answer in the configured wrapping (paygov-init.response corpus file). */
function success(rt: SandboxRuntime, answer: Record<string, unknown>): Response {
  return json(rt.paygov.wrapping === 'lgsp' ? { error_code: '0', message: JSON.stringify(answer) } : answer);
}

/** The partner token check: `Authorization: Bearer <token>` when the sandbox has one. */
function authorized(rt: SandboxRuntime, c: Context): boolean {
  return rt.paygov.accessToken === undefined || c.req.header('authorization') === `Bearer ${rt.paygov.accessToken}`;
}

/** The transaction a QUERY/GET_BILL names, after its 5-part hash and INIT time check. */
async function queried(rt: SandboxRuntime, c: Context, messageType: string, acceptConfirmTime: boolean) {
  const body = await readJsonObject(c.req.raw);
  if (!body) return { error: failure(rt, 400, 'body.not-object') };
  if (body.LoaiBanTin !== messageType) return { error: failure(rt, 400, 'message.type', { type: messageType }) };
  if (!signatureMatches(body, QUERY_SIGNED_FIELDS, rt.paymentSecret))
    return { error: failure(rt, 400, 'signature.invalid') };
  const reference = String(body.MaThamChieu ?? '');
  const tx = loadTransaction(rt, reference);
  if (!tx) return { error: failure(rt, 404, 'transaction.missing', { reference }) };
  // The exact ThoiGianGD text of the INIT (GET_BILL also the CONFIRM's, as OCPS sends).
  const times = [tx.init.ThoiGianGD, ...(acceptConfirmTime && tx.confirmTime ? [tx.confirmTime] : [])];
  if (!times.includes(body.ThoiGianGD)) return { error: failure(rt, 400, 'time.mismatch') };
  return { body, reference, tx };
}

/**
 * Mounts the payment platform on its own paths in the observed shapes (paygov-* corpus files):
 * INIT (15-part MaXacThuc, answer wrapped or direct as configured), QUERY and GET_BILL (5-part,
 * the INIT's ThoiGianGD text), a payer page at `UrlThanhToan`, and — when a callback URL is
 * configured — the CONFIRM callback (11-part MaXacThuc) to the province when the payer finishes.
 */
export function mountPayGovRoutes(app: Hono, rt: SandboxRuntime): void {
  app.post(PAYGOV_PATHS.init, async (c) => {
    if (!authorized(rt, c)) return failure(rt, 401, 'partner.token');
    const body = await readJsonObject(c.req.raw);
    if (!body) return failure(rt, 400, 'body.not-object');
    if (body.LoaiBanTin !== 'INIT') return failure(rt, 400, 'message.type', { type: 'INIT' });
    if (!signatureMatches(body, INIT_SIGNED_FIELDS, rt.paymentSecret)) return failure(rt, 400, 'signature.invalid');
    const amount = typeof body.SoTien === 'number' ? String(body.SoTien) : body.SoTien;
    if (typeof amount !== 'string' || !/^[1-9]\d*$/.test(amount)) return failure(rt, 400, 'amount.invalid');
    // TH writes a 12-hour clock: any 14 digits are accepted and kept as sent.
    if (typeof body.ThoiGianGD !== 'string' || !/^\d{14}$/.test(body.ThoiGianGD))
      return failure(rt, 400, 'time.invalid');
    const reference = typeof body.MaThamChieu === 'string' ? body.MaThamChieu : '';
    if (reference === '') return failure(rt, 400, 'reference.missing');
    if (loadTransaction(rt, reference)) return failure(rt, 409, 'transaction.exists', { reference });
    const receipt = body.ThongTinBienLai as Record<string, unknown> | undefined;
    const dossierCode = typeof receipt?.MaHoSo === 'string' ? receipt.MaHoSo : '';
    const now = rt.clock.now().getTime();
    const tx: PayGovTransaction = { init: body, state: 'initiated' };
    rt.db
      .prepare(
        'INSERT INTO payments (reference, dossier_code, amount, status, wire, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      )
      .run(reference, dossierCode, Number(amount), tx.state, JSON.stringify(tx), now, now);
    const url = `${rt.baseUrl()}/paygov/pay/${encodeURIComponent(reference)}`;
    return success(rt, { MaLoi: '00', MoTaLoi: 'Thành công', MaThamChieu: reference, UrlThanhToan: url });
  });

  app.post(PAYGOV_PATHS.query, async (c) => {
    if (!authorized(rt, c)) return failure(rt, 401, 'partner.token');
    const q = await queried(rt, c, 'QUERY', false);
    if ('error' in q) return q.error;
    const { tx, reference } = q;
    const answer: Record<string, unknown> = {
      MaLoi: '00',
      MoTaLoi: 'Thành công',
      MaDoiTac: tx.init.MaDoiTac,
      MaThamChieu: reference,
      ThoiGianGD: tx.confirmTime ?? tx.init.ThoiGianGD,
      LoaiBanTin: 'QUERY',
      SoTien: Number(tx.init.SoTien),
      MaTienTe: tx.init.MaTienTe ?? 'VND',
      MaGiaoDich: tx.transactionId ?? '',
      MaNganHang: tx.transactionId ? 'VCB' : '',
      ThongTinGiaoDich: tx.init.ThongTinGiaoDich,
      TrangThaiGD: tx.state === 'paid' ? '1' : tx.state === 'failed' ? '4' : '3',
    };
    // The answer's MaXacThuc formula is not public; the sandbox signs it like a CONFIRM.
    answer.MaXacThuc = paymentSignature(answer, CONFIRM_SIGNED_FIELDS, rt.paymentSecret);
    return json(answer);
  });

  app.post(PAYGOV_PATHS.bill, async (c) => {
    if (!authorized(rt, c)) return failure(rt, 401, 'partner.token');
    const q = await queried(rt, c, 'GET_BILL', true);
    if ('error' in q) return q.error;
    if (q.tx.state !== 'paid') return failure(rt, 409, 'transaction.unpaid');
    const pdf = `%PDF-1.4\n% DVC Kit sandbox — biên lai điện tử\n% ${q.reference} — ${String(q.tx.init.SoTien)} VND — ${q.tx.transactionId ?? ''}\n%%EOF\n`;
    return new Response(Buffer.from(pdf, 'utf8'), { headers: { 'content-type': 'application/pdf' } });
  });

  app.get(PAYGOV_PATHS.pay, (c) => {
    const reference = c.req.param('reference');
    const tx = loadTransaction(rt, reference);
    if (!tx) return c.html('<!doctype html><title>Không tìm thấy</title><p>Không tìm thấy giao dịch.</p>', 404);
    return c.html(payPage(reference, tx));
  });

  app.post(PAYGOV_PATHS.pay, async (c) => {
    const reference = c.req.param('reference');
    const tx = loadTransaction(rt, reference);
    if (!tx) return json({ error: 'not found' }, 404);
    const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
    const outcome = (form as Record<string, unknown>).outcome === 'failed' ? 'failed' : 'paid';
    if (tx.state === 'initiated') {
      tx.state = outcome;
      tx.transactionId = `PP${formatWireDate(rt.clock.now()).slice(2, 8)}${Math.floor(Math.random() * 1e8)
        .toString()
        .padStart(8, '0')}`;
      tx.confirmTime = formatWireDate(rt.clock.now());
      saveTransaction(rt, reference, tx);
    }
    if (rt.paygov.callbackUrl !== undefined) {
      const message = confirmMessage(tx, reference, rt.paymentSecret);
      try {
        const res = await fetch(rt.paygov.callbackUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(message),
        });
        const text = await res.text();
        let parsed: unknown = text;
        try {
          parsed = JSON.parse(text);
        } catch {
          // a text reply (TH answers a bad hash with a text 500) is kept as text
        }
        tx.callback = { status: res.status, body: parsed };
      } catch (error) {
        tx.callback = { error: error instanceof Error ? error.message : String(error) };
      }
      saveTransaction(rt, reference, tx);
    }
    if ((c.req.header('accept') ?? '').includes('application/json'))
      return json({ reference, state: tx.state, callback: tx.callback ?? null });
    return c.html(payPage(reference, tx));
  });
}
