import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, openPage } from './browser';
import { citizenFlow, writeSamplePdf } from './citizen-flow';
import { mouseDriver, type Mode } from './driver';
import { installHelpers } from './page-helpers';
import { startStack, type Stack } from './stack';

/**
 * Installed before any page script: every 100 ms (and on every resize) notes any sideways
 * overflow of the page — with the widest element, through shadow roots — and the smallest
 * "Thay đổi" (change) link and checkbox/radio row seen, as `window.__reflow`.
 */
function watchReflow() {
  // Kept in sessionStorage: the journey crosses pages (form → home for the look-up).
  const seen = JSON.parse(sessionStorage.getItem('__reflow') ?? '{"overflow":[],"targets":[],"measured":[]}') as {
    overflow: string[];
    targets: string[];
    measured: string[];
  };
  (window as unknown as { __reflow: typeof seen }).__reflow = seen;
  const note = (list: string[], text: string) => {
    if (list.includes(text)) return;
    list.push(text);
    sessionStorage.setItem('__reflow', JSON.stringify(seen));
  };
  const widest = (): string => {
    let best = { right: 0, name: '' };
    const walk = (root: Document | ShadowRoot, path: string) => {
      for (const el of Array.from(root.querySelectorAll('*'))) {
        const r = el.getBoundingClientRect();
        if (r.width > 0 && r.right > best.right)
          best = {
            right: r.right,
            name: `${path}${el.localName}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}`,
          };
        if (el.shadowRoot) walk(el.shadowRoot, `${path}${el.localName} >> `);
      }
    };
    walk(document, '');
    // The outermost element past the right edge, through shadow roots: usually the cause.
    const limit = document.documentElement.clientWidth + 1;
    const outermost = (root: Document | ShadowRoot | Element, path: string): string | undefined => {
      for (const el of Array.from(root.children)) {
        const r = el.getBoundingClientRect();
        const name = `${path}${el.localName}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}`;
        if (r.width > 0 && r.right > limit) return `${name} (${Math.round(r.left)}–${Math.round(r.right)} px)`;
        const inner = (el.shadowRoot && outermost(el.shadowRoot, `${name} >> `)) || outermost(el, `${name} > `);
        if (inner) return inner;
      }
      return undefined;
    };
    return `${best.name} (right edge ${Math.round(best.right)} px); outermost: ${outermost(document, '') ?? '?'}`;
  };
  const targets = (root: Document | ShadowRoot) => {
    for (const el of Array.from(root.querySelectorAll('*'))) {
      if (el.matches('.summary-list .action a, label.option')) {
        const r = el.getBoundingClientRect();
        if (r.width > 0) note(seen.measured, el.matches('a') ? 'change link' : 'checkbox or radio');
        if (r.width > 0 && (r.height < 44 || r.width < 44))
          note(
            seen.targets,
            `${el.textContent?.trim().slice(0, 30)}: ${Math.round(r.width)} × ${Math.round(r.height)} px`,
          );
      }
      if (el.shadowRoot) targets(el.shadowRoot);
    }
  };
  const check = () => {
    const doc = document.documentElement;
    // A full-page screenshot resizes the viewport for a moment (to 1 px wide): not a real screen
    // (the narrowest real one here is 80 CSS px: 320 px at 400 %).
    if (!doc || doc.clientWidth < 40) return;
    // Before the page's stylesheets have loaded nothing is painted, but a script measuring then
    // sees the page unstyled (a list's default 40 px indent at 80 px wide): not what anyone sees.
    if (document.readyState !== 'complete') return;
    if (doc.scrollWidth > doc.clientWidth + 1) {
      note(
        seen.overflow,
        `${location.pathname}${location.search}: ${doc.scrollWidth} px wide in ${doc.clientWidth} px — ${widest()}`,
      );
    }
    targets(document);
  };
  setInterval(check, 100);
  addEventListener('resize', check);
}

let stack: Stack;
let browser: Browser;
const pdf = writeSamplePdf(join(tmpdir(), 'dvc-e2e-files'));

beforeAll(async () => {
  stack = await startStack();
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('a citizen on a 360 × 740 phone at 200 % zoom', () => {
  test('walks the whole journey with no sideways scrolling and 44 px change links and checkboxes', async () => {
    // 200 % zoom on a 360 × 740 screen: a 180 × 370 CSS px viewport at 4 device pixels per CSS px.
    const { page, problems } = await openPage(browser, {
      timezoneId: 'Asia/Ho_Chi_Minh',
      viewport: { width: 180, height: 370 },
      deviceScaleFactor: 4,
      hasTouch: true,
    });
    await page.addInitScript({ content: `(${installHelpers.toString()})();` });
    await page.addInitScript({ content: `(${watchReflow.toString()})();` });
    page.on('filechooser', () => undefined);
    try {
      const driver = { ...mouseDriver(page), mode: 'phone-360-zoom-200' as Mode };
      const result = await citizenFlow(page, stack.urls.site, driver, pdf);
      expect(result.code).toMatch(/^000\.50\.20\.H66-\d{6}-\d{4}$/);
      const seen = await page.evaluate(
        () =>
          (window as unknown as { __reflow: { overflow: string[]; targets: string[]; measured: string[] } }).__reflow,
      );
      expect(seen.measured.sort(), 'the targets were seen and measured').toEqual(['change link', 'checkbox or radio']);
      expect(seen.overflow, 'pages wider than the screen').toEqual([]);
      expect(seen.targets, 'targets under 44 × 44 px').toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});

/**
 * WCAG 1.4.10 (Reflow): content at 320 CSS px wide at 400 % zoom, i.e. 80 × 185 CSS px, with no
 * sideways scrolling; a 360 px phone at 400 % is 90 CSS px. The whole journey is walked at 80 px:
 * search, the form's steps (date input included), the receipt, the status look-up and the scoreboard.
 */
describe('a citizen at 400 % zoom on a 320 px screen (80 CSS px wide)', () => {
  test('walks the whole journey with no sideways scrolling', async () => {
    const { page, problems } = await openPage(browser, {
      timezoneId: 'Asia/Ho_Chi_Minh',
      viewport: { width: 80, height: 185 },
      deviceScaleFactor: 4,
      hasTouch: true,
    });
    await page.addInitScript({ content: `(${installHelpers.toString()})();` });
    await page.addInitScript({ content: `(${watchReflow.toString()})();` });
    page.on('filechooser', () => undefined);
    try {
      const driver = { ...mouseDriver(page), mode: 'phone-320-zoom-400' as Mode };
      const result = await citizenFlow(page, stack.urls.site, driver, pdf);
      expect(result.code).toMatch(/^000\.50\.20\.H66-\d{6}-\d{4}$/);
      await page.goto(`${stack.urls.site}/#so-hoa`);
      await page
        .locator('dvc-digitization-board')
        .locator('table, [role="img"], svg')
        .first()
        .waitFor({ timeout: 30_000 })
        .catch(() => undefined);
      await page.waitForTimeout(500);
      const seen = await page.evaluate(() => (window as unknown as { __reflow: { overflow: string[] } }).__reflow);
      expect(seen.overflow, 'pages wider than the screen').toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
