// Supplements and notifications on the stack `pnpm start` runs (issue 15), in Chromium at
// 360 px: a citizen submits on the commune site; the desk (the sandbox's admin API) asks for
// a supplement; the operator's webhook receiver gets it signed and the citizen's mailbox gets
// the e-mail; the citizen answers from the status widget with a file; the portal holds the
// answer once; the desk finishes; "result ready" arrives once per receiver, and the site
// offers the rating.
import { copyFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, openPage } from './browser';
import { CITIZEN, citizenFlow, writeSamplePdf } from './citizen-flow';
import { mouseDriver, waitForText, type Driver } from './driver';
import {
  startHookReceiver,
  startMailbox,
  waitUntil,
  webhookSecret,
  type HookReceiver,
  type TestMailbox,
} from './notify-receivers';
import { installHelpers } from './page-helpers';
import { SIGNED_IN_CITIZEN } from './signed-in-flow';
import { EA_BUNG_AGENCY_CODE, startStack, type Stack } from './stack';

const EMAIL = 'hlan.nie@example.vn';
const ASKED = 'Đề nghị nộp bản sao Giấy khai sinh rõ nét, có chứng thực.';
const ASKED_BY = 'Công chức tư pháp - hộ tịch xã Ea Bung';
const DEADLINE = '2026-12-28T17:00:00+07:00';

let stack: Stack;
let browser: Browser;
let ops: HookReceiver;
let sms: HookReceiver;
let mailbox: TestMailbox;
const files = join(tmpdir(), 'dvc-e2e-files');
const pdf = writeSamplePdf(files);
const supplementPdf = join(files, 'giay-khai-sinh-ban-sao.pdf');
copyFileSync(pdf, supplementPdf);

beforeAll(async () => {
  const secret = webhookSecret();
  [ops, sms, mailbox] = await Promise.all([startHookReceiver(secret), startHookReceiver(secret), startMailbox()]);
  stack = await startStack({
    gatewaySettings: {
      GATEWAY_WEBHOOKS: JSON.stringify([
        { id: 'ops', url: ops.url, secret },
        {
          id: 'sms',
          url: sms.url,
          secret,
          includeContact: true,
          events: ['dossier.supplement-requested', 'dossier.result-ready'],
        },
      ]),
      GATEWAY_SMTP_URL: mailbox.smtpUrl,
      GATEWAY_MAIL_FROM: '"UBND xã Ea Bung" <motcua@eabung.example.gov.vn>',
      // The watch notices within a second here; the defaults (60/min, one poll a minute per dossier) stay for users.
      GATEWAY_WATCH_RPM: '6000',
      GATEWAY_WATCH_INTERVAL_MS: '300',
      GATEWAY_WATCH_TICK_MS: '100',
      GATEWAY_STATUS_CACHE_MS: '0',
    },
  });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  await Promise.all([ops?.close(), sms?.close(), mailbox?.close()]);
});

/** The sandbox's admin API: what the one-stop desk does on the portal. */
async function desk(path: string, body?: unknown): Promise<Record<string, unknown>> {
  const init =
    body === undefined
      ? {}
      : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
  const res = await fetch(`${stack.urls.sandbox}/admin${path}`, init);
  expect(res.status, `${path}: ${res.status}`).toBe(200);
  return (await res.json()) as Record<string, unknown>;
}

const eventsOf = (receiver: HookReceiver, code: string, type?: string) =>
  receiver.events.filter((e) => e.body.data.code === code && (type === undefined || e.type === type));

/** A page of the commune site at 360 px, with the test helpers and file-chooser interception on. */
async function phonePage(): Promise<{ page: Page; problems: string[] }> {
  const opened = await openPage(browser, {
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 360, height: 780 },
    hasTouch: true,
  });
  await opened.page.addInitScript({ content: `(${installHelpers.toString()})();` });
  opened.page.on('filechooser', () => undefined); // keeps file-chooser interception on (see commune-site.test.ts)
  return opened;
}

/** Answers the supplement request shown on the page with `file` and a note, through `<dvc-supplement-answer>`. */
async function answerSupplement(page: Page, driver: Driver, file: string, note: string): Promise<void> {
  await waitForText(page, /Yêu cầu bổ sung hồ sơ/);
  const input = (
    await page.evaluateHandle(
      () =>
        (window as unknown as { __e2e: { hosts(t: string): Element[] } }).__e2e
          .hosts('dvc-file-input')
          .find((h) => /bổ sung/i.test(h.getAttribute('label') ?? '')) ?? null,
    )
  ).asElement();
  expect(input, 'a dvc-file-input labelled "Giấy tờ bổ sung" in the supplement answer').not.toBeNull();
  await driver.file(input!, file);
  // Sent before the upload has finished, the widget would ask to wait: the citizen waits for the tick.
  await waitForText(page, new RegExp(`${basename(file).replace(/\./g, '\\.')}.{0,40}Đã tải lên`));
  await driver.fill(/^Ghi chú gửi cơ quan/, note);
  await driver.press(/^Gửi bổ sung$/);
  await waitForText(page, /Đã gửi bổ sung lúc/);
}

type Round = {
  HoSoBoSungId?: string;
  ThongTinTiepNhan?: string;
  DanhSachGiayToBoSung?: { TenTepDinhKem: string; DuongDanTaiTepTin: string }[];
};

/** The supplement rounds the portal holds for `code`, once the answer's files are there (then one more second for a repeat to show). */
async function portalRounds(code: string): Promise<Round[]> {
  const path = `/dossiers/${encodeURIComponent(code)}/supplements`;
  await waitUntil(
    'the supplement on the portal',
    async () => ((await desk(path)).rounds as Round[])[0]?.DanhSachGiayToBoSung?.length,
  );
  await new Promise((r) => setTimeout(r, 1000)); // a second push would land within this
  return (await desk(path)).rounds as Round[];
}

/** Looks the dossier up again on the home page, as a citizen coming back would. */
async function lookUp(page: Page, driver: Driver, code: string): Promise<void> {
  await page.goto('about:blank'); // a new page load, not a same-document jump to the fragment
  await page.goto(`${stack.urls.site}/?ma=${encodeURIComponent(code)}#tra-cuu`);
  await driver.fill(/^4 số cuối/, CITIZEN.verify);
  await driver.press(/^Tra cứu$/);
  await waitForText(page, new RegExp(`Hồ sơ ${code.replace(/\./g, '\\.')}`));
}

describe('supplements and notifications on the `pnpm start` stack (360 px)', () => {
  test('submit → supplement requested (webhook + e-mail) → answered with a file → held once → finished → result ready once → rating offered', async () => {
    const { page, problems } = await phonePage();
    const driver = mouseDriver(page);
    const started = Date.now();
    const timings: string[] = [];
    const mark = (step: string) => timings.push(`${step} ${((Date.now() - started) / 1000).toFixed(1)} s`);
    try {
      // 1. Submit on the commune site, with an e-mail address and consent to e-mails.
      const { code } = await citizenFlow(page, stack.urls.site, driver, pdf, { email: EMAIL });
      mark('submitted');
      await waitUntil('"dossier.received" at the operator', () => eventsOf(ops, code, 'dossier.received')[0]);
      mark('received');

      // 2. The desk asks for a supplement on the portal.
      await desk(`/dossiers/${encodeURIComponent(code)}/events`, {
        kind: 'supplement',
        content: ASKED,
        requestedBy: ASKED_BY,
        deadline: DEADLINE,
      });

      // 3. The operator's receivers get "supplement requested", signed (verified with standardwebhooks).
      const hook = await waitUntil(
        '"dossier.supplement-requested" at the operator',
        () => eventsOf(ops, code, 'dossier.supplement-requested')[0],
      );
      expect(hook.body.data).toMatchObject({
        code,
        status: 'supplement-requested',
        supplement: { content: ASKED, requestedBy: ASKED_BY },
      });
      expect(hook.body.data.contact).toBeUndefined();
      const toSms = await waitUntil(
        '"dossier.supplement-requested" at the SMS relay',
        () => eventsOf(sms, code, 'dossier.supplement-requested')[0],
      );
      expect(toSms.id).toBe(hook.id);
      // The phone input keeps the number in E.164 form.
      expect(toSms.body.data.contact).toMatchObject({
        name: CITIZEN.fullName,
        phone: CITIZEN.phone.replace(/^0/, '+84'),
        email: EMAIL,
      });
      expect(ops.badSignatures + sms.badSignatures).toBe(0);
      mark('supplement webhooks');

      // 4. The citizen's mailbox gets the e-mail.
      const mail = await waitUntil('the supplement e-mail', () =>
        mailbox.mails.find((m) => m.subject.startsWith(`[${code}] Cần bổ sung`)),
      );
      expect(mail.to).toEqual([EMAIL]);
      expect(mail.subject).toBe(`[${code}] Cần bổ sung giấy tờ / Documents requested`);
      mark('supplement e-mail');

      // 5. The citizen comes back to the status widget and answers with a file; the widget
      // sends the four digits the citizen typed, and the gateway refuses other digits.
      await lookUp(page, driver, code);
      await waitForText(page, new RegExp(ASKED.slice(0, 30)));
      await waitForText(page, /Hạn bổ sung: /);
      const wrong = await fetch(`${stack.urls.gateway}/v1/dossiers/${encodeURIComponent(code)}/supplement`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          requestId: (hook.body.data.supplement as { id: string }).id,
          files: [],
          note: 'x',
          verify: '0000',
        }),
      });
      expect(wrong.status).toBe(404);
      await answerSupplement(page, driver, supplementPdf, 'Gửi lại bản sao có chứng thực.');
      await page.screenshot({ path: join(files, 'supplement-sent-360.png'), fullPage: true });
      mark('answered');

      // 6. The portal holds the supplement once, with the file.
      const rounds = await portalRounds(code);
      mark('on the portal');
      expect(rounds).toHaveLength(1);
      expect(rounds[0]).toMatchObject({
        HoSoBoSungId: (hook.body.data.supplement as { id: string }).id,
        ThongTinTiepNhan: 'Gửi lại bản sao có chứng thực.',
      });
      expect(rounds[0]?.DanhSachGiayToBoSung?.map((d) => d.TenTepDinhKem)).toEqual(['giay-khai-sinh-ban-sao.pdf']);
      const download = await fetch(rounds[0]!.DanhSachGiayToBoSung![0]!.DuongDanTaiTepTin);
      expect([download.status, (await download.text()).slice(0, 5)]).toEqual([200, '%PDF-']);

      // 7. The desk finishes the dossier.
      await desk(`/dossiers/${encodeURIComponent(code)}/events`, { kind: 'finish' });

      // 8. "Result ready" arrives once per receiver (de-duplicated by webhook-id), and by e-mail.
      await waitUntil(
        '"dossier.result-ready" at both receivers',
        () =>
          eventsOf(ops, code, 'dossier.result-ready').length > 0 &&
          eventsOf(sms, code, 'dossier.result-ready').length > 0,
      );
      await waitUntil('the result e-mail', () =>
        mailbox.mails.find((m) => m.subject.startsWith(`[${code}] Đã có kết quả`)),
      );
      mark('result ready');
      await new Promise((r) => setTimeout(r, 1000)); // the watch polls several times a second: a repeat would show
      expect(eventsOf(ops, code, 'dossier.result-ready')).toHaveLength(1);
      expect(eventsOf(sms, code, 'dossier.result-ready')).toHaveLength(1);
      expect(eventsOf(ops, code).map((e) => e.type)).toEqual([
        'dossier.received',
        'dossier.supplement-requested',
        'dossier.result-ready',
      ]);
      expect(eventsOf(sms, code).map((e) => e.type)).toEqual(['dossier.supplement-requested', 'dossier.result-ready']);
      expect(
        mailbox.mails.filter((m) => m.subject.startsWith(`[${code}]`)).map((m) => m.subject.split(' / ')[0]),
      ).toEqual([`[${code}] Đã nhận hồ sơ`, `[${code}] Cần bổ sung giấy tờ`, `[${code}] Đã có kết quả`]);

      // Issue 12: once the dossier is finished, the site offers the rating, and takes it.
      await lookUp(page, driver, code);
      await waitForText(page, /Đã xử lý xong/);
      await waitForText(page, /Bạn có hài lòng với việc giải quyết hồ sơ/);
      expect(await page.evaluate(() => document.getElementById('danh-gia')?.hidden)).toBe(false);
      await driver.check(/^Rất hài lòng$/);
      await driver.press(/^Gửi đánh giá$/);
      await waitForText(page, /Cảm ơn bạn đã đánh giá/);
      await page.screenshot({ path: join(files, 'rating-360.png'), fullPage: true });
      mark('rated');
      console.log(
        `[e2e] notifications (360 px): ${timings.join(', ')}; ops ${ops.deliveries} deliveries / ${ops.events.length} events, sms ${sms.deliveries} / ${sms.events.length}`,
      );
      expect(problems).toEqual([]);
    } catch (error) {
      await page
        .screenshot({ path: join(files, 'failure-notifications-360.png'), fullPage: true })
        .catch(() => undefined);
      throw new Error(
        `${(error as Error).message}\nSteps: ${timings.join(', ')}\nPage problems: ${problems.join('; ') || 'none'}\nStack log (last lines):\n${stack.logs.slice(-20).join('\n')}`,
        { cause: error },
      );
    } finally {
      await page.context().close();
    }
  });

  test('a signed-in citizen answers from "Hồ sơ của tôi" without the four digits, and the portal holds it once', async () => {
    const { page, problems } = await phonePage();
    const driver = mouseDriver(page);
    try {
      // Sign in through the sandbox's provider on the "Hồ sơ của tôi" page.
      await page.goto(`${stack.urls.site}/ho-so-cua-toi`);
      await driver.press(/^Đăng nhập bằng VNeID$/);
      await waitForText(page, /Đăng nhập thử/);
      await driver.press(new RegExp(`^${SIGNED_IN_CITIZEN.name} — tài khoản DVCQG`));
      await page.waitForURL((url) => url.href.startsWith(`${stack.urls.site}/ho-so-cua-toi`));
      await waitForText(page, new RegExp(`Đã đăng nhập: ${SIGNED_IN_CITIZEN.name}`));

      // Her dossier, filed with the session (the form's own request; the citizen flow covers the form).
      const api = page.request;
      const upload = async (name: string) => {
        const res = await api.post(`${stack.urls.gateway}/v1/uploads`, {
          multipart: { file: { name, mimeType: 'application/pdf', buffer: readFileSync(pdf) } },
        });
        expect(res.status()).toBe(201);
        return ((await res.json()) as { id: string }).id;
      };
      const filed = await api.post(`${stack.urls.gateway}/v1/dossiers`, {
        headers: { origin: stack.urls.site, 'x-dvc-request': '1', 'idempotency-key': 'e2e-signed-in-supplement-0001' },
        data: {
          procedureCode: '1.900103',
          agencyCode: EA_BUNG_AGENCY_CODE,
          channel: 'online',
          applicant: {
            fullName: SIGNED_IN_CITIZEN.name,
            birthDate: '1985-04-12',
            citizenId: SIGNED_IN_CITIZEN.citizenId,
            phone: '0935123456',
            email: 'hnhi.nie@example.vn',
            address: { provinceCode: '66', communeCode: '24229', street: SIGNED_IN_CITIZEN.street },
          },
          data: { details: { request: 'Xin cấp 01 bản sao trích lục khai sinh.' }, documents: { declaration: true } },
          files: [
            { slot: 'documents.doc1', uploadId: await upload('to-khai.pdf') },
            { slot: 'documents.doc2', uploadId: await upload('ban-sao.pdf') },
          ],
          consent: true,
        },
      });
      expect(filed.status(), await filed.text()).toBe(201);
      const code = ((await filed.json()) as { code: string }).code;
      for (
        let i = 0;
        i < 100 && (await fetch(`${stack.urls.sandbox}/admin/dossiers/${encodeURIComponent(code)}`)).status !== 200;
        i++
      )
        await new Promise((r) => setTimeout(r, 100));

      // The desk asks; "Hồ sơ của tôi" shows what, by whom and until when, and takes the answer.
      await desk(`/dossiers/${encodeURIComponent(code)}/events`, {
        kind: 'supplement',
        content: ASKED,
        requestedBy: ASKED_BY,
        deadline: DEADLINE,
      });
      await page.reload();
      await waitForText(page, new RegExp(code.replace(/\./g, '\\.')));
      await waitForText(page, new RegExp(`Người yêu cầu: ${ASKED_BY}`));
      await waitForText(page, /Hạn bổ sung: /);
      await answerSupplement(page, driver, supplementPdf, 'Bản sao có chứng thực.');
      await page.screenshot({ path: join(files, 'my-dossiers-supplement-360.png'), fullPage: true });
      const rounds = await portalRounds(code);
      expect(rounds).toHaveLength(1);
      expect(rounds[0]).toMatchObject({ ThongTinTiepNhan: 'Bản sao có chứng thực.' });
      expect(rounds[0]?.DanhSachGiayToBoSung?.map((d) => d.TenTepDinhKem)).toEqual(['giay-khai-sinh-ban-sao.pdf']);
      // Back later: the answer is shown as sent, no form again.
      await page.reload();
      await waitForText(page, /Đã gửi bổ sung lúc/);
      expect(problems).toEqual([]);
    } catch (error) {
      await page
        .screenshot({ path: join(files, 'failure-my-dossiers-360.png'), fullPage: true })
        .catch(() => undefined);
      throw new Error(
        `${(error as Error).message}\nPage problems: ${problems.join('; ') || 'none'}\nStack log (last lines):\n${stack.logs.slice(-20).join('\n')}`,
        { cause: error },
      );
    } finally {
      await page.context().close();
    }
  });
});
