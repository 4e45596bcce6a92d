// A newcomer's first hour, as the commune web team guide tells it: a blank site made from the
// guide's snippets alone, the widget files copied the way step 1 says, served from another port
// whose origin is added the way step 5 says (GATEWAY_ALLOWED_ORIGINS in front of `pnpm start`).
// A citizen finds a procedure and lands on the form page without any script of the site's own.
// A second copy on a port the gateway does not allow shows the "not allowed" message, and
// `dvc doctor` tells the two apart.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, openPage } from './browser';
import { mouseDriver, waitForText } from './driver';
import { installHelpers } from './page-helpers';
import { freePort, root, startStack, type Stack } from './stack';
import { serveStatic, type StaticSite } from './static-site';

/** The guide in the docs' default locale, Vietnamese (docs/test/translations.test.ts keeps the English one in step). */
const guide = readFileSync(join(root, 'docs/guide/commune-web-team.md'), 'utf8');
/** The endpoint the guide's snippets show, which a newcomer replaces with their gateway's address. */
const EXAMPLE_ENDPOINT = 'https://dvc.xa-ea-bung.gov.vn/api';

/** The snippet files the guide includes under a heading, in order. */
function snippetsUnder(heading: RegExp): string[] {
  const start = guide.search(heading);
  expect(start, `the guide has a heading ${heading}`).toBeGreaterThanOrEqual(0);
  const section = guide.slice(start, guide.indexOf('\n## ', start + 1));
  return [...section.matchAll(/^<<< @\/snippets\/([\w.-]+)/gm)].map((m) =>
    readFileSync(join(root, 'docs/snippets', m[1]!), 'utf8'),
  );
}

/** A blank page holding `body`. */
const blankPage = (body: string) =>
  `<!doctype html>\n<html lang="vi">\n<head><meta charset="utf-8"><title>Xã</title></head>\n<body>\n${body}\n</body>\n</html>\n`;

/** Step 1 as the guide writes it: the `cp` line, with the site's folder in place of its placeholder. */
function copyWidgets(site: string): void {
  const cp = /^cp -r (\S+) \/path\/to\/your-site\/(\S+)$/m.exec(guide);
  expect(cp, 'step 1 has a cp command').not.toBeNull();
  mkdirSync(join(site, cp![2]!), { recursive: true });
  cpSync(join(root, cp![1]!), join(site, cp![2]!), { recursive: true });
}

/** Builds the site of steps 1–4 in `dir`, pointed at `gateway`. */
function buildSite(dir: string, gateway: string): void {
  copyWidgets(dir);
  const [home] = snippetsUnder(/^## 3\. /m);
  const [form] = snippetsUnder(/^## 4\. /m);
  const fill = (html: string) => html.replaceAll(EXAMPLE_ENDPOINT, gateway);
  writeFileSync(join(dir, 'index.html'), blankPage(fill(home!)));
  const formPage = /Tạo tệp `([\w.-]+)`/.exec(guide)?.[1];
  expect(formPage).toBe('thu-tuc.html');
  writeFileSync(join(dir, formPage!), blankPage(fill(form!)));
}

let stack: Stack;
let browser: Browser;
let allowed: StaticSite;
let stranger: StaticSite;
const dirs: string[] = [];

beforeAll(async () => {
  const [allowedPort, strangerPort] = [await freePort(), await freePort()];
  // Step 5, locally: the origin is added in front of `pnpm start` (the same services module).
  const example = /^GATEWAY_ALLOWED_ORIGINS=(\S+) pnpm start$/m.exec(guide);
  expect(example, 'step 5 shows how to add an origin to pnpm start').not.toBeNull();
  const previous = process.env.GATEWAY_ALLOWED_ORIGINS;
  process.env.GATEWAY_ALLOWED_ORIGINS = example![1]!.replace(/:\d+$/, `:${allowedPort}`);
  try {
    [stack, browser] = await Promise.all([startStack(), launchChromium()]);
  } finally {
    if (previous === undefined) delete process.env.GATEWAY_ALLOWED_ORIGINS;
    else process.env.GATEWAY_ALLOWED_ORIGINS = previous;
  }
  for (const [port, assign] of [
    [allowedPort, (s: StaticSite) => (allowed = s)],
    [strangerPort, (s: StaticSite) => (stranger = s)],
  ] as const) {
    const dir = mkdtempSync(join(tmpdir(), 'dvc-e2e-newcomer-'));
    dirs.push(dir);
    buildSite(dir, stack.urls.gateway);
    assign(await serveStatic(dir, { port }));
  }
}, 180_000);

afterAll(async () => {
  await allowed?.close();
  await stranger?.close();
  await browser?.close();
  await stack?.stop();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function newcomerPage(): Promise<{ page: Page; problems: string[] }> {
  const opened = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  await opened.page.addInitScript({ content: `(${installHelpers.toString()})();` });
  return opened;
}

describe('a blank site from the commune guide alone', () => {
  test('shows the status look-up, finds a procedure and opens its form page (no script of its own)', async () => {
    const { page, problems } = await newcomerPage();
    try {
      await page.goto(`${allowed.url}/`);
      await waitForText(page, /Mã hồ sơ/, 30_000); // the status widget
      await mouseDriver(page).combobox(/Tìm thủ tục/i, 'cap ban sao trich luc', /Cấp bản sao trích lục hộ tịch/);
      await page.waitForURL(/\/thu-tuc\.html\?code=1\.900103$/);
      await waitForText(page, /Người nộp hồ sơ/, 30_000);
      expect(problems).toEqual([]);
    } catch (error) {
      const text = await page.evaluate(() => document.body.innerText).catch(() => '');
      throw new Error(
        `${(error as Error).message}\nThe page shows: ${text.slice(0, 800)}\nProblems: ${problems.join('; ') || 'none'}`,
        { cause: error },
      );
    } finally {
      await page.context().close();
    }
  });

  test('on a port the gateway does not allow, the search says so and names the fix', async () => {
    const { page } = await newcomerPage();
    try {
      await page.goto(`${stranger.url}/`);
      const search = await page.waitForFunction(() =>
        document.querySelector('dvc-procedure-search')?.shadowRoot?.querySelector('input'),
      );
      await search.asElement()!.type('khai sinh', { delay: 20 });
      await waitForText(page, /chưa cho phép trang web này/, 30_000);
      await waitForText(page, new RegExp(`${stranger.url.replace(/[.:/]/g, '\\$&')}.*GATEWAY_ALLOWED_ORIGINS`));
      expect(stack.logs.some((l) => l.includes('cors.origin-refused') && l.includes(stranger.url))).toBe(true);
    } finally {
      await page.context().close();
    }
  });

  test('`dvc doctor` passes the allowed site and names the fix for the other', async () => {
    const dvc = (args: string[]) =>
      promisify(execFile)(process.execPath, [join(root, 'packages/cli/dist/bin.js'), ...args], {
        encoding: 'utf8',
      }).then(
        ({ stdout }) => ({ code: 0, stdout }),
        (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }),
      );
    const ok = await dvc(['doctor', '--gateway', stack.urls.gateway, '--site', `${allowed.url}/`]);
    expect(ok.stdout).toContain(`✓ Gateway cho phép trang web ${allowed.url} (CORS)`);
    expect(ok.stdout).toMatch(/✓ Mã cơ quan 000\.50\.20\.H66: UBND xã Ea Bung/);
    expect(ok.code, ok.stdout).toBe(0);
    const refused = await dvc([
      'doctor',
      '--gateway',
      stack.urls.gateway,
      '--site',
      `${stranger.url}/`,
      '--lang',
      'en',
    ]);
    expect(refused.code).toBe(6);
    expect(refused.stdout).toContain(`adds ${stranger.url} to GATEWAY_ALLOWED_ORIGINS`);
  });
});
