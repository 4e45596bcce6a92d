// The commune site without its widgets' JavaScript: JS turned off, or the bundle blocked
// (a weak border connection, a content blocker). The HTML inside each widget tag — links to
// the national portal and the one-stop desk's phone — must stay visible and usable, and
// dvc-loader must give up visibly (<html data-dvc-load-failed>) after its retries.
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, openPage as openBrowserPage } from './browser';
import { startStack, type Stack } from './stack';

const SEARCH_PORTAL = 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh.html';
const LOOKUP_PORTAL = 'https://dichvucong.gov.vn/p/home/dvc-tra-cuu-ho-so.html';
const DESK_PHONE = '0262 3 500 123';

let stack: Stack;
let browser: Browser;

// The stack and the browser start side by side: this file should stay well under 30 s.
beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack(), launchChromium()]);
}, 120_000);

afterAll(() => Promise.all([browser?.close(), stack?.stop()]));

/** A fresh page the size of a phone; CSP / Trusted Types reports and page errors are collected. */
const openPage = (options: BrowserContextOptions = {}) =>
  openBrowserPage(browser, { viewport: { width: 390, height: 844 }, ...options });

/** The fallback a citizen needs on the home page, checked as they would see it. */
async function expectHomeFallback(page: Page): Promise<void> {
  const search = page.locator('dvc-procedure-search');
  const status = page.locator('dvc-dossier-status');
  expect(await search.innerText()).toContain('Tra cứu thủ tục trên Cổng Dịch vụ công quốc gia');
  expect(await search.innerText()).toContain(DESK_PHONE);
  expect(await search.innerText()).toContain('7:00–11:30');
  expect(await status.innerText()).toContain('Tra cứu hồ sơ trên Cổng Dịch vụ công quốc gia');
  expect(await search.locator(`a[href="${SEARCH_PORTAL}"]`).isVisible()).toBe(true);
  expect(await search.locator('a[href^="tel:"]').isVisible()).toBe(true);
  expect(await status.locator(`a[href="${LOOKUP_PORTAL}"]`).isVisible()).toBe(true);
  expect(await page.locator('dvc-digitization-board a').isVisible()).toBe(true);
  const tap = await search.locator('a[href^="tel:"]').boundingBox();
  expect(tap?.height ?? 0).toBeGreaterThanOrEqual(44);
}

describe("the commune site without its widgets' JavaScript", () => {
  test('with JavaScript off, every widget shows its Vietnamese fallback: portal links and the desk phone', async () => {
    const { page } = await openPage({ javaScriptEnabled: false });
    try {
      await page.goto(stack.urls.site);
      expect(await page.content(), 'every {{placeholder}} filled in by the server').not.toMatch(/\{\{\w+\}\}/);
      await expectHomeFallback(page);
      // The loader never ran, so the "could not load" notice stays hidden.
      expect(await page.locator('[data-dvc-load-notice]').isVisible()).toBe(false);

      await page.goto(`${stack.urls.site}/thu-tuc?ma=1.001193`);
      expect(await page.content()).not.toMatch(/\{\{\w+\}\}/);
      const form = page.locator('dvc-dossier-form');
      expect(await form.innerText()).toContain('Nộp hồ sơ trên Cổng Dịch vụ công quốc gia');
      expect(await form.innerText()).toContain(DESK_PHONE);
    } finally {
      await page.context().close();
    }
  });

  test('with the bundle blocked, the loader retries, then marks <html> and the fallback stays', async () => {
    const { page, problems } = await openPage();
    const bundleRequests: string[] = [];
    try {
      // The site sends the content-hashed name (dvc-elements.1a2b3c4d.js); either name is the bundle.
      await page.route(
        (url) => /^\/vendor\/dvc-elements(\.[0-9a-f]{8})?\.js$/.test(url.pathname),
        async (route) => {
          bundleRequests.push(route.request().url());
          await route.abort('internetdisconnected');
        },
      );
      // Short retry waits (50, 150, 450 ms) instead of the default 1 s, 3 s, 9 s.
      await page.route(
        (url) => url.pathname === '/',
        async (route) => {
          const response = await route.fetch();
          const body = (await response.text()).replace(
            /data-src="(\/vendor\/dvc-elements[^"]*)"/,
            'data-retry-ms="50" data-src="$1"',
          );
          await route.fulfill({ response, body });
        },
      );
      await page.goto(stack.urls.site);
      await page.waitForSelector('html[data-dvc-load-failed]', { state: 'attached', timeout: 10_000 });
      const retries = bundleRequests.map((url) => new URL(url).searchParams.get('dvc-retry')).filter(Boolean);
      expect(retries).toEqual(['1', '2', '3']);
      expect(await page.evaluate(() => customElements.get('dvc-procedure-search') === undefined)).toBe(true);
      await expectHomeFallback(page);
      const notice = page.locator('[data-dvc-load-notice]');
      expect(await notice.isVisible()).toBe(true);
      expect(await notice.innerText()).toContain('tải lại trang');
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  test('with the bundle loading, the widgets replace their fallback under the strict CSP', async () => {
    const { page, problems } = await openPage();
    try {
      await page.goto(stack.urls.site);
      await page.locator('dvc-procedure-search input').waitFor({ timeout: 15_000 });
      expect(await page.locator(`dvc-procedure-search a[href="${SEARCH_PORTAL}"]`).isVisible()).toBe(false);
      expect(await page.locator(`dvc-dossier-status a[href="${LOOKUP_PORTAL}"]`).isVisible()).toBe(false);
      expect(await page.evaluate(() => document.documentElement.hasAttribute('data-dvc-load-failed'))).toBe(false);
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
