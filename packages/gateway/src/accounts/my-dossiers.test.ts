import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CookieBrowser, SITE_ORIGIN, signIn } from '../../test/sso-browser';
import { CITIZENS, HNHI_APPLICANT, signedInSubmission, startSsoStack } from '../../test/sso-stack';
import { submission, uploadPdf } from '../../test/stack';
import type { TestStack } from '../../test/stack';

const write = (body: unknown, key: string) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', origin: SITE_ORIGIN, 'x-dvc-request': '1', 'idempotency-key': key },
  body: JSON.stringify(body),
});

async function portalRecord(stack: TestStack, code: string): Promise<Record<string, unknown>> {
  for (let i = 0; i < 100; i++) {
    const res = await fetch(`${stack.sandbox.url}/admin/dossiers/${encodeURIComponent(code)}`);
    if (res.status === 200) return ((await res.json()) as { wire: Record<string, unknown> }).wire;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${code} never reached the sandbox`);
}

describe('dossiers linked to the signed-in account', () => {
  let stack: TestStack;
  const hnhi = new CookieBrowser();
  const binh = new CookieBrowser();
  let code = '';
  beforeAll(async () => {
    stack = await startSsoStack();
    await signIn(hnhi, stack.url, CITIZENS.hnhi);
    await signIn(binh, stack.url, CITIZENS.binh);
  });
  afterAll(async () => stack?.close());

  it('a signed-in submission reaches the portal with the account fields', async () => {
    const res = await hnhi.request(
      `${stack.url}/v1/dossiers`,
      write(await signedInSubmission(stack.url, HNHI_APPLICANT), 'hnhi-submit-0001'),
    );
    expect(res.status).toBe(201);
    code = ((await res.json()) as { code: string }).code;
    const wire = await portalRecord(stack, code);
    expect(wire).toMatchObject({
      MaDoiTuong: 'f1c8e6a2-3d4b-4c9e-8a71-2b5d9e0c4f13',
      TaiKhoanDuocXacThucVoiVNeID: '1',
      LoaiDoiTuong: '1',
      DinhDanhCHS: [{ LoaiDinhDanh: '1', SoDinhDanh: '066185001234' }],
    });
  });

  it('an anonymous submission stays as before (no account fields)', async () => {
    const uploads: [string, string] = [await uploadPdf(stack.url), await uploadPdf(stack.url)];
    const res = await fetch(`${stack.url}/v1/dossiers`, write(submission(uploads), 'anon-submit-0001'));
    expect(res.status).toBe(201);
    const wire = await portalRecord(stack, ((await res.json()) as { code: string }).code);
    expect(wire.MaDoiTuong ?? '').toBe('');
    expect(wire.TaiKhoanDuocXacThucVoiVNeID ?? '0').not.toBe('1');
  });

  it('verified applicant fields cannot be changed', async () => {
    const body = await signedInSubmission(stack.url, { ...HNHI_APPLICANT, fullName: 'Người Khác' });
    const res = await hnhi.request(`${stack.url}/v1/dossiers`, write(body, 'hnhi-submit-0002'));
    expect(res.status).toBe(422);
    expect(((await res.json()) as { code: string }).code).toBe('account.claims-mismatch');
  });

  it('lists the citizen’s own dossiers with status, due date and next step — no 4 digits asked', async () => {
    const res = await hnhi.request(`${stack.url}/v1/me/dossiers?page=1&pageSize=5`, {
      headers: { origin: SITE_ORIGIN },
    });
    expect(res.status).toBe(200);
    const page = (await res.json()) as {
      total: number;
      items: {
        code: string;
        status: string;
        dueAt: string;
        nextAction: { kind: string };
        rateable: boolean;
        applicant: { name: string };
      }[];
    };
    expect(page.total).toBe(1);
    expect(page.items[0]).toMatchObject({
      code,
      status: expect.any(String),
      dueAt: expect.any(String),
      nextAction: { kind: expect.any(String) },
      rateable: false,
    });
    expect(page.items[0]?.applicant.name).not.toBe("H'Nhi Niê");
    const one = await hnhi.request(`${stack.url}/v1/me/dossiers/${encodeURIComponent(code)}`);
    expect(one.status).toBe(200);
    expect(((await one.json()) as { timeline: unknown[] }).timeline.length).toBeGreaterThan(0);
  });

  it('another citizen’s dossier asked for by code through the signed-in API is refused', async () => {
    const view = await binh.request(`${stack.url}/v1/me/dossiers/${encodeURIComponent(code)}`);
    expect(view.status).toBe(404);
    expect(((await view.json()) as { code: string }).code).toBe('account.dossier-not-found');
    const rate = await binh.request(
      `${stack.url}/v1/me/dossiers/${encodeURIComponent(code)}/rating`,
      write({ level: 'satisfied' }, 'binh-rate-0001'),
    );
    expect(rate.status).toBe(404);
    expect(await (await binh.request(`${stack.url}/v1/me/dossiers`)).json()).toMatchObject({ total: 0, items: [] });
  });

  it('rating waits for a finished status', async () => {
    const rate = await hnhi.request(
      `${stack.url}/v1/me/dossiers/${encodeURIComponent(code)}/rating`,
      write({ level: 'satisfied' }, 'hnhi-rate-0001'),
    );
    expect(rate.status).toBe(409);
  });
});
