import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { fileEverySlot } from './citizen-flow';
import { control, waitForText, type Driver } from './driver';
import { root } from './stack';

/** The sandbox provider's seeded citizen the flow signs in as (DVCQG account, long claim set). */
export const SIGNED_IN_CITIZEN = { name: "H'Nhi Niê", citizenId: '066185001234', street: 'Buôn Ea Bung' };

/** What the signed-in flow observed. */
export interface SignedInResult {
  code: string;
  /** Applicant fields the form showed locked and marked "Đã xác thực qua VNeID". */
  lockedFields: string[];
  screenshots: string[];
}

type E2e = { __e2e: { all(root?: Node): Element[]; text(node?: Node): string } };

/** Paths of the locked, verified fields in the dossier form (inside its shadow root). */
const lockedFields = (page: Page) =>
  page.evaluate(() => {
    const e2e = (window as unknown as E2e).__e2e;
    return e2e.all(document).flatMap((el) => {
      const input = el.matches('[data-verified]') ? el.querySelector('input') : null;
      return input?.readOnly ? [el.getAttribute('data-verified') ?? ''] : [];
    });
  });

/**
 * The signed-in citizen on the commune site: sign in through the sandbox provider, find the
 * applicant section pre-filled and locked, submit, see the dossier in "Hồ sơ của tôi" with its
 * status (no four digits asked), open its timeline, sign out, and see the list gone.
 */
export async function signedInFlow(page: Page, site: string, driver: Driver, pdf: string): Promise<SignedInResult> {
  const shots: string[] = [];
  const dir = join(root, 'artifacts', 'e2e');
  mkdirSync(dir, { recursive: true });
  const shot = async (name: string) => {
    const file = join(dir, `signed-in-${driver.mode}-${String(shots.length + 1).padStart(2, '0')}-${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    shots.push(file);
  };

  // 1. The procedure page, signed out: the sign-in control; then the provider's sign-in page.
  await page.goto(`${site}/thu-tuc?ma=1.900103`);
  await waitForText(page, /Người nộp hồ sơ/);
  await driver.press(/^Đăng nhập bằng VNeID$/);
  await waitForText(page, /Đăng nhập thử/);
  await shot('provider-sign-in');
  await driver.press(new RegExp(`^${SIGNED_IN_CITIZEN.name} — tài khoản DVCQG`));

  // 2. Back on the form: signed in, the applicant pre-filled and locked.
  await page.waitForURL((url) => url.href.startsWith(`${site}/thu-tuc`));
  await waitForText(page, new RegExp(`Đã đăng nhập: ${SIGNED_IN_CITIZEN.name}`));
  await waitForText(page, /Đã xác thực qua VNeID/);
  const locked = await lockedFields(page);
  if (!locked.includes('applicant.fullName') || !locked.includes('applicant.citizenId'))
    throw new Error(`not locked: ${locked.join(', ')}`);
  await shot('form-prefilled');

  // 3. Only what the claims lack: the structured address.
  await driver.combobox(/Tỉnh, thành phố/, 'dak lak', /Đắk Lắk/, /Nơi cư trú/);
  await driver.combobox(/Xã, phường/, 'ea bung', /Ea Bung/, /Nơi cư trú/);
  await driver.fill(/^Số nhà, đường/, SIGNED_IN_CITIZEN.street);
  await driver.press(/^Tiếp tục$/);
  await waitForText(page, /Thông tin cần khai/);
  await driver.fill(/^Nội dung yêu cầu/, 'Xin cấp 01 bản sao trích lục khai sinh.');
  await driver.press(/^Tiếp tục$/);
  await waitForText(page, /Giấy tờ cần nộp/);
  await fileEverySlot(page, driver, pdf);
  await driver.check(/Tôi cam đoan/);
  await driver.press(/^Tiếp tục$/);
  await waitForText(page, /Kiểm tra lại thông tin/);
  await driver.check(/Tôi đồng ý/).catch(() => undefined);
  await driver.press(/^Gửi hồ sơ$/);

  // 4. The receipt, then "Hồ sơ của tôi": the dossier with its status, no four digits.
  await waitForText(page, /Phiếu hẹn trả kết quả/, 30_000);
  const code = (await waitForText(page, /\d{3}\.\d{2}\.\d{2}\.H\d{2}-\d{6}-\d{4}/)).trim();
  await driver.press(/^Hồ sơ của tôi$/);
  await page.waitForURL(/\/ho-so-cua-toi/);
  await waitForText(page, new RegExp(code.replace(/\./g, '\\.')));
  await waitForText(page, /Trạng thái/);
  await waitForText(page, /Ngày hẹn trả/);
  const asksDigits = await page.evaluate(
    () =>
      (window as unknown as { __e2e: { control(p: string, f: string): Element | null } }).__e2e.control(
        '4 số cuối',
        'i',
      ) !== null,
  );
  if (asksDigits) throw new Error('"Hồ sơ của tôi" asked for the four digits');
  await driver.press(new RegExp(`^Xem tiến độ hồ sơ ${code.replace(/\./g, '\\.')}$`));
  await waitForText(page, /Quá trình xử lý/);
  await shot('my-dossiers');

  // 5. Sign out (here and at the provider), back on the page: the list is gone.
  await driver.press(/^Đăng xuất$/);
  await page.waitForURL((url) => url.href.startsWith(`${site}/ho-so-cua-toi`) && !url.href.includes('/sso/'), {
    timeout: 20_000,
  });
  await waitForText(page, /Đăng nhập bằng VNeID để xem các hồ sơ/);
  await control(page, /^Đăng nhập bằng VNeID$/);
  const after = await page.evaluate(() => (window as unknown as E2e).__e2e.text());
  if (after.includes(code)) throw new Error('the dossier list is still on the page after signing out');
  await shot('signed-out');
  return { code, lockedFields: locked, screenshots: shots };
}
