import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServices } from '../../scripts/lib/services.mjs';
const ports = { sandbox: 41011, gateway: 41012, site: 41013 };
const stack = await startServices({ root: '/work/wt/perf', dataDir: mkdtempSync(join(tmpdir(), 'probe-')), ports, agencyCode: '000.50.20.H66' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 80, height: 185 }, deviceScaleFactor: 4 });
for (const path of ['/', '/thu-tuc?ma=1.900103', '/?ma=000.50.20.H66-251201-0001#tra-cuu']) {
  await page.goto(stack.urls.site + path);
  await page.waitForTimeout(5000);
  const out = await page.evaluate(() => {
    const res = [];
    const walk = (root, path, parentOver) => {
      for (const el of root.children ? [...root.children] : []) {
        const r = el.getBoundingClientRect();
        const over = r.width > 0 && r.right > 81 || el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0 && getComputedStyle(el).overflowX === "visible" && el.localName === "a";
        const name = `${path}${el.localName}${el.id ? '#' + el.id : ''}${typeof el.className === 'string' && el.className ? '.' + el.className.split(' ')[0] : ''}`;
        if (over && !parentOver) res.push(`${name} L${Math.round(r.left)} R${Math.round(r.right)} W${Math.round(r.width)} ${getComputedStyle(el).whiteSpace} "${(el.textContent||'').trim().slice(0,30)}"`);
        if (el.shadowRoot) walk(el.shadowRoot, name + ' >> ', false);
        walk(el, name + ' > ', over && !parentOver ? true : parentOver);
      }
    };
    walk(document, '', false);
    return res;
  });
  console.log(path, '\n  ' + out.slice(0, 25).join('\n  '));
}
await browser.close();
await stack.stop();
