import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyPaymentConfirm } from '@dvc-kit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../server/start-sandbox';
import type { RunningSandbox } from '../server/start-sandbox';
import { INIT_SIGNED_FIELDS, paymentSignature, QUERY_SIGNED_FIELDS } from './paygov-signature';

/** The corpus's example secret: the corpus example messages verify with it as they are. */
const SECRET = 'bi-mat-doi-tac-vi-du';
const TOKEN = 'token-doi-tac';

/** paygov-init.request.json's example (receipt trimmed to the keys the sandbox reads). */
const CORPUS_INIT = {
  LoaiBanTin: 'INIT',
  PhienBan: '1.0.6',
  MaDoiTac: 'H66EABUNG',
  MaThamChieu: 'dvc0005020H66251203000120251203091500',
  SoTien: '8000',
  LoaiHinhThanhToan: 'PAY',
  MaKenhThanhToan: '1',
  MaThietBi: '1',
  NgonNgu: 'vi-VN',
  MaTienTe: 'VND',
  MaNganHang: 'PAYMENT',
  ThongTinGiaoDich: 'THANH TOAN HO SO 000.50.20.H66-251203-0001',
  ThoiGianGD: '20251203091500',
  Ip: '10.20.30.40',
  MaXacThuc: '5f47b2428bfba967ecf95e41812224b7df7bcb70e9be90a998d5fe960a9e9aae',
  ThongTinBienLai: {
    MaDichVu: '2',
    MaHoSo: '000.50.20.H66-251203-0001',
    PhiLePhi: [{ LoaiPhiLePhi: 'Phi', MaPhiLePhi: '2.000635.01', TenPhiLePhi: 'Lệ phí', SoTien: '8000' }],
  },
};
/** paygov-query.exchange.json's example request. */
const CORPUS_QUERY = {
  LoaiBanTin: 'QUERY',
  PhienBan: '1.0.6',
  MaDoiTac: 'H66EABUNG',
  MaThamChieu: 'dvc0005020H66251203000120251203091500',
  ThoiGianGD: '20251203091500',
  MaXacThuc: 'c10299176f68e58891a859c5154e0fbeead1d159d901b50894979c6666106041',
};
/** paygov-get-bill.exchange.json's example request. */
const CORPUS_BILL = {
  ...CORPUS_QUERY,
  LoaiBanTin: 'GET_BILL',
  MaXacThuc: '3e3b473f73dbb796aa27bd43da150217327e290c7ab998a8eb3dbda9915153a2',
};

let sandbox: RunningSandbox;
const confirms: Record<string, unknown>[] = [];
const callback = createServer((req, res) => {
  let text = '';
  req.on('data', (c: Buffer) => (text += c.toString('utf8')));
  req.on('end', () => {
    const body = JSON.parse(text) as Record<string, unknown>;
    confirms.push(body);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        MaLoi: '00',
        MoTaLoi: 'Thành công',
        MaDoiTac: body.MaDoiTac,
        MaThamChieu: body.MaThamChieu,
        ThoiGianGD: body.ThoiGianGD,
        MaXacThuc: body.MaXacThuc,
      }),
    );
  });
});

beforeAll(async () => {
  await new Promise<void>((resolve) => callback.listen(0, '127.0.0.1', resolve));
  const callbackUrl = `http://127.0.0.1:${(callback.address() as AddressInfo).port}/paygov/confirm`;
  sandbox = await startSandbox({
    port: 0,
    clock: '2025-12-03T02:15:00Z',
    paymentSecret: SECRET,
    paymentAccessToken: TOKEN,
    paymentCallbackUrl: callbackUrl,
  });
}, 60_000);
afterAll(async () => {
  await sandbox?.close();
  await new Promise((resolve) => callback.close(resolve));
});

const post = async (path: string, body: unknown, token: string | null = TOKEN) => {
  const res = await fetch(`${sandbox.paygovUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    bytes: new Uint8Array(await res.arrayBuffer()),
  };
};
const asJson = (r: { bytes: Uint8Array }) => JSON.parse(new TextDecoder().decode(r.bytes)) as Record<string, unknown>;

describe('PayGov on its own paths (paygov-* corpus files)', () => {
  it('takes the corpus INIT as it is, answers it flat, then QUERY says pending', async () => {
    expect((await post('/init', CORPUS_INIT, null)).status).toBe(401); // the partner token is required when configured
    const init = await post('/init', CORPUS_INIT);
    expect(init.status).toBe(200);
    expect(asJson(init)).toMatchObject({
      MaLoi: '00',
      UrlThanhToan: `${sandbox.paygovUrl}/pay/${CORPUS_INIT.MaThamChieu}`,
    });
    expect(asJson(await post('/init', CORPUS_INIT))).toMatchObject({ MaLoi: '99' }); // a reference is used once
    expect(asJson(await post('/query', CORPUS_QUERY))).toMatchObject({
      MaLoi: '00',
      TrangThaiGD: '3',
      SoTien: 8000,
      MaThamChieu: CORPUS_INIT.MaThamChieu,
    });
    expect((await post('/getBill', CORPUS_BILL)).status).toBe(409); // nothing to bill before payment
  });

  it('calls the province back with a CONFIRM whose 11-part MaXacThuc verifies, and keeps the reply', async () => {
    const res = await fetch(`${sandbox.paygovUrl}/pay/${CORPUS_INIT.MaThamChieu}`, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'outcome=paid',
    });
    expect(await res.json()).toMatchObject({ state: 'paid', callback: { status: 200, body: { MaLoi: '00' } } });
    const confirm = confirms.at(-1) as Record<string, unknown>;
    expect(confirm).toMatchObject({
      MaLoi: '00',
      MaThamChieu: CORPUS_INIT.MaThamChieu,
      SoTien: 8000,
      MaTienTe: 'VND',
      ThoiGianGD: '20251203091500',
    });
    expect(await verifyPaymentConfirm(confirm, SECRET)).toBe(true);
    expect(asJson(await post('/query', CORPUS_QUERY))).toMatchObject({
      TrangThaiGD: '1',
      MaGiaoDich: confirm.MaGiaoDich,
    });
    const bill = await post('/getBill', CORPUS_BILL);
    expect(bill.type).toBe('application/pdf');
    expect(new TextDecoder().decode(bill.bytes.slice(0, 4))).toBe('%PDF');
  });

  it('rejects a wrong hash, a different ThoiGianGD text and a wrong message type', async () => {
    expect(asJson(await post('/query', { ...CORPUS_QUERY, MaXacThuc: 'ab'.repeat(32) }))).toMatchObject({
      MaLoi: '99',
    });
    const otherTime = { ...CORPUS_QUERY, ThoiGianGD: '20251203031500' };
    expect(
      asJson(
        await post('/query', { ...otherTime, MaXacThuc: paymentSignature(otherTime, QUERY_SIGNED_FIELDS, SECRET) }),
      ),
    ).toMatchObject({ MaLoi: '99' });
    expect(asJson(await post('/query', { ...CORPUS_BILL }))).toMatchObject({ MaLoi: '99' });
    const tampered = { ...CORPUS_INIT, MaThamChieu: 'dvc-khac', SoTien: '1' };
    expect(asJson(await post('/init', tampered))).toMatchObject({ MaLoi: '99' });
    expect(
      asJson(await post('/init', { ...tampered, MaXacThuc: paymentSignature(tampered, INIT_SIGNED_FIELDS, SECRET) })),
    ).toMatchObject({ MaLoi: '00' });
  });

  it('wraps the INIT answer as {error_code, message:"<JSON>"} in the lgsp form', async () => {
    const lgsp = await startSandbox({
      port: 0,
      clock: '2025-12-03T02:15:00Z',
      paymentSecret: SECRET,
      paymentAnswer: 'lgsp',
    });
    try {
      const res = await fetch(`${lgsp.paygovUrl}/init`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(CORPUS_INIT),
      });
      const body = (await res.json()) as { error_code: string; message: string };
      expect(body.error_code).toBe('0');
      expect(JSON.parse(body.message)).toMatchObject({
        MaLoi: '00',
        UrlThanhToan: expect.stringContaining('/paygov/pay/'),
      });
      const again = (await (
        await fetch(`${lgsp.paygovUrl}/init`, { method: 'POST', body: JSON.stringify(CORPUS_INIT) })
      ).json()) as { error_code: string };
      expect(again.error_code).toBe('-1');
    } finally {
      await lgsp.close();
    }
  });
});
