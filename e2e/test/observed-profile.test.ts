import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from './browser';
import { citizenFlow, openFlowPage, writeSamplePdf } from './citizen-flow';
import { mouseDriver } from './driver';
import { EA_BUNG_AGENCY_CODE, startStack, type Stack } from './stack';

// The stack as `SANDBOX_PROFILE=observed pnpm start` runs it: the sandbox serves only what the
// portal contract corpus shows (no BIEUMAU forms, no QuaTrinhXuLy, no BaoCaoSoHoa, "đã tồn tại"
// as "3"), the gateway gets its forms from a forms directory. One flow, with the mouse: the
// keyboard flow runs on the extended profile in commune-site.test.ts.

let stack: Stack;
let browser: Browser;
const pdf = writeSamplePdf(join(tmpdir(), 'dvc-e2e-files'));

beforeAll(async () => {
  stack = await startStack({ profile: 'observed' });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('the stack on the observed sandbox profile', () => {
  test('the sandbox runs the observed profile and the board shows the public scoreboard', async () => {
    const sandbox = (await (await fetch(`${stack.urls.sandbox}/`)).json()) as { profile: string };
    expect(sandbox.profile).toBe('observed');
    // No BaoCaoSoHoa on this profile: the figures come from the public scoreboard `pnpm start` wires.
    const board = await fetch(`${stack.urls.gateway}/v1/agencies/${EA_BUNG_AGENCY_CODE}/digitization`, {
      headers: { Origin: stack.urls.site },
    });
    expect(board.status, await board.clone().text()).toBe(200);
    expect(((await board.json()) as { source: { kind: string } }).source.kind).toBe('public-scoreboard');
  });

  test('a citizen (mouse) finds a procedure, submits with files, reads the receipt and looks the dossier up', async () => {
    const { page, problems } = await openFlowPage(browser);
    try {
      const result = await citizenFlow(page, stack.urls.site, mouseDriver(page), pdf);
      expect(result.code).toMatch(/^000\.50\.20\.H66-\d{6}-\d{4}$/);
      expect(problems).toEqual([]);
    } catch (error) {
      await page
        .screenshot({
          path: join(process.cwd(), '..', 'artifacts', 'e2e', 'failure-observed-mouse.png'),
          fullPage: true,
        })
        .catch(() => undefined);
      throw new Error(
        `${(error as Error).message}\nPage problems: ${problems.join('; ') || 'none'}\nStack log (last lines):\n${stack.logs.slice(-15).join('\n')}`,
        { cause: error },
      );
    } finally {
      await page.context().close();
    }
  });
});
