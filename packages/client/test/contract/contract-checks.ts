import {
  WireFormatError,
  decodeWire,
  dossierCodec,
  parseWireDate,
  progressStepCodec,
  satisfactionSummaryCodec,
  submittedDocumentCodec,
} from '@dvc-kit/core';
import type { Dossier, WireCodec } from '@dvc-kit/core';
import { expect } from 'vitest';
import type { CorpusCase } from '../../../../scripts/lib/portal-contract';
import { shapeOf, wholeRequest } from '../../../../scripts/lib/portal-contract';
import { PortalError } from '../../src/errors/portal-error';
import { ResponseValidationError } from '../../src/errors/response-validation-error';
import type { startContractPortal } from './contract-server';
import { paymentChecks, storeCheck } from './own-endpoint-checks';

type Portal = Awaited<ReturnType<typeof startContractPortal>>;
type Json = Record<string, unknown>;
/** Checks one corpus case against the client. */
export type ContractCheck = (c: CorpusCase, portal: Portal) => Promise<void>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const ENVELOPE = ['session', 'madonvi', 'service', 'donViXuLy'];
/** The service's own keys of a request (the envelope set aside). */
const own = (body: unknown) =>
  isObject(body) ? Object.fromEntries(Object.entries(body).filter(([k]) => !ENVELOPE.includes(k))) : body;

/** A record decoded the way a provincial system holds it: fields core cannot read (a `null` date) ride along unread. */
function lenient<T extends { extraWireFields?: Readonly<Json> }>(codec: WireCodec<T, unknown>, input: Json): T {
  const decode = (x: unknown) => decodeWire(codec, x);
  try {
    return decode(input);
  } catch (error) {
    if (!(error instanceof WireFormatError)) throw error;
    const bad = new Set(error.issues.map((i) => i.path.split(/[.[]/, 1)[0] ?? ''));
    const rest = Object.fromEntries(Object.entries(input).filter(([k]) => !bad.has(k)));
    const aside = Object.fromEntries(Object.entries(input).filter(([k]) => bad.has(k)));
    const model = decode(rest);
    return { ...model, extraWireFields: { ...model.extraWireFields, ...aside } };
  }
}

const lastCall = (portal: Portal, service: string) =>
  portal
    .calls()
    .filter((c) => isObject(c.body) && c.body.service === service)
    .at(-1);
const answerFor = (c: CorpusCase) => (typeof c.response === 'string' ? { text: c.response } : { json: c.response });

/** Headers the corpus lists, compared by name (values are per deployment). */
function expectCorpusHeaders(c: CorpusCase, headers: Record<string, unknown>, withDstcode: boolean) {
  for (const name of Object.keys(c.file.transport.headers ?? {})) {
    const key = name.toLowerCase();
    if (key === 'dstcode' && !withDstcode) continue;
    expect(headers[key], `header ${name}`).toBeDefined();
  }
  if (c.file.transport.headers?.Charset) expect(headers.charset).toBe('utf-8');
}

const DSTCODE = '000.50.20.H66-TEST';

// ── dossiers ─────────────────────────────────────────────────────────────────

async function dossierRequest(c: CorpusCase, portal: Portal) {
  const request = wholeRequest(c);
  if (Array.isArray(request)) {
    // The provincial LGSP form: a bare array posted to the configured URL.
    const dossiers = request.map((r) => lenient(dossierCodec, r as Json));
    portal.reset();
    const client = portal.client({
      lgsp: {
        insertUrl: `${portal.url}/lgsp/them-moi`,
        updateUrl: `${portal.url}/lgsp/cap-nhat`,
        progressUrl: `${portal.url}/lgsp/tien-do`,
      },
    });
    await client.syncDossier(dossiers[0] as Dossier);
    const sent = portal.calls()[0];
    expect(sent?.url).toContain('/lgsp/them-moi');
    expect(shapeOf(sent?.body)).toStrictEqual(shapeOf(request.slice(0, 1)));
    return;
  }
  const body = request as Json;
  const updating = body.isUpdating === 'True';
  const records = (body.data as Json[]).map((r) => lenient(dossierCodec, r));
  // An update is what the client sends after the portal says the dossier already exists.
  portal.reset({
    script: (_b, service, n) => ({
      json:
        service === 'DongBoHoSoMC' && updating && n === 1
          ? { error_code: '3', message: 'Hồ sơ đã tồn tại' }
          : { error_code: 0, message: 'Đồng bộ hồ sơ thành công' },
    }),
  });
  const client = portal.client({ dstcode: DSTCODE });
  const result = await client.syncDossier(records[0] as Dossier);
  expect(result.action).toBe(updating ? 'updated' : 'inserted');
  const sent = lastCall(portal, 'DongBoHoSoMC');
  expect(shapeOf(sent?.body)).toStrictEqual(
    shapeOf({ ...body, data: body.data === undefined ? undefined : (body.data as unknown[]).slice(0, 1) }),
  );
  expectCorpusHeaders(c, sent?.headers ?? {}, true);
}

async function dossierResponse(c: CorpusCase, portal: Portal) {
  const expected = c.file.file.includes('already-exists')
    ? 'exists'
    : c.file.file.includes('failure')
      ? 'failure'
      : 'success';
  const record = decodeWire(
    dossierCodec,
    (((c.file.direction === 'response' ? undefined : c.file.example) ?? insertExample) as { data: Json[] }).data[0],
  );
  if (c.noteOnly !== undefined) {
    // An insert whose answer never arrives: looked up (not found), then sent again — once on the portal.
    portal.reset({
      script: (_b, service, n) =>
        service === 'DongBoHoSoMC' && n === 1 ? { drop: true } : { json: { error_code: 0, result: [] } },
    });
    const result = await portal.client().syncDossier(record);
    expect(result).toMatchObject({ action: 'inserted', reconciled: true });
    expect(
      portal.calls().some((call) => isObject(call.body) && call.body.service === 'TraCuuHoSo' && 'mahoso' in call.body),
    ).toBe(true);
    return;
  }
  portal.reset({
    script: (_b, service, n) =>
      service === 'DongBoHoSoMC' && (n === 1 || expected === 'failure')
        ? answerFor(c)
        : { json: { error_code: 0, message: 'Cập nhật thành công' } },
  });
  const outcome = await portal
    .client()
    .syncDossier(record)
    .catch((e: unknown) => e);
  const pushes = portal.calls().filter((call) => isObject(call.body) && call.body.service === 'DongBoHoSoMC');
  if (expected === 'success') {
    expect(outcome).toMatchObject({ action: 'inserted' });
    expect(pushes).toHaveLength(1);
  } else if (expected === 'exists') {
    expect(outcome).toMatchObject({ action: 'updated' });
    expect((pushes[1]?.body as Json).isUpdating).toBe('True');
  } else {
    expect(outcome).toBeInstanceOf(PortalError);
    expect((outcome as PortalError).outcome).toBe('failure');
    expect((outcome as PortalError).portalCode).toBe(String((c.response as Json).error_code));
    expect((outcome as PortalError).raw).toStrictEqual(c.response);
    expect(pushes.every((p) => (p.body as Json).isUpdating === 'False')).toBe(true);
  }
}

let insertExample: unknown;
/** The corpus's insert example, used as the record behind answer files. */
export function useInsertExample(example: unknown): void {
  insertExample = example;
}

// ── other services ───────────────────────────────────────────────────────────

async function progress(c: CorpusCase, portal: Portal) {
  const base = (c.file.example as { request: Json }).request;
  const steps = (base.data as Json[]).map((s) => decodeWire(progressStepCodec, s));
  if (c.noteOnly !== undefined) {
    // Batches of at most 10, and an over-long NguoiXuLy cut with "…" rather than refused; steps of several dossiers share a call.
    const many = Array.from({ length: 23 }, (_, i) => ({
      ...(steps[i % steps.length] as (typeof steps)[number]),
      dossierCode: `000.50.20.H66-251203-00${10 + (i % 3)}`,
      handler: 'N'.repeat(i === 0 ? 60 : 10),
    }));
    portal.reset({ script: () => ({ json: { error_code: '0', message: 'Cập nhật tiến độ thành công' } }) });
    await portal.client().updateProgressSteps(many);
    const sizes = portal.calls().map((call) => ((call.body as Json).data as unknown[]).length);
    expect(sizes).toStrictEqual([10, 10, 3]);
    const first = ((portal.calls()[0]?.body as Json).data as Json[])[0] as Json;
    expect([...String(first.NguoiXuLy)]).toHaveLength(50);
    expect(String(first.NguoiXuLy).endsWith('…')).toBe(true);
    return;
  }
  portal.reset({ script: () => answerFor(c) });
  const results = await portal.client({ dstcode: DSTCODE }).updateProgressSteps(steps);
  expect(results.every((r) => r.verified)).toBe(true);
  const sent = lastCall(portal, 'CapNhatTienDoHoSoMC');
  expect(shapeOf(sent?.body)).toStrictEqual(shapeOf(c.request ?? base));
  expectCorpusHeaders(c, sent?.headers ?? {}, true);
}

async function status(c: CorpusCase, portal: Portal) {
  const body = c.request as Json;
  const data = body.data as Json;
  portal.reset();
  await portal.client().syncStatus([
    {
      code: String(data.MaHoSo),
      localCode: String(data.MaHoSoDonVi),
      applicantTechId: String(data.MaDoiTuong ?? ''),
      note: String(data.NoiDung ?? ''),
      at: parseWireDate(String(data.NgayXuLy)) ?? new Date(),
      status: String(data.TrangThai),
      files: ((data.TaiLieuXuLy as Json[] | undefined) ?? []).map((f) => decodeWire(submittedDocumentCodec, f)),
    },
  ]);
  const sent = lastCall(portal, 'DongBoTrangThaiHoSo');
  expect(shapeOf(sent?.body)).toStrictEqual(shapeOf(body));
  expect((sent?.body as Json).data).toMatchObject({ TrangThai: data.TrangThai, MaHoSo: data.MaHoSo });
}

async function ratings(c: CorpusCase, portal: Portal) {
  const body = c.request as Json;
  portal.reset();
  await portal.client().syncRatings((body.data as Json[]).map((item) => decodeWire(satisfactionSummaryCodec, item)));
  const sent = lastCall(portal, 'DongBoDanhGia');
  expect(shapeOf(sent?.body)).toStrictEqual(shapeOf(body));
  expect(((sent?.body as Json).data as Json[]).map((i) => i.TongSoNguoiDanhGia)).toStrictEqual(
    (body.data as Json[]).map((i) => i.TongSoNguoiDanhGia),
  );
}

async function lookup(c: CorpusCase, portal: Portal) {
  const request = c.request as Json | undefined;
  portal.reset({ script: () => answerFor(c) });
  const code = String(request?.mahoso ?? '000.50.20.H66-251203-0001');
  const found = await portal
    .client()
    .lookupDossier(code)
    .catch((e: unknown) => e);
  expect(own(lastCall(portal, 'TraCuuHoSo')?.body)).toStrictEqual({ mahoso: code });
  if (request) expect(shapeOf(own(lastCall(portal, 'TraCuuHoSo')?.body))).toStrictEqual(shapeOf(own(request)));
  const answer = c.response as Json;
  const list = (answer.result ?? answer.data) as Json[];
  if (list.length === 0) {
    expect(found).toBeUndefined();
    return;
  }
  // Record fields are unknown for provincial dossiers: a record that is not a whole dossier is a typed error carrying it.
  if (found instanceof ResponseValidationError) expect(found.raw).toMatchObject({ MaHoSo: list[0]?.MaHoSo });
  else expect(found).toMatchObject({ code: list[0]?.MaHoSo });
}

async function procedure(c: CorpusCase, portal: Portal) {
  portal.reset({ script: () => answerFor(c) });
  const item = ((c.response as Json).result as Json[])[0] as Json;
  const got = await portal.client().getProcedure(String(item.MATTHC));
  expect(shapeOf(own(lastCall(portal, 'LayThuTuc')?.body))).toStrictEqual(shapeOf(own(c.request)));
  expect(got).toMatchObject({
    code: item.MATTHC,
    name: item.TENTTHC,
    fields: [{ code: (item.LINHVUCTHUCHIEN as Json[])[0]?.MALINHVUC }],
  });
  expect(got?.methods?.[0]?.channel).toBe('online');
  expect(got?.methods?.[0]?.times?.[0]?.fees?.[0]?.amount).toBe('8000');
  expect(got?.state).toBe('active');
}

const catalogue = (
  call: (p: Portal) => Promise<{ code: string; name: string }[]>,
  codeKey: string,
  nameKey: string,
  extra: Record<string, string> = {},
) =>
  (async (c, portal) => {
    portal.reset({ script: () => answerFor(c) });
    const items = await call(portal);
    const wire = (c.response as Json).result as Json[];
    expect(items.map((i) => [i.code, i.name])).toStrictEqual(wire.map((w) => [w[codeKey], w[nameKey]]));
    for (const [model, key] of Object.entries(extra))
      expect(items.map((i) => (i as Record<string, unknown>)[model])).toStrictEqual(wire.map((w) => w[key]));
    expect(shapeOf(own(portal.calls()[0]?.body))).toStrictEqual(shapeOf(own(c.request)));
  }) satisfies ContractCheck;

async function techId(c: CorpusCase, portal: Portal) {
  portal.reset({ script: () => answerFor(c) });
  const request = (c.request ?? (c.file.example as { request: Json }).request) as Json;
  const got = await portal.client().lookupTechId(String(request.mstorcmnd), { provider: String(request.provider) });
  expect(shapeOf(own(lastCall(portal, 'TraCuuTechID')?.body))).toStrictEqual(shapeOf(own(request)));
  const list = (c.response as Json).result as Json[];
  expect(got).toBe(list[0]?.TECHNICALID);
}

async function login(c: CorpusCase, portal: Portal) {
  const withDstcode = c.noteOnly === undefined;
  portal.reset({ login: c.response ?? (c.file.example as { response: unknown }).response });
  await portal.client(withDstcode ? { dstcode: DSTCODE } : {}).listFields();
  const sent = portal.logins()[0];
  expect(shapeOf(JSON.parse(sent?.body ?? 'null'))).toStrictEqual(
    shapeOf((c.file.example as { request: unknown }).request),
  );
  expectCorpusHeaders(c, sent?.headers ?? {}, withDstcode);
  if (!withDstcode) expect(sent?.headers.dstcode).toBeUndefined();
  // The session from the answer is the one used next.
  const answer = (c.response ?? (c.file.example as { response: Json }).response) as Json;
  expect((portal.calls()[0]?.body as Json).session).toBe(answer.session);
}

async function envelope(c: CorpusCase, portal: Portal) {
  const request = c.request;
  if (Array.isArray(request)) {
    // No session, madonvi or service: the province's LGSP adds them.
    const record = ((insertExample as Json).data as Json[])[0] as Json;
    portal.reset();
    await portal
      .client({
        lgsp: {
          insertUrl: `${portal.url}/lgsp/them-moi`,
          updateUrl: `${portal.url}/lgsp/cap-nhat`,
          progressUrl: `${portal.url}/lgsp/tien-do`,
        },
      })
      .syncDossier(decodeWire(dossierCodec, record));
    const sent = portal.calls()[0]?.body;
    expect(Array.isArray(sent)).toBe(true);
    for (const key of Object.keys((request[0] ?? {}) as Json)) expect((sent as Json[])[0]).toHaveProperty(key);
    return;
  }
  const body = request as Json;
  if (body.service === 'DongBoHoSoMC') {
    portal.reset({ script: () => ({ json: { error_code: 0, message: 'Đồng bộ hồ sơ thành công' } }) });
    await portal.client().syncDossier(decodeWire(dossierCodec, ((insertExample as Json).data as Json[])[0]));
    const sent = portal.calls()[0]?.body as Json;
    expect(Object.keys(sent).slice(0, 3)).toStrictEqual(['session', 'madonvi', 'service']);
    expect(Object.keys(sent).sort()).toStrictEqual(Object.keys(body).sort());
    return;
  }
  // A look-up: session and madonvi first, then the service and its own keys. (The GPLX adapter names the unit
  // `donViXuLy`; DVCQG adapters take `madonvi`, which the client sends.)
  await lookup({ ...c, response: { error_code: 0, result: [] } }, portal);
  const sent = portal.calls()[0]?.body as Json;
  expect(Object.keys(sent).slice(0, 3)).toStrictEqual(['session', 'madonvi', 'service']);
  expect(own(sent)).toStrictEqual(own(body));
}

/**
 * The client's check of each service, by the corpus file's `service` (first word): the
 * integration API's here, the Kho's and PayGov's in `own-endpoint-checks.ts`. The SSO files and
 * the legacy payment look-up are checked by the gateway (see `OWNED_ELSEWHERE`).
 */
export const CLIENT_CHECKS: Record<
  string,
  { request?: ContractCheck; response?: ContractCheck; exchange?: ContractCheck }
> = {
  login: { exchange: login },
  '<any': { request: envelope },
  DongBoHoSoMC: { request: dossierRequest, response: dossierResponse },
  CapNhatTienDoHoSoMC: { exchange: progress },
  DongBoTrangThaiHoSo: { request: status },
  DongBoDanhGia: { request: ratings },
  TraCuuHoSo: { exchange: lookup },
  LayThuTuc: { exchange: procedure },
  LayDanhSachTTHC: { exchange: catalogue((p) => p.client().listProcedures().toArray(), 'MATTHC', 'TENTTHC') },
  LayDanhMucCoQuan: {
    exchange: catalogue((p) => p.client().listAgencies(), 'MADONVI', 'TENDONVI', { level: 'CAPDONVI' }),
  },
  LayDanhMucLinhVuc: {
    exchange: catalogue((p) => p.client().listFields(), 'MALINHVUC', 'TENLINHVUC', { sectorCode: 'MANGANH' }),
  },
  TraCuuTechID: { exchange: techId },
  Kho: { exchange: storeCheck },
  PayGov: paymentChecks,
};

/** Services the client does not speak: checked by another part of DVC Kit, or by nothing when nothing uses them. */
export const OWNED_ELSEWHERE: Record<string, string> = {
  legacy: 'nobody: the KeyPay-era look-up callback (2020–21) is not implemented, so nothing relies on it',
  DVCQG:
    'the gateway sign-in (OpenID Connect; gateway src/accounts/sso-corpus.test.ts; the gateway never calls token validation)',
  VNeID: 'the gateway sign-in (OpenID Connect; gateway src/accounts/sso-corpus.test.ts)',
};
