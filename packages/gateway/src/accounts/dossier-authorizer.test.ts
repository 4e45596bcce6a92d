// A signed-in citizen answers a supplement request for her own dossier without the four
// digits; another signed-in citizen, a foreign origin and an anonymous caller cannot.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CookieBrowser, SITE_ORIGIN, signIn } from '../../test/sso-browser';
import { CITIZENS, HNHI_APPLICANT, signedInSubmission, startSsoStack } from '../../test/sso-stack';
import { uploadPdf } from '../../test/stack';
import type { TestStack } from '../../test/stack';

const post = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', origin: SITE_ORIGIN, 'x-dvc-request': '1', ...headers },
  body: JSON.stringify(body),
});

describe('the signed-in owner answers a supplement request', () => {
  let stack: TestStack;
  const hnhi = new CookieBrowser();
  const binh = new CookieBrowser();
  let code = '';
  let requestId = '';
  const answerUrl = () => `${stack.url}/v1/dossiers/${encodeURIComponent(code)}/supplement`;

  beforeAll(async () => {
    stack = await startSsoStack({ statusCacheMs: 0 });
    await signIn(hnhi, stack.url, CITIZENS.hnhi);
    await signIn(binh, stack.url, CITIZENS.binh);
    const res = await hnhi.request(
      `${stack.url}/v1/dossiers`,
      post(await signedInSubmission(stack.url, HNHI_APPLICANT), { 'idempotency-key': 'hnhi-supplement-0001' }),
    );
    expect(res.status).toBe(201);
    code = ((await res.json()) as { code: string }).code;
    for (let i = 0; i < 100; i++) {
      if ((await fetch(`${stack.sandbox.url}/admin/dossiers/${encodeURIComponent(code)}`)).status === 200) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const asked = await fetch(`${stack.sandbox.url}/admin/dossiers/${encodeURIComponent(code)}/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'supplement', content: 'Bổ sung bản sao CCCD.', requestedBy: 'Công chức tư pháp' }),
    });
    expect(asked.status).toBe(200);
    const mine = await hnhi.request(`${stack.url}/v1/me/dossiers/${encodeURIComponent(code)}`);
    const view = (await mine.json()) as { status: string; supplement?: { id: string; content: string } };
    expect(view).toMatchObject({ status: 'supplement-requested', supplement: { content: 'Bổ sung bản sao CCCD.' } });
    requestId = view.supplement?.id ?? '';
  });
  afterAll(async () => stack?.close());

  it('refuses another citizen, a foreign origin and a caller without the session header', async () => {
    const file = await uploadPdf(stack.url, 'cccd.pdf');
    const body = { requestId, files: [{ uploadId: file }] };
    const other = await binh.request(answerUrl(), post(body));
    expect([other.status, ((await other.json()) as { code: string }).code]).toEqual([
      400,
      'supplement.verify-required',
    ]);
    const foreign = await hnhi.request(answerUrl(), post(body, { origin: 'https://evil.example' }));
    expect([foreign.status, ((await foreign.json()) as { code: string }).code]).toEqual([403, 'auth.foreign-origin']);
    const noHeader = await hnhi.request(answerUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: SITE_ORIGIN },
      body: JSON.stringify(body),
    });
    expect([noHeader.status, ((await noHeader.json()) as { code: string }).code]).toEqual([
      400,
      'supplement.verify-required',
    ]);
    const anonymous = await fetch(answerUrl(), post(body));
    expect(anonymous.status).toBe(400);
  });

  it('takes her answer without the four digits, once', async () => {
    const file = await uploadPdf(stack.url, 'cccd-ban-sao.pdf');
    const body = { requestId, files: [{ uploadId: file }], note: 'Gửi bản sao CCCD.' };
    const first = await hnhi.request(answerUrl(), post(body));
    expect(first.status).toBe(201);
    expect(await first.json()).toMatchObject({ dossierCode: code, requestId, files: 1 });
    const again = await hnhi.request(answerUrl(), post(body));
    expect(again.status).toBe(201);
    let rounds: { DanhSachGiayToBoSung?: { TenTepDinhKem: string }[] }[] = [];
    for (let i = 0; i < 100 && !rounds[0]?.DanhSachGiayToBoSung?.length; i++) {
      rounds = (
        (await (await fetch(`${stack.sandbox.url}/admin/dossiers/${encodeURIComponent(code)}/supplements`)).json()) as {
          rounds: typeof rounds;
        }
      ).rounds;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(rounds).toHaveLength(1);
    expect(rounds[0]?.DanhSachGiayToBoSung?.map((d) => d.TenTepDinhKem)).toEqual(['cccd-ban-sao.pdf']);
  });
});
