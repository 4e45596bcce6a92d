// The docs' live examples in Chromium: the widget reference in both locales (docs/reference/elements.md,
// Vietnamese, the default; docs/en/reference/elements.md, English) served
// by `pnpm docs:dev` (VitePress, here on a free port), pointed at the stack `pnpm start` runs
// through its "Gateway for live examples" control, as a reader whose gateway is not on the
// default port would. The docs' origin is added the documented way (GATEWAY_ALLOWED_ORIGINS).
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, openPage } from './browser';
import { control, mouseDriver, waitForText } from './driver';
import { installHelpers } from './page-helpers';
import { freePort, root, startStack, type Stack } from './stack';

let stack: Stack;
let browser: Browser;
let docs: { url: string; child: ChildProcess; output: string[] };

async function waitForHttp(url: string, child: ChildProcess, output: string[], timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vitepress exited (${child.exitCode}):\n${output.join('')}`);
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(5000) })).ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms:\n${output.join('')}`);
}

beforeAll(async () => {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const previous = process.env.GATEWAY_ALLOWED_ORIGINS;
  process.env.GATEWAY_ALLOWED_ORIGINS = origin;
  try {
    [stack, browser] = await Promise.all([startStack(), launchChromium()]);
  } finally {
    if (previous === undefined) delete process.env.GATEWAY_ALLOWED_ORIGINS;
    else process.env.GATEWAY_ALLOWED_ORIGINS = previous;
  }
  const output: string[] = [];
  const vitepress = join(root, 'docs/node_modules/vitepress/bin/vitepress.js');
  const child = spawn(process.execPath, [vitepress, 'dev', '.', '--host', '127.0.0.1'], {
    cwd: join(root, 'docs'),
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', DVC_DOCS_PORT: String(port) },
  });
  child.stdout!.on('data', (c: Buffer) => output.push(c.toString()));
  child.stderr!.on('data', (c: Buffer) => output.push(c.toString()));
  docs = { url: origin, child, output };
  await waitForHttp(`${origin}/reference/elements`, child, output);
}, 240_000);

afterAll(async () => {
  docs?.child.kill('SIGTERM');
  await browser?.close();
  await stack?.stop();
});

const text = (page: Page) => page.evaluate(() => (window as unknown as { __e2e: { text(): string } }).__e2e.text());

describe.each([
  ['Vietnamese (default)', '/reference/elements'],
  ['English', '/en/reference/elements'],
])("the widget reference's live examples, %s", (_, path) => {
  test("point at the reader's gateway and work: search, form, status, scores; no request fails", async () => {
    const { page, problems } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    await page.addInitScript({ content: `(${installHelpers.toString()})();` });
    try {
      await page.goto(`${docs.url}${path}`, { timeout: 120_000 });
      // The control, as a reader uses it: their gateway's address, Apply.
      // VitePress may still re-render the control after it first appears (hydration, or the dev
      // server reloading the page once it has optimized a dependency): a control that went away
      // is found again, and the reader's steps repeated.
      for (let attempt = 1; ; attempt++) {
        try {
          const endpoint = await control(page, /Gateway URL/, undefined, 60_000);
          await endpoint.fill(stack.urls.gateway);
          await (await control(page, /Áp dụng — Apply/)).click();
          await page.waitForFunction(
            (gw) => {
              const providers = [...document.querySelectorAll('[data-dvc-gateway] dvc-provider')];
              return providers.length >= 6 && providers.every((p) => p.getAttribute('endpoint') === gw);
            },
            stack.urls.gateway,
            { timeout: 30_000 },
          );
          break;
        } catch (error) {
          if (attempt === 3 || !/not attached|context was destroyed|Cannot find context|Timeout/i.test(String(error)))
            throw error;
        }
      }

      // Every example's element is upgraded (the theme loads the widgets after hydration) and renders something.
      await page.waitForFunction(
        () => customElements.get('dvc-provider') && customElements.get('dvc-unit-picker'),
        undefined,
        { timeout: 90_000 },
      );
      // Widgets that ask the gateway first (the sign-in control asks who is signed in) render once
      // it answers: wait for every example to render, then name any that did not.
      const unrendered = () =>
        [...document.querySelectorAll('.dvc-live')]
          .flatMap((box) => [...box.querySelectorAll('*')].filter((el) => el.localName.startsWith('dvc-')))
          .filter(
            (el) =>
              !customElements.get(el.localName) ||
              (el.localName !== 'dvc-provider' && !el.shadowRoot?.childElementCount),
          )
          .map((el) => el.localName);
      await page
        .waitForFunction(`(${unrendered.toString()})().length === 0`, undefined, { timeout: 30_000 })
        .catch(() => undefined);
      const empty = await page.evaluate(unrendered);
      expect(empty).toEqual([]);

      // The gateway examples: the form loads its procedure, the search finds one, the board shows scores.
      await waitForText(page, /Người nộp hồ sơ/, 60_000);
      await mouseDriver(page).combobox(/Tìm thủ tục/i, 'khai sinh', /Đăng ký khai sinh/);
      const shown = await text(page);
      expect(shown).not.toMatch(
        /Chưa cấu hình địa chỉ máy chủ|Không kết nối được máy chủ|chưa cho phép trang web này|Không tải được/,
      );
      expect(problems).toEqual([]);
      expect(stack.logs.filter((l) => l.includes('cors.origin-refused'))).toEqual([]);
    } catch (error) {
      const shown = await text(page).catch(() => '');
      throw new Error(
        `${(error as Error).message}\nThe page shows: ${shown.slice(0, 1200)}\nProblems: ${problems.join('; ') || 'none'}\nDocs server:\n${docs.output.join('').slice(-800)}`,
        { cause: error },
      );
    } finally {
      await page.context().close();
    }
  });
});
