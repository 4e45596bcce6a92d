import { createPortalClient } from '@dvc-kit/client';
import {
  decodeWire,
  dossierReceiptSchema,
  dossierStatusViewSchema,
  formatWireDate,
  problemDetailsSchema,
  progressStepCodec,
  ratingReceiptSchema,
} from '@dvc-kit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROVINCE_AGENCY, postDossier, startStack, submission, uploadPdf } from '../../test/stack';
import type { TestStack } from '../../test/stack';

let s: TestStack;
let uploads: [string, string];
beforeAll(async () => {
  s = await startStack();
  uploads = [await uploadPdf(s.url), await uploadPdf(s.url, 'cccd.pdf')];
}, 30_000);
afterAll(() => s.close());

const problem = async (res: Response) => {
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  return problemDetailsSchema.parse(await res.json());
};

describe('POST /v1/dossiers', () => {
  it('stores, answers 201 with the receipt, replays it for the same key, and syncs to the portal once', async () => {
    const body = submission(uploads);
    const res = await postDossier(s.url, body, 'key-0001-aaaa');
    expect(res.status).toBe(201);
    const receipt = dossierReceiptSchema.parse(await res.json());
    expect(receipt.code).toMatch(/^000\.01\.20\.H66-\d{6}-5001$/);
    expect(receipt).toMatchObject({ procedureCode: '1.900103', agencyCode: '000.01.20.H66', status: 'registered' });
    // The applicant section's own fields (birthDate here) are kept with the dossier.
    const stored = await s.gateway.gateway.storage.getDossier(receipt.code);
    expect(
      (stored?.payload as { submission: { applicant: Record<string, unknown> } }).submission.applicant.birthDate,
    ).toBe('1990-05-01');
    expect(new Date(receipt.dueAt).getTime()).toBeGreaterThan(new Date(receipt.receivedAt).getTime());

    const again = await postDossier(s.url, { ...body }, 'key-0001-aaaa');
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.json()).toEqual(receipt);

    const conflict = await postDossier(
      s.url,
      { ...body, data: { ...body.data, details: { request: 'khác' } } },
      'key-0001-aaaa',
    );
    expect(conflict.status).toBe(409);
    expect((await problem(conflict)).code).toBe('dossier.idempotency-conflict');

    await s.gateway.gateway.worker?.idle();
    const admin = (await (
      await fetch(`${s.sandbox.adminUrl}/dossiers/${encodeURIComponent(receipt.code)}`)
    ).json()) as { wire: Record<string, unknown> };
    expect(admin.wire).toMatchObject({
      MaHoSo: receipt.code,
      MaTTHC: '1.900103',
      KenhThucHien: '2',
      TrangThaiHoSo: '1',
      ChuHoSo: 'Nguyễn Thị Hoa',
    });
    const documents = admin.wire.TaiLieuNop as { DuongDanTaiTepTin: string }[];
    expect(documents).toHaveLength(2);
    const file = await fetch(documents[0]?.DuongDanTaiTepTin ?? '');
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    const forged = new URL(documents[0]?.DuongDanTaiTepTin ?? '');
    forged.searchParams.set('dossier', 'other');
    expect((await fetch(forged)).status).toBe(404);
  });

  it('refuses bad input with typed problems', async () => {
    const body = submission(uploads);
    const cases: [string, Response, number, string][] = [
      [
        'no key',
        await fetch(`${s.url}/v1/dossiers`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        }),
        400,
        'dossier.idempotency-key-required',
      ],
      [
        'malformed JSON',
        await postDossier(s.url, '{"procedureCode":', 'key-bad-json-1'),
        400,
        'request.malformed-json',
      ],
      [
        'not JSON',
        await fetch(`${s.url}/v1/dossiers`, {
          method: 'POST',
          headers: { 'content-type': 'text/plain', 'idempotency-key': 'key-text-0001' },
          body: 'x',
        }),
        415,
        'request.not-json',
      ],
      [
        'wrong types',
        await postDossier(s.url, { ...body, consent: 'yes', files: 3 }, 'key-types-001'),
        400,
        'request.invalid',
      ],
      [
        'unknown procedure',
        await postDossier(s.url, { ...body, procedureCode: '9.999999' }, 'key-proc-0001'),
        422,
        'dossier.unknown-procedure',
      ],
      [
        'unknown agency',
        await postDossier(s.url, { ...body, agencyCode: '000.99.99.H66' }, 'key-agency-01'),
        422,
        'dossier.unknown-agency',
      ],
      ['missing document', await postDossier(s.url, { ...body, files: [] }, 'key-docs-0001'), 422, 'form.invalid'],
      [
        'unknown upload',
        await postDossier(
          s.url,
          { ...body, files: [{ slot: 'documents.doc1', uploadId: 'upl_nope' }, body.files[1]] },
          'key-upl-00001',
        ),
        422,
        'form.invalid',
      ],
      [
        'bad citizen id',
        await postDossier(
          s.url,
          { ...body, applicant: { ...body.applicant, citizenId: '123456789999' } },
          'key-cccd-0001',
        ),
        422,
        'form.invalid',
      ],
      [
        'applicant field the form lacks',
        await postDossier(s.url, { ...body, applicant: { ...body.applicant, nickname: 'Hoa' } }, 'key-appl-0001'),
        422,
        'form.invalid',
      ],
      [
        'applicant field missing',
        await postDossier(s.url, { ...body, applicant: { ...body.applicant, birthDate: undefined } }, 'key-appl-0002'),
        422,
        'form.invalid',
      ],
      [
        'oversize',
        await postDossier(s.url, { ...body, data: { details: { request: 'x'.repeat(300 * 1024) } } }, 'key-big-00001'),
        413,
        'request.too-large',
      ],
    ];
    for (const [name, res, status, code] of cases) {
      expect([name, res.status]).toEqual([name, status]);
      const p = await problem(res);
      expect([name, p.code]).toEqual([name, code]);
      expect(p.requestId).toBe(res.headers.get('x-request-id'));
    }
    const types = await problem(await postDossier(s.url, { ...body, consent: 'yes' }, 'key-types-002'));
    expect(types.errors?.[0]).toMatchObject({ path: 'consent' });
    const cccd = await problem(
      await postDossier(s.url, { ...body, applicant: { ...body.applicant, citizenId: '12345' } }, 'key-cccd-0002'),
    );
    expect(cccd.errors?.some((e) => e.path.startsWith('applicant.citizenId'))).toBe(true);
    const extra = await problem(
      await postDossier(s.url, { ...body, applicant: { ...body.applicant, nickname: 'Hoa' } }, 'key-appl-0003'),
    );
    expect(extra.errors?.map((e) => [e.path, e.code])).toContainEqual(['applicant.nickname', 'form.unknown-field']);
    const missing = await problem(
      await postDossier(s.url, { ...body, applicant: { ...body.applicant, birthDate: undefined } }, 'key-appl-0004'),
    );
    expect(missing.errors?.some((e) => e.path === 'applicant.birthDate')).toBe(true);
  });
});

describe('POST /v1/dossiers/{code}/rating', () => {
  it('stores one rating; repeats answer the same; another level is 409', async () => {
    const { code } = dossierReceiptSchema.parse(
      await (await postDossier(s.url, submission(uploads), 'key-rating-01')).json(),
    );
    const rate = (body: unknown) =>
      fetch(`${s.url}/v1/dossiers/${encodeURIComponent(code)}/rating`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const first = await rate({ level: 'very-satisfied', comment: 'Nhanh', verify: '5678' });
    expect(first.status).toBe(201);
    const receipt = ratingReceiptSchema.parse(await first.json());
    expect(receipt).toMatchObject({ dossierCode: code, level: 'very-satisfied' });
    expect(await (await rate({ level: 'very-satisfied', verify: '0123' })).json()).toEqual(receipt);
    expect((await rate({ level: 'not-satisfied', verify: '5678' })).status).toBe(409);
    expect((await rate({ level: 'meh', verify: '5678' })).status).toBe(400);
  });
});

describe('GET /v1/dossiers/{code} timeline', () => {
  it('shows the portal’s progress steps by role, never the civil servant’s name', async () => {
    const { code } = dossierReceiptSchema.parse(
      await (await postDossier(s.url, submission(uploads), 'key-timeline-1')).json(),
    );
    await s.gateway.gateway.worker?.idle();
    // The commune's one-stop office system reports its work to the portal as simulated days pass.
    const office = createPortalClient({
      baseUrl: s.sandbox.url,
      agencyCode: PROVINCE_AGENCY,
      credentials: { username: 'dvc-sandbox', password: 'dvc-sandbox' },
    });
    const step = (content: string, status: string) =>
      decodeWire(progressStepCodec, {
        MaHoSo: code,
        NguoiXuLy: 'Lê Thị Hạnh',
        ChucDanh: 'Công chức tư pháp - hộ tịch',
        PhongBanXuLy: 'Bộ phận Một cửa',
        ThoiDiemXuLy: formatWireDate(s.sandbox.clock.advance(3_600_000)),
        NoiDungXuLy: content,
        TrangThai: status,
      });
    await office.updateProgress(step('Tiếp nhận hồ sơ', '2'));
    s.sandbox.clock.advance(86_400_000);
    const review = step('Thẩm định hồ sơ', '4');
    await office.updateProgress(review);
    s.sandbox.clock.advance(86_400_000);
    await office.syncStatus([{ code, status: 'processed', at: s.sandbox.clock.now() }]);

    const res = await fetch(`${s.url}/v1/dossiers/${encodeURIComponent(code)}?verify=5678`);
    const view = dossierStatusViewSchema.parse(await res.json());
    expect(view.status).toBe('processed');
    expect(view.timeline.map((e) => [e.status, e.title.vi, e.by])).toEqual([
      ['registered', 'Đã nộp hồ sơ trực tuyến', undefined],
      ['accepted', 'Tiếp nhận hồ sơ', 'Công chức tư pháp - hộ tịch, Bộ phận Một cửa'],
      ['processing', 'Thẩm định hồ sơ', 'Công chức tư pháp - hộ tịch, Bộ phận Một cửa'],
      ['processed', 'Đã xử lý xong', undefined],
    ]);
    expect(new Date(view.timeline[2]!.at).getTime()).toBe(Math.floor(review.handledAt.getTime() / 1000) * 1000);
    expect(JSON.stringify(view)).not.toContain('Hạnh');
  });
});

// Last: it exhausts this client's look-up allowance.
describe('GET /v1/dossiers/{code}', () => {
  it('finds a code typed in lower case, with spaces or full-width characters; a malformed code never counts toward the lock-out', async () => {
    const res = await postDossier(s.url, submission(uploads), 'key-status-case');
    const { code } = dossierReceiptSchema.parse(await res.json());
    const [agency, day, sequence] = [code.slice(0, 13), code.slice(14, 20), code.slice(21)];
    for (const typed of [
      code.toLowerCase(),
      ` ${agency.toLowerCase()} - ${day} - ${sequence} `,
      `${agency}\uFF0D${day}\u2013${sequence}`,
    ]) {
      const found = await fetch(`${s.url}/v1/dossiers/${encodeURIComponent(typed)}?verify=5678`);
      expect(found.status, typed).toBe(200);
      expect(dossierStatusViewSchema.parse(await found.json()).code).toBe(code);
    }
    // Far more malformed codes than the failure limit: each is a 400 that says what a code looks like.
    for (let i = 0; i < 25; i++) {
      const malformed = await fetch(`${s.url}/v1/dossiers/${encodeURIComponent(`${agency}-${day}`)}?verify=1111`);
      expect(malformed.status).toBe(400);
      const body = await problem(malformed);
      expect(body.code).toBe('dossier.code-format');
      expect(body.messages?.vi).toContain('000.50.20.H66-250701-0007');
    }
    const still = await fetch(`${s.url}/v1/dossiers/${encodeURIComponent(code.toLowerCase())}?verify=5678`);
    expect(still.status).toBe(200);
  });

  it('answers with masked data when verify matches the phone or ID digits, the same 404 otherwise, then 429', async () => {
    const res = await postDossier(s.url, submission(uploads), 'key-status-01');
    const { code } = dossierReceiptSchema.parse(await res.json());
    for (const verify of ['5678', '0123']) {
      const ok = await fetch(`${s.url}/v1/dossiers/${encodeURIComponent(code)}?verify=${verify}`);
      expect(ok.status).toBe(200);
      const view = dossierStatusViewSchema.parse(await ok.json());
      expect(view.applicant).toEqual({ name: 'Nguyễn T** H**', phone: '******5678', citizenId: '********0123' });
      expect(JSON.stringify(view)).not.toContain('0912345678');
    }
    const wrong = await fetch(`${s.url}/v1/dossiers/${encodeURIComponent(code)}?verify=1111`);
    const unknown = await fetch(`${s.url}/v1/dossiers/000.01.20.H66-250101-0999?verify=5678`);
    expect([wrong.status, unknown.status]).toEqual([404, 404]);
    const [a, b] = [await problem(wrong), await problem(unknown)];
    expect({ ...a, requestId: '' }).toEqual({ ...b, requestId: '' });
    expect(a.code).toBe('dossier.not-found-or-unverified');
    const malformed = await fetch(`${s.url}/v1/dossiers/${encodeURIComponent(code)}?verify=12`);
    expect([malformed.status, (await problem(malformed)).code]).toEqual([400, 'request.invalid']);

    let last: Response | undefined;
    for (let i = 0; i < 10; i++) last = await fetch(`${s.url}/v1/dossiers/${encodeURIComponent(code)}?verify=2222`);
    expect(last?.status).toBe(429);
    expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await problem(last as Response)).code).toBe('dossier.lookup-rate-limited');
  });
});
