import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { openPage } from './browser';
import { control, waitForText, type Driver } from './driver';
import { installHelpers } from './page-helpers';
import { root } from './stack';

/**
 * A page for a citizen flow: a fresh profile (no drafts, no outbox left from another flow) in
 * Hà Nội's time zone, the e2e page helpers installed, page errors and CSP reports collected.
 */
export async function openFlowPage(browser: Browser): Promise<{ page: Page; problems: string[] }> {
  const { page, problems } = await openPage(browser, {
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1280, height: 900 },
  });
  await page.addInitScript({ content: `(${installHelpers.toString()})();` });
  // Playwright turns on file-chooser interception only when a listener exists, and does so
  // asynchronously: a chooser opened by a fast key press can slip past a listener added just
  // before it and be cancelled as a native dialog. One listener for the page's whole life
  // keeps interception on from the start (the drivers still wait for each chooser).
  page.on('filechooser', () => undefined);
  return { page, problems };
}

/** A real (tiny) PDF: the gateway sniffs uploads by their bytes. */
export function writeSamplePdf(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'to-khai.pdf');
  writeFileSync(
    file,
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
      '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  );
  return file;
}

/** How often `text` occurs in the page's visible text (through shadow roots). */
const occurrences = (page: Page, text: string) =>
  page.evaluate((t) => (window as unknown as { __e2e: { text(): string } }).__e2e.text().split(t).length - 1, text);

/**
 * Chooses `pdf` in every `<dvc-file-input>` of the documents step, one after another, as a
 * citizen does: the next file is chosen once the previous one shows "Đã tải lên". So no click
 * is aimed at a slot that the previous upload's progress and end are still moving, and an
 * upload that never finishes is reported as such, not as a file chooser that never opened.
 */
export async function fileEverySlot(page: Page, driver: Driver, pdf: string): Promise<number> {
  const hosts = await page.evaluateHandle(() =>
    (window as unknown as { __e2e: { hosts(t: string): Element[] } }).__e2e.hosts('dvc-file-input'),
  );
  const count = await hosts.evaluate((list) => list.length);
  const uploadedBefore = await occurrences(page, 'Đã tải lên');
  for (let i = 0; i < count; i++) {
    const host = (await hosts.evaluateHandle((list, n) => list[n]!, i)).asElement()!;
    await driver.file(host, pdf);
    await page
      .waitForFunction(
        (n) => (window as unknown as { __e2e: { text(): string } }).__e2e.text().split('Đã tải lên').length - 1 >= n,
        uploadedBefore + i + 1,
        { timeout: 30_000, polling: 100 },
      )
      .catch(async () => {
        throw new Error(
          `Upload ${i + 1} of ${count} did not finish; "to-khai.pdf" shown ${await occurrences(page, 'to-khai.pdf')} time(s)`,
        );
      });
  }
  return count;
}

export interface FlowResult {
  code: string;
  screenshots: string[];
}

/** The applicant of the test dossier (the phone's last 4 digits verify the look-up). */
export const CITIZEN = {
  fullName: 'H Lan Niê',
  citizenId: '066190001234',
  phone: '0905123468',
  verify: '3468',
  street: 'Buôn Ea Bung, thôn 3',
};

/**
 * The citizen flow on the commune site: find a procedure by typing without diacritics, fill
 * and submit its form with a file, read the receipt, look the dossier up (no rating is offered
 * before the dossier is finished). With `email`, the citizen also gives an e-mail address and
 * asks to be e-mailed when the dossier moves.
 */
export async function citizenFlow(
  page: Page,
  site: string,
  driver: Driver,
  pdf: string,
  { email }: { email?: string } = {},
): Promise<FlowResult> {
  const shots: string[] = [];
  const dir = join(root, 'artifacts', 'e2e');
  mkdirSync(dir, { recursive: true });
  const shot = async (name: string) => {
    const file = join(dir, `${driver.mode}-${String(shots.length + 1).padStart(2, '0')}-${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    shots.push(file);
  };

  // 1. Home page → search without diacritics → pick the procedure.
  await page.goto(site);
  await waitForText(page, /Dịch vụ công trực tuyến/);
  await driver.combobox(/Tìm thủ tục/i, 'cap ban sao trich luc', /Cấp bản sao trích lục hộ tịch/);
  await page.waitForURL(/\/thu-tuc\?ma=1\.900103/);
  await waitForText(page, /Người nộp hồ sơ/);
  await shot('form-applicant');

  // 2. Applicant.
  await driver.fill(/^Họ, chữ đệm và tên/, CITIZEN.fullName);
  await driver.fill(/^Ngày$/, '15', /Ngày sinh/);
  await driver.fill(/^Tháng$/, '8', /Ngày sinh/);
  await driver.fill(/^Năm$/, '1990', /Ngày sinh/);
  await driver.fill(/.*/, CITIZEN.citizenId, /Số định danh/);
  await driver.fill(/.*/, CITIZEN.phone, /Số điện thoại/);
  if (email) await driver.fill(/^Thư điện tử/, email);
  await driver.combobox(/Tỉnh, thành phố/, 'dak lak', /Đắk Lắk/, /Nơi cư trú/);
  await driver.combobox(/Xã, phường/, 'ea bung', /Ea Bung/, /Nơi cư trú/);
  await driver.fill(/^Số nhà, đường/, CITIZEN.street);
  await driver.press(/^Tiếp tục$/);

  // 3. Details.
  await waitForText(page, /Thông tin cần khai/);
  await driver.fill(/^Nội dung yêu cầu/, 'Xin cấp 02 bản sao trích lục khai sinh của con.');
  await driver.press(/^Tiếp tục$/);

  // 4. Documents: a file in every slot, the declaration.
  await waitForText(page, /Giấy tờ cần nộp/);
  await fileEverySlot(page, driver, pdf);
  await driver.check(/Tôi cam đoan/);
  await shot('form-documents');
  await driver.press(/^Tiếp tục$/);

  // 5. Check your answers, consent, submit.
  await waitForText(page, /Kiểm tra lại thông tin/);
  await driver.check(/Tôi đồng ý/).catch(() => undefined); // shown only when the gateway asks for consent
  if (email) await driver.check(/^Gửi thư điện tử cho tôi/);
  await shot('form-review');
  await driver.press(/^Gửi hồ sơ$/);

  // 6. The receipt.
  await waitForText(page, /Phiếu hẹn trả kết quả/, 30_000);
  const code = (await waitForText(page, /\d{3}\.\d{2}\.\d{2}\.H\d{2}-\d{6}-\d{4}/)).trim();
  await control(page, new RegExp(`Mã QR của mã hồ sơ ${code.replace(/\./g, '\\.')}`)).catch(() => undefined);
  await shot('receipt');

  // 7. Status look-up on the home page (the receipt's link pre-fills the code).
  await driver.press(/tra cứu tình trạng hồ sơ/);
  await page.waitForURL(/\/\?ma=/);
  await waitForText(page, /Tra cứu hồ sơ/);
  await driver.fill(/^Mã hồ sơ/, code);
  await driver.fill(/^4 số cuối/, CITIZEN.verify);
  await driver.press(/^Tra cứu$/);
  await waitForText(page, new RegExp(`Hồ sơ ${code.replace(/\./g, '\\.')}`));
  await waitForText(page, /Quá trình xử lý/);
  await shot('status');

  // 8. No rating yet: a dossier just registered ("Mới đăng ký") has nothing to rate; the site
  // offers the rating once the dossier is finished (issue 12).
  expect(await page.evaluate(() => document.getElementById('danh-gia')?.hidden ?? true)).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { __e2e: { text(): string } }).__e2e.text())).not.toMatch(
    /Bạn có hài lòng/,
  );
  return { code, screenshots: shots };
}
