// The React custom portal example (examples/custom-portal) in Chromium against the stack
// `pnpm start` runs: its production build served from another origin, and its Vite dev
// server. Both origins are added the documented way (GATEWAY_ALLOWED_ORIGINS, added to
// `pnpm start`'s defaults). A citizen finds a procedure and reaches its form, and opens the
// look-up screen; the endpoint given to <DvcProvider> must reach the widgets (issue 13: search
// said "Chưa cấu hình địa chỉ máy chủ (endpoint)" in both builds).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, openPage } from './browser';
import { mouseDriver } from './driver';
import { installHelpers } from './page-helpers';
import { EA_BUNG_AGENCY_CODE, freePort, root, startStack, type Stack } from './stack';
import { serveStatic, type StaticSite } from './static-site';
import { waitForText } from './driver';

const example = join(root, 'examples/custom-portal');
const vite = join(example, 'node_modules/vite/bin/vite.js');

let stack: Stack;
let browser: Browser;
let built: StaticSite;
let dev: { url: string; child: ChildProcess; output: string[] };
let outDir: string;

async function waitForHttp(url: string, child: ChildProcess, output: string[], timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite exited (${child.exitCode}):\n${output.join('')}`);
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(2000) })).ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms:\n${output.join('')}`);
}

beforeAll(async () => {
  const [builtPort, devPort] = [await freePort(), await freePort()];
  const origins = [`http://127.0.0.1:${builtPort}`, `http://127.0.0.1:${devPort}`];
  const previous = process.env.GATEWAY_ALLOWED_ORIGINS;
  process.env.GATEWAY_ALLOWED_ORIGINS = origins.join(',');
  try {
    [stack, browser] = await Promise.all([startStack(), launchChromium()]);
  } finally {
    if (previous === undefined) delete process.env.GATEWAY_ALLOWED_ORIGINS;
    else process.env.GATEWAY_ALLOWED_ORIGINS = previous;
  }
  const env = { ...process.env, VITE_DVC_ENDPOINT: stack.urls.gateway, VITE_DVC_AGENCY: EA_BUNG_AGENCY_CODE };

  // The production build, as `pnpm --filter @dvc-kit/example-custom-portal build` makes it.
  outDir = mkdtempSync(join(tmpdir(), 'dvc-e2e-portal-'));
  const build = spawnSync(
    process.execPath,
    [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    { cwd: example, env, encoding: 'utf8' },
  );
  expect(build.status, `vite build failed:\n${build.stdout}\n${build.stderr}`).toBe(0);
  built = await serveStatic(outDir, { port: builtPort, spa: true });

  // The dev server, as `pnpm --filter @dvc-kit/example-custom-portal dev` runs it (on a free port).
  const output: string[] = [];
  const child = spawn(process.execPath, [vite, '--port', String(devPort), '--strictPort', '--host', '127.0.0.1'], {
    cwd: example,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (c: Buffer) => output.push(c.toString()));
  child.stderr!.on('data', (c: Buffer) => output.push(c.toString()));
  dev = { url: origins[1]!, child, output };
  await waitForHttp(`${dev.url}/`, child, output);
}, 180_000);

afterAll(async () => {
  dev?.child.kill('SIGTERM');
  await built?.close();
  await browser?.close();
  await stack?.stop();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe.each([
  ['production build', () => built.url],
  ['Vite dev server', () => dev.url],
] as const)('the React custom portal (%s)', (_, url) => {
  test('finds a procedure, reaches its form, and opens the look-up screen', async () => {
    const { page, problems } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    await page.addInitScript({ content: `(${installHelpers.toString()})();` });
    try {
      await page.goto(url());
      // The agency's name comes from a plain createPublicClient call (CORS from this origin).
      await waitForText(page, /UBND xã Ea Bung/i, 30_000);
      await mouseDriver(page).combobox(/Tìm thủ tục/i, 'cap ban sao trich luc', /Cấp bản sao trích lục hộ tịch/);
      await waitForText(page, /Người nộp hồ sơ/, 30_000);
      expect(await page.evaluate(() => (window as unknown as { __e2e: { text(): string } }).__e2e.text())).not.toMatch(
        /Chưa cấu hình địa chỉ máy chủ/,
      );
      await mouseDriver(page).press(/^Tra cứu hồ sơ$/);
      await waitForText(page, /Mã hồ sơ/);
      expect(problems).toEqual([]);
    } catch (error) {
      const text = await page
        .evaluate(() => (window as unknown as { __e2e?: { text(): string } }).__e2e?.text() ?? document.body.innerText)
        .catch(() => '');
      throw new Error(
        `${(error as Error).message}\nThe page shows: ${text.slice(0, 800)}\nPage problems: ${problems.join('; ') || 'none'}\nStack log:\n${stack.logs.slice(-10).join('\n')}`,
        { cause: error },
      );
    } finally {
      await page.context().close();
    }
  });
});
