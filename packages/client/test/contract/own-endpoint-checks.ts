import { createHash } from 'node:crypto';
import { decodeWire, digitizedResultRequestCodec, paymentInitCodec, verifyPaymentConfirm } from '@dvc-kit/core';
import { expect } from 'vitest';
import type { CorpusCase } from '../../../../scripts/lib/portal-contract';
import { shapeOf } from '../../../../scripts/lib/portal-contract';
import { PaymentPlatformError } from '../../src/errors/payment-platform-error';
import { StoreError } from '../../src/errors/store-error';
import type { ContractCheck } from './contract-checks';
import type { startContractPortal } from './contract-server';

// Contract checks of the services with their own URLs (kho-*, paygov-* corpus files): the
// client's request against the corpus request (keys, casing, values, headers, MaXacThuc), and
// every corpus answer decoded or turned into a typed error that keeps the raw answer.

type Portal = Awaited<ReturnType<typeof startContractPortal>>;
type Json = Record<string, unknown>;

/** How a corpus file documents a MaXacThuc: the fields, the separator and the example's secret. */
interface HashSpec {
  fields: string[];
  separator: string;
  secretForExample: string;
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const exampleOf = (c: CorpusCase) => c.file.example as { request: Json; response: unknown };
const hashSpec = (c: CorpusCase) => (c.file as unknown as { hash: HashSpec }).hash;

/**
 * MaXacThuc as the corpus file documents it, computed here from its own recipe (not core's):
 * SHA-256 (lower-case hex) of the listed fields' text and the secret, joined by the separator.
 */
function corpusHash(c: CorpusCase, message: Json): string {
  const { fields, separator, secretForExample } = hashSpec(c);
  const text = fields.map((f) => (f === '<secret>' ? secretForExample : String(message[f] ?? ''))).join(separator);
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Keys (with casing) of a JSON value, recursively, numbers and their decimal text counted the
 * same: the corpus shows both forms for SoTien and MaDichVu ("accept both forms").
 */
function keyShape(value: unknown): unknown {
  const shape = shapeOf(value);
  const fold = (s: unknown): unknown =>
    Array.isArray(s)
      ? s.map(fold)
      : isObject(s)
        ? Object.fromEntries(Object.entries(s).map(([k, v]) => [k, fold(v)]))
        : s === 'number'
          ? 'string'
          : s;
  return fold(shape);
}

/** The corpus's headers, compared by name (values are per deployment). */
function expectHeaders(c: CorpusCase, headers: Record<string, unknown>) {
  for (const name of Object.keys(c.file.transport.headers ?? {})) {
    if (name.toLowerCase() === 'authorization') continue; // checked where a token is configured
    expect(headers[name.toLowerCase()], `header ${name}`).toBeDefined();
  }
}

const jsonAnswer = (json: unknown) => ({ json });

// ── Kho (result store) ───────────────────────────────────────────────────────

const storeClient = (portal: Portal) => portal.client({ store: { baseUrl: `${portal.url}/kho` } });

async function storeResults(c: CorpusCase, portal: Portal) {
  const request = (c.request ?? exampleOf(c).request) as Json;
  const answer = (c.response ?? exampleOf(c).response) as Json;
  portal.reset({ script: () => jsonAnswer(answer) });
  const got = await storeClient(portal).findDigitizedResults(decodeWire(digitizedResultRequestCodec, request));
  const sent = portal.calls()[0];
  expect(sent?.url).toBe('/kho/GetKetQuaGiayTo');
  // Plain JSON, no session/madonvi/service: exactly the corpus request.
  expect(sent?.body).toStrictEqual(request);
  expectHeaders(c, sent?.headers ?? {});
  const wire = ((answer.result as Json | undefined)?.DanhSachGiayToKetQua ?? []) as Json[];
  expect(got.results.map((r) => [r.resultCode, r.name, r.documentNumber, r.owningAgency])).toStrictEqual(
    wire.map((w) => [w.MaKetQua, w.TenGiayTo, w.SoKyHieu, w.CoQuanChuQuan]),
  );
  expect(got.results.map((r) => r.files?.map((f) => [f.name, f.path]))).toStrictEqual(
    wire.map((w) => (w.DanhSachTepDinhKem as Json[]).map((f) => [f.TenTep, f.DuongDan])),
  );
  // errorCode and signature are kept as received, never interpreted.
  expect(got).toMatchObject({ errorCode: answer.errorCode, message: answer.message, signature: answer.signature });
}

async function storeFile(c: CorpusCase, portal: Portal) {
  const request = (c.request ?? exampleOf(c).request) as Json;
  const answer = c.response;
  portal.reset({ script: () => jsonAnswer(answer) });
  const got = await storeClient(portal)
    .getDigitizedFile({
      owningAgency: String(request.CoQuanChuQuan),
      path: String(request.DuongDan),
      name: 'giay-khai-sinh.pdf',
    })
    .catch((e: unknown) => e);
  const sent = portal.calls()[0];
  expect(sent?.url).toBe('/kho/GetGiayToByUrl');
  expect(sent?.body).toStrictEqual(request); // TenTep is kept locally, never sent
  expectHeaders(c, sent?.headers ?? {});
  if (answer === '') {
    expect(got).toBeInstanceOf(StoreError);
    expect((got as StoreError).body).toBe('');
    return;
  }
  expect(got).toMatchObject({
    name: 'giay-khai-sinh.pdf',
    content: new Uint8Array(Buffer.from(String(answer), 'base64')),
  });
}

/** Kho files by name: GetKetQuaGiayTo and GetGiayToByUrl. */
export const storeCheck: ContractCheck = (c, portal) =>
  c.file.file.includes('getgiaytobyurl') ? storeFile(c, portal) : storeResults(c, portal);

// ── PayGov (payment platform) ────────────────────────────────────────────────

const TOKEN = 'ma-truy-cap-doi-tac';
let initExample: Json | undefined;
let paymentSecret = '';
/** The corpus INIT request (paygov-init.request.json) and its example secret: the INIT behind the answer files. */
export function useInitExample(file: { example: unknown; hash?: HashSpec } | undefined): void {
  initExample = file?.example as Json;
  paymentSecret = file?.hash?.secretForExample ?? '';
}
const paymentClient = (portal: Portal) =>
  portal.client({
    payment: { baseUrl: `${portal.url}/pg`, partnerCode: 'H66EABUNG', secret: paymentSecret, accessToken: TOKEN },
  });

async function initRequest(c: CorpusCase, portal: Portal) {
  const request = c.request as Json;
  portal.reset({ script: () => jsonAnswer({ MaLoi: '00', UrlThanhToan: 'https://thanhtoan.example.gov.vn/pay' }) });
  const { signature: _signature, ...model } = decodeWire(paymentInitCodec, request);
  const session = await paymentClient(portal).initPayment(model);
  const sent = portal.calls()[0];
  expect(sent?.url).toBe('/pg/init');
  expect(sent?.headers.authorization).toBe(`Bearer ${TOKEN}`);
  expectHeaders(c, sent?.headers ?? {});
  const body = sent?.body as Json;
  expect(keyShape(body)).toStrictEqual(keyShape(request));
  // The 15-part MaXacThuc by the corpus's own recipe (the example's is the corpus value itself).
  expect(body.MaXacThuc).toBe(corpusHash(c, body));
  if (c.name === 'example') expect(body).toStrictEqual(request);
  expect(session).toMatchObject({ reference: request.MaThamChieu, transactionTime: request.ThoiGianGD });
}

async function initResponse(c: CorpusCase, portal: Portal) {
  const answer = c.response as Json;
  portal.reset({ script: () => jsonAnswer(answer) });
  const { signature: _signature, ...model } = decodeWire(paymentInitCodec, initExample);
  const got = await paymentClient(portal)
    .initPayment(model)
    .catch((e: unknown) => e);
  const inner =
    typeof answer.message === 'string' && answer.MaLoi === undefined
      ? (JSON.parse(answer.message.startsWith('{') ? answer.message : 'null') as Json | null)
      : answer;
  if (inner && inner.MaLoi === '00') {
    expect(got).toStrictEqual({
      reference: initExample?.MaThamChieu,
      paymentUrl: inner.UrlThanhToan,
      transactionTime: initExample?.ThoiGianGD,
      answer: inner,
    });
    return;
  }
  // Any other answer: a typed error with the platform's code and text, the body kept.
  expect(got).toBeInstanceOf(PaymentPlatformError);
  expect(got).toMatchObject({
    platformCode: String(answer.error_code ?? answer.MaLoi),
    platformMessage: answer.message ?? answer.MoTaLoi,
    body: answer,
  });
}

/** QUERY and GET_BILL: the 5-part MaXacThuc over the INIT's reference and time, and each answer form. */
async function queryOrBill(c: CorpusCase, portal: Portal) {
  const request = (c.request ?? exampleOf(c).request) as Json;
  const bill = request.LoaiBanTin === 'GET_BILL';
  const answer = c.response;
  const pdf = typeof answer === 'string' && answer.includes('PDF');
  portal.reset({ script: () => (pdf ? { text: '%PDF-1.4\n% bien lai\n%%EOF\n' } : jsonAnswer(answer)) });
  const client = paymentClient(portal);
  const ask = { reference: String(request.MaThamChieu), transactionTime: String(request.ThoiGianGD) };
  const got = bill ? await client.getPaymentBill(ask) : await client.queryPayment(ask);
  const sent = portal.calls()[0];
  expect(sent?.url).toBe(bill ? '/pg/getBill' : '/pg/query');
  expect(sent?.headers.authorization).toBe(`Bearer ${TOKEN}`);
  expectHeaders(c, sent?.headers ?? {});
  expect(sent?.body).toStrictEqual(request);
  expect(request.MaXacThuc).toBe(corpusHash(c, request));
  if (bill) {
    expect(got).toMatchObject(pdf ? { type: 'pdf' } : { type: 'json', answer });
    return;
  }
  const a = answer as Json;
  const state =
    { '1': 'paid', '3': 'pending', '4': 'failed' }[String(a.TrangThaiGD)] ?? `unknown:${String(a.TrangThaiGD)}`;
  expect(got).toStrictEqual({
    state,
    reference: a.MaThamChieu,
    amount: a.SoTien,
    transactionId: a.MaGiaoDich,
    bankCode: a.MaNganHang,
    transactionTime: a.ThoiGianGD,
    answer: a,
  });
}

/**
 * CONFIRM comes in to the gateway (its callback test replays it end to end); here: the corpus
 * MaXacThuc is what its recipe gives and what core's `verifyPaymentConfirm` accepts. A failed
 * payment (the `payment-failed` variant's MaLoi) verifies when signed over its own MaLoi, and
 * not under the success message's MaXacThuc: the hash covers MaLoi.
 */
async function confirm(c: CorpusCase) {
  const inbound = exampleOf(c).request;
  const secret = hashSpec(c).secretForExample;
  expect(inbound.MaXacThuc).toBe(corpusHash(c, inbound));
  expect(await verifyPaymentConfirm(inbound, secret)).toBe(true);
  if (c.name === 'payment-failed') {
    const failed = { ...inbound, MaLoi: (c.response as Json).MaLoi };
    expect(await verifyPaymentConfirm(failed, secret)).toBe(false);
    expect(await verifyPaymentConfirm({ ...failed, MaXacThuc: corpusHash(c, failed) }, secret)).toBe(true);
    return;
  }
  // Every reply the corpus shows echoes the inbound MaXacThuc (the gateway replies that way).
  expect((c.response as Json).MaXacThuc).toBe(inbound.MaXacThuc);
}

/** PayGov files: INIT request and answers, QUERY, GET_BILL and the inbound CONFIRM. */
export const paymentChecks: { request: ContractCheck; response: ContractCheck; exchange: ContractCheck } = {
  request: initRequest,
  response: initResponse,
  exchange: (c, portal) => (c.file.file.includes('confirm') ? confirm(c) : queryOrBill(c, portal)),
};
