// The whole loop on a real sandbox and real servers on loopback: submit → the desk asks for a
// supplement → the signed webhook and the e-mail arrive → the citizen answers with a file →
// the portal holds the answer once → the desk finishes → "result ready" once per receiver;
// then the opt-out link stops e-mail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DossierStatusView } from '@dvc-kit/core';
import { postDossier, startStack, submission, uploadPdf } from '../../test/stack';
import type { TestStack } from '../../test/stack';
import { TEST_SECRET, startMailbox, startWebhookReceiver, waitFor } from '../../test/notify-fixtures';
import type { Mailbox, WebhookReceiver } from '../../test/notify-fixtures';

let stack: TestStack;
let ops: WebhookReceiver;
let sms: WebhookReceiver;
let mailbox: Mailbox;
let code: string;

const admin = (path: string, body?: unknown) =>
  fetch(
    `${stack.sandbox.url}${path}`,
    body === undefined
      ? {}
      : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
  ).then(async (r) => ({ status: r.status, body: (await r.json()) as Record<string, unknown> }));
const status = async () =>
  (await (await fetch(`${stack.url}/v1/dossiers/${encodeURIComponent(code)}?verify=5678`)).json()) as DossierStatusView;
const answer = (body: unknown) =>
  fetch(`${stack.url}/v1/dossiers/${encodeURIComponent(code)}/supplement`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
const ofType = (r: WebhookReceiver, type: string) => r.events.filter((e) => e.type === type && e.code === code);

beforeAll(async () => {
  ops = await startWebhookReceiver();
  sms = await startWebhookReceiver();
  mailbox = await startMailbox();
  stack = await startStack({
    statusCacheMs: 0,
    notifications: {
      webhooks: [
        { id: 'ops', url: ops.url, secret: TEST_SECRET },
        {
          id: 'sms',
          url: sms.url,
          secret: TEST_SECRET,
          includeContact: true,
          events: ['dossier.supplement-requested', 'dossier.result-ready'],
        },
      ],
      email: { smtpUrl: mailbox.smtpUrl, from: '"UBND phường Tuy Hòa" <motcua@tuyhoa.example.gov.vn>' },
      watch: { tickMs: 50, requestsPerMinute: 6000, minIntervalMs: 100 },
    },
  });
  const uploads: [string, string] = [await uploadPdf(stack.url), await uploadPdf(stack.url)];
  const applicant = { ...submission(uploads).applicant, email: 'hoa.nguyen@example.vn' };
  const res = await postDossier(
    stack.url,
    submission(uploads, { applicant, notifications: { email: true } }),
    'notify-flow-0001',
  );
  expect(res.status).toBe(201);
  code = ((await res.json()) as { code: string }).code;
}, 60_000);

afterAll(async () => {
  await stack?.close();
  await Promise.all([ops?.close(), sms?.close(), mailbox?.close()]);
});

describe('supplements and notifications', () => {
  it('tells the operator the dossier was received, once it is on the portal', async () => {
    const received = await waitFor(() => ofType(ops, 'dossier.received')[0], 15_000, 'received webhook');
    expect(received.body.data).toMatchObject({ code, status: 'registered', procedureCode: '1.900103' });
    expect(received.body.data.contact).toBeUndefined();
    expect(ofType(sms, 'dossier.received')).toEqual([]);
    await waitFor(() => mailbox.mails.find((m) => m.subject.includes('Đã nhận hồ sơ')), 10_000, 'received e-mail');
  });

  it('shows the supplement request, signs the webhook and e-mails the citizen', async () => {
    const deadline = '2026-12-20T17:00:00+07:00';
    const asked = await admin(`/admin/dossiers/${encodeURIComponent(code)}/events`, {
      kind: 'supplement',
      content: 'Đề nghị nộp bản sao Giấy khai sinh rõ nét.',
      requestedBy: 'Công chức tư pháp - hộ tịch',
      deadline,
    });
    expect(asked.status).toBe(200);
    const hook = await waitFor(() => ofType(ops, 'dossier.supplement-requested')[0], 15_000, 'supplement webhook');
    expect(hook.body.data.supplement).toMatchObject({
      content: 'Đề nghị nộp bản sao Giấy khai sinh rõ nét.',
      requestedBy: 'Công chức tư pháp - hộ tịch',
    });
    const toSms = await waitFor(() => ofType(sms, 'dossier.supplement-requested')[0], 15_000, 'sms webhook');
    expect(toSms.body.data.contact).toMatchObject({ phone: '0912345678', name: 'Nguyễn Thị Hoa' });
    expect(ops.badSignatures + sms.badSignatures).toBe(0);

    const mail = await waitFor(
      () => mailbox.mails.find((m) => m.subject.includes('Cần bổ sung')),
      10_000,
      'supplement e-mail',
    );
    expect(mail.to).toEqual(['hoa.nguyen@example.vn']);
    expect(mail.text.indexOf('Kính gửi')).toBeLessThan(mail.text.indexOf('Dear applicant'));
    expect(mail.text).toContain('Đề nghị nộp bản sao Giấy khai sinh rõ nét.');
    expect(mail.html).toContain('lang="vi"');
    expect(mail.raw).toMatch(/List-Unsubscribe-Post: List-Unsubscribe=One-Click/);

    const view = await status();
    expect(view.status).toBe('supplement-requested');
    expect(view.supplement).toMatchObject({
      content: 'Đề nghị nộp bản sao Giấy khai sinh rõ nét.',
      requestedBy: 'Công chức tư pháp - hộ tịch',
      deadline,
    });
    expect(view.nextAction).toMatchObject({ kind: 'supplement', deadline });
  });

  it('takes the answer once (four-digit check), and the portal holds it once', async () => {
    const requestId = (await status()).supplement?.id as string;
    const file = await uploadPdf(stack.url, 'giay-khai-sinh-ro.pdf');
    expect((await answer({ requestId, files: [{ uploadId: file }], note: 'Gửi lại bản rõ nét.' })).status).toBe(400);
    const wrong = await answer({ requestId, files: [{ uploadId: file }], note: 'x', verify: '0000' });
    expect([wrong.status, await wrong.text()]).toEqual([
      404,
      expect.stringContaining('dossier.not-found-or-unverified'),
    ]);
    const body = { requestId, files: [{ uploadId: file }], note: 'Gửi lại bản rõ nét.', verify: '5678' };
    const first = await answer(body);
    expect(first.status).toBe(201);
    const again = await answer(body);
    expect(again.status).toBe(201);
    expect(await again.json()).toEqual(await first.json());
    const other = await answer({ ...body, note: 'Khác' });
    expect(other.status).toBe(409);

    const rounds = await waitFor(
      async () => {
        const r = (await admin(`/admin/dossiers/${encodeURIComponent(code)}/supplements`)).body.rounds as Record<
          string,
          unknown
        >[];
        return (r[0]?.DanhSachGiayToBoSung as unknown[] | undefined)?.length ? r : undefined;
      },
      15_000,
      'supplement on the portal',
    );
    expect(rounds).toHaveLength(1);
    expect(rounds[0]).toMatchObject({ HoSoBoSungId: requestId, ThongTinTiepNhan: 'Gửi lại bản rõ nét.' });
    const docs = rounds[0]?.DanhSachGiayToBoSung as { TenTepDinhKem: string; DuongDanTaiTepTin: string }[];
    expect(docs).toHaveLength(1);
    expect(docs[0]?.TenTepDinhKem).toBe('giay-khai-sinh-ro.pdf');
    const download = await fetch(docs[0]?.DuongDanTaiTepTin as string);
    expect(download.status).toBe(200);
    expect((await download.text()).startsWith('%PDF')).toBe(true);

    const view = await status();
    expect(view.supplement?.answer).toMatchObject({
      note: 'Gửi lại bản rõ nét.',
      files: [{ name: 'giay-khai-sinh-ro.pdf' }],
    });
  });

  it('sends "result ready" once per receiver', async () => {
    await admin(`/admin/dossiers/${encodeURIComponent(code)}/events`, { kind: 'finish' });
    await waitFor(
      () => ofType(ops, 'dossier.result-ready').length === 1 && ofType(sms, 'dossier.result-ready').length === 1,
      15_000,
      'result-ready',
    );
    await new Promise((r) => setTimeout(r, 500));
    expect(ofType(ops, 'dossier.result-ready')).toHaveLength(1);
    expect(ofType(sms, 'dossier.result-ready')).toHaveLength(1);
    expect(ops.events.filter((e) => e.code === code).map((e) => e.type)).toEqual([
      'dossier.received',
      'dossier.supplement-requested',
      'dossier.result-ready',
    ]);
  });

  it('stops e-mail after the opt-out link, and the watch lets the finished dossier go', async () => {
    const mail = await waitFor(
      () => mailbox.mails.find((m) => m.subject.includes('Đã có kết quả')),
      10_000,
      'result e-mail',
    );
    const link = /(http:\/\/\S+\/v1\/notifications\/opt-out\?a=[0-9a-f]{64}&sig=[\w-]+)/.exec(mail.text)?.[1] as string;
    expect(link).toBeDefined();
    const page = await fetch(link);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<form method="post"');
    expect((await fetch(link.replace(/sig=[\w-]+/, 'sig=forged'))).status).toBe(404);
    const done = await fetch(link, { method: 'POST' });
    expect(done.status).toBe(200);
    const before = mailbox.mails.length;

    await admin(`/admin/dossiers/${encodeURIComponent(code)}/events`, { kind: 'return' });
    await waitFor(() => ofType(ops, 'dossier.finished')[0], 15_000, 'finished webhook');
    await waitFor(
      async () => (await stack.gateway.gateway.storage.countOutbox()).pending === 0,
      10_000,
      'outbox drained',
    );
    expect(mailbox.mails.length).toBe(before);
    expect(await stack.gateway.gateway.storage.notifications.countWatched()).toBe(0);
    const changes = await stack.gateway.gateway.storage.notifications.listStatusChanges(code);
    expect(changes.map((c) => c.to)).toEqual(['supplement-requested', 'processed', 'returned']);
  });
});
