import { startSandbox } from '@dvc-kit/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGENCY, dossier, dossierWire } from '../../test/dossier-fixtures';
import { CREDENTIALS, FAST_RETRY } from '../../test/portal-sandbox';
import { startTestServer } from '../../test/test-server';
import { ConnectionError } from '../errors/connection-error';
import { PaymentPlatformError } from '../errors/payment-platform-error';
import { RequestValidationError } from '../errors/request-validation-error';
import { createPortalClient } from './create-portal-client';
import type { PortalClientOptions } from './create-portal-client';
import type { PaymentInitRequest } from './payment-services';

const SECRET = 'khoa-bi-mat-thu';
const TOKEN = 'token-doi-tac-thu';
let sandbox: Awaited<ReturnType<typeof startSandbox>>;
beforeAll(async () => {
  sandbox = await startSandbox({
    port: 0,
    clock: '2025-07-15T03:00:00Z',
    paymentSecret: SECRET,
    paymentAccessToken: TOKEN,
  });
}, 60_000);
afterAll(() => sandbox?.close());

const client = (extra: Partial<PortalClientOptions> = {}) =>
  createPortalClient({
    baseUrl: sandbox.url,
    agencyCode: AGENCY,
    credentials: CREDENTIALS,
    retry: FAST_RETRY,
    payment: { baseUrl: sandbox.paygovUrl, partnerCode: 'H66EABUNG', secret: SECRET, accessToken: async () => TOKEN },
    ...extra,
  } as PortalClientOptions);

const init = (code: string, reference: string): PaymentInitRequest => ({
  reference,
  amount: 8000,
  description: `THANH TOAN HO SO ${code}`,
  transactionAt: new Date('2025-07-15T03:00:00Z'),
  ip: '203.0.113.7',
  receipt: {
    dossierCode: code,
    procedureCode: '1.001193',
    payerName: 'Nguyễn Văn An',
    fees: [{ name: 'Lệ phí', amount: 8000 }],
  },
});

describe('PayGov against the sandbox over loopback HTTP', () => {
  it('INIT → pay → QUERY says paid → GET_BILL gives the PDF; the dossier is marked paid online', async () => {
    const portal = client();
    const code = dossierWire(40).MaHoSo;
    await portal.syncDossier(dossier(40));
    const session = await portal.initPayment(init(code, `dvc${code.replace(/\W/g, '')}1`));
    expect(session).toMatchObject({
      reference: `dvc${code.replace(/\W/g, '')}1`,
      transactionTime: '20250715100000',
      answer: { MaLoi: '00' },
    });
    expect(session.paymentUrl).toBe(`${sandbox.paygovUrl}/pay/${session.reference}`);
    const ask = { reference: session.reference, transactionTime: session.transactionTime };
    expect(await portal.queryPayment(ask)).toMatchObject({
      state: 'pending',
      reference: session.reference,
      amount: 8000,
    });
    const paid = await fetch(session.paymentUrl, {
      method: 'POST',
      headers: { accept: 'application/json' },
      body: new URLSearchParams({ outcome: 'paid' }),
    });
    expect(await paid.json()).toMatchObject({ state: 'paid' });
    const status = await portal.queryPayment(ask);
    expect(status).toMatchObject({
      state: 'paid',
      amount: 8000,
      transactionId: expect.stringMatching(/^PP/),
      bankCode: 'VCB',
    });
    const bill = await portal.getPaymentBill(ask);
    expect(bill.type).toBe('pdf');
    expect(bill.type === 'pdf' && new TextDecoder().decode(bill.content.slice(0, 5))).toBe('%PDF-');
    expect((await portal.lookupDossier(code))?.onlinePayment).toBe('paid-online');
  });

  it('a failed payment is `failed`; a wrong secret or token is a PaymentPlatformError; missing settings name the option', async () => {
    const portal = client();
    const code = dossierWire(41).MaHoSo;
    const session = await portal.initPayment(init(code, `dvc-failed-${code}`));
    await fetch(session.paymentUrl, {
      method: 'POST',
      headers: { accept: 'application/json' },
      body: new URLSearchParams({ outcome: 'failed' }),
    });
    expect(
      (await portal.queryPayment({ reference: session.reference, transactionTime: session.transactionTime })).state,
    ).toBe('failed');

    const wrongSecret = await client({
      payment: { baseUrl: sandbox.paygovUrl, partnerCode: 'H66EABUNG', secret: 'sai', accessToken: TOKEN },
    })
      .initPayment(init(code, `dvc-wrong-${code}`))
      .catch((e: unknown) => e);
    expect(wrongSecret).toBeInstanceOf(PaymentPlatformError);
    expect(wrongSecret).toMatchObject({ platformCode: '99', status: 400 });
    const noToken = await client({ payment: { baseUrl: sandbox.paygovUrl, partnerCode: 'H66EABUNG', secret: SECRET } })
      .initPayment(init(code, `dvc-token-${code}`))
      .catch((e: unknown) => e);
    expect(noToken).toMatchObject({ code: 'client.payment-platform', status: 401 });
    const unset = await client({ payment: undefined })
      .initPayment(init(code, 'x'))
      .catch((e: unknown) => e);
    expect(unset).toBeInstanceOf(RequestValidationError);
    const bad = await client()
      .initPayment({ ...init(code, 'dvc-bad'), amount: 12.5 })
      .catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(RequestValidationError);
  });
});

describe('PayGov answers of the corpus, served over real HTTP', () => {
  const corpusInner = {
    MaLoi: '00',
    MoTaLoi: 'Thành công',
    MaThamChieu: 'dvc0005020H66251203000120251203091500',
    UrlThanhToan: 'https://thanhtoan.example.gov.vn/pay?token=7Hq2Lx9',
  };
  const replies: [number, string, string | Buffer][] = [
    [200, 'application/json', JSON.stringify({ error_code: '0', message: JSON.stringify(corpusInner) })], // paygov-init.response example (TH, LGSP)
    [200, 'application/json', JSON.stringify(corpusInner)], // variant direct-platform (OCPS)
    [200, 'application/json', JSON.stringify({ error_code: '-1', message: 'Mã xác thực không hợp lệ' })], // variant wrapped-failure
    [200, 'application/json', JSON.stringify({ error_code: 0, message: 'không phải JSON' })],
    [200, 'application/json', JSON.stringify({ MaLoi: '07', MoTaLoi: 'Lỗi khác' })],
    [502, 'text/plain', 'Bad gateway'],
    // QUERY (paygov-query example, then its variants)
    [
      200,
      'application/json',
      JSON.stringify({
        MaLoi: '00',
        MoTaLoi: 'Thành công',
        MaDoiTac: 'H66EABUNG',
        MaThamChieu: corpusInner.MaThamChieu,
        ThoiGianGD: '20251203091842',
        MaXacThuc: '3b1d',
        LoaiBanTin: 'QUERY',
        SoTien: 8000,
        MaTienTe: 'VND',
        MaGiaoDich: 'PP25120300001234',
        MaNganHang: 'VCB',
        ThongTinGiaoDich: 'THANH TOAN HO SO 000.50.20.H66-251203-0001',
        TrangThaiGD: '1',
      }),
    ],
    [200, 'application/json', JSON.stringify({ MaLoi: '00', TrangThaiGD: '3' })],
    [200, 'application/json', JSON.stringify({ MaLoi: '00', TrangThaiGD: '4' })],
    [200, 'application/json', JSON.stringify({ MaLoi: '00', TrangThaiGD: '2' })],
    // GET_BILL: PDF bytes (TH), JSON (OCPS variant)
    [200, 'application/octet-stream', Buffer.from('%PDF-1.4\n%\xff\xfe binary\n', 'latin1')],
    [200, 'application/json', JSON.stringify({ MaLoi: '00', MoTaLoi: 'Thành công' })],
  ];

  it('decodes every INIT wrapping, QUERY state and GET_BILL form, and sends the corpus shapes with Bearer', async () => {
    const server = await startTestServer((_req, res, n) => {
      const [status, type, body] = replies[n - 1] ?? [404, 'text/plain', ''];
      res.writeHead(status, { 'content-type': type });
      res.end(body);
    });
    try {
      const portal = client({
        retry: false,
        payment: {
          baseUrl: `${server.url}/pg`,
          partnerCode: 'H66EABUNG',
          secret: 'bi-mat-doi-tac-vi-du',
          accessToken: 'abc',
          initPath: 'init',
          queryPath: 'query',
          billPath: 'getBill',
        },
      });
      const corpusInit: PaymentInitRequest = {
        reference: 'dvc0005020H66251203000120251203091500',
        amount: 8000,
        description: 'THANH TOAN HO SO 000.50.20.H66-251203-0001',
        transactionAt: new Date('2025-12-03T02:15:00Z'),
        ip: '10.20.30.40',
        receipt: { dossierCode: '000.50.20.H66-251203-0001' },
      };
      const wrapped = await portal.initPayment(corpusInit);
      expect(wrapped).toEqual({
        reference: corpusInit.reference,
        paymentUrl: corpusInner.UrlThanhToan,
        transactionTime: '20251203091500',
        answer: corpusInner,
      });
      const sent = JSON.parse(server.seen[0]?.body ?? '{}') as Record<string, unknown>;
      // The corpus example's own MaXacThuc: the client reproduces the 15-part hash.
      expect(sent).toMatchObject({
        LoaiBanTin: 'INIT',
        PhienBan: '1.0.6',
        SoTien: '8000',
        ThoiGianGD: '20251203091500',
        MaXacThuc: '5f47b2428bfba967ecf95e41812224b7df7bcb70e9be90a998d5fe960a9e9aae',
      });
      expect(server.seen[0]?.headers.authorization).toBe('Bearer abc');
      expect(server.seen[0]?.url).toBe('/pg/init');
      expect((await portal.initPayment(corpusInit)).paymentUrl).toBe(corpusInner.UrlThanhToan);
      await expect(portal.initPayment(corpusInit)).rejects.toMatchObject({
        platformCode: '-1',
        platformMessage: 'Mã xác thực không hợp lệ',
      });
      await expect(portal.initPayment(corpusInit)).rejects.toMatchObject({
        code: 'client.payment-platform',
        platformCode: '0',
        body: { error_code: 0, message: 'không phải JSON' },
      });
      await expect(portal.initPayment(corpusInit)).rejects.toMatchObject({
        platformCode: '07',
        platformMessage: 'Lỗi khác',
      });
      const unclear = await portal.initPayment(corpusInit).catch((e: unknown) => e);
      expect(unclear).toBeInstanceOf(ConnectionError);
      expect((unclear as ConnectionError).maybeDelivered).toBe(true);

      const ask = { reference: corpusInit.reference, transactionTime: '20251203091500' };
      expect(await portal.queryPayment(ask)).toMatchObject({
        state: 'paid',
        amount: 8000,
        transactionId: 'PP25120300001234',
        bankCode: 'VCB',
        transactionTime: '20251203091842',
      });
      expect(JSON.parse(server.seen[6]?.body ?? '{}')).toEqual({
        LoaiBanTin: 'QUERY',
        PhienBan: '1.0.6',
        MaDoiTac: 'H66EABUNG',
        MaThamChieu: ask.reference,
        ThoiGianGD: '20251203091500',
        MaXacThuc: 'c10299176f68e58891a859c5154e0fbeead1d159d901b50894979c6666106041',
      });
      expect((await portal.queryPayment(ask)).state).toBe('pending');
      expect((await portal.queryPayment(ask)).state).toBe('failed');
      expect((await portal.queryPayment(ask)).state).toBe('unknown:2');

      const pdf = await portal.getPaymentBill(ask);
      expect(pdf.type === 'pdf' && pdf.content[5]).toBe('1'.charCodeAt(0));
      expect(JSON.parse(server.seen[10]?.body ?? '{}')).toMatchObject({
        LoaiBanTin: 'GET_BILL',
        MaXacThuc: '3e3b473f73dbb796aa27bd43da150217327e290c7ab998a8eb3dbda9915153a2',
      });
      expect(await portal.getPaymentBill(ask)).toEqual({
        type: 'json',
        answer: { MaLoi: '00', MoTaLoi: 'Thành công' },
      });
    } finally {
      await server.close();
    }
  });
});
