import { mkdirSync, writeFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, openPage } from './browser';
import { CITIZEN } from './citizen-flow';
import { mouseDriver, waitForText } from './driver';
import { installHelpers } from './page-helpers';
import { EA_BUNG_AGENCY_CODE, root, startStack, type Stack } from './stack';

let stack: Stack;
let browser: Browser;
const shots = join(root, 'artifacts', 'e2e');

beforeAll(async () => {
  stack = await startStack();
  browser = await launchChromium();
  mkdirSync(shots, { recursive: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** A phone at 360 × 740 with touch (no mouse to drag with), Vietnamese, Vietnam time. */
async function phonePage(): Promise<{ page: Page; problems: string[] }> {
  const opened = await openPage(browser, {
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
  });
  await opened.page.addInitScript({ content: `(${installHelpers.toString()})();` });
  opened.page.on('filechooser', () => undefined);
  return opened;
}

/** The dossier form's element and shadow root, for reading what the citizen sees. */
const FORM = 'document.querySelector("dvc-dossier-form")';

/** A real PNG photo (2 × 2 px; the gateway sniffs uploads by their bytes) and a ~300 KB PDF. */
function sampleFiles(): { png: string; pdf: string } {
  const dir = join(tmpdir(), 'dvc-e2e-forms');
  mkdirSync(dir, { recursive: true });
  const png = join(dir, 'anh-giay-to.png');
  writeFileSync(png, tinyPng());
  const pdf = join(dir, 'to-khai-lon.pdf');
  const filler = `% ${'0123456789abcdef'.repeat(64)}\n`.repeat(300);
  writeFileSync(
    pdf,
    `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n${filler}trailer<</Root 1 0 R>>\n%%EOF\n`,
  );
  return { png, pdf };
}

/** A real 8 × 8 px RGB PNG (signature, IHDR, IDAT, IEND with their CRCs). */
function tinyPng(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(8, 0);
  header.writeUInt32BE(8, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const rows = Buffer.concat(
    Array.from({ length: 8 }, (_, y) =>
      Buffer.from([0, ...Array.from({ length: 8 }, (_, x) => [x * 30, y * 30, 120]).flat()]),
    ),
  );
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Opens a procedure's form and jumps to the step of `sectionId` (steps before it are not what these tests are about). */
async function openStep(page: Page, procedure: string, sectionId: string): Promise<void> {
  await page.goto(`${stack.urls.site}/thu-tuc?ma=${procedure}`);
  await page.waitForFunction(
    () => !!document.querySelector('dvc-dossier-form')?.shadowRoot?.querySelector('#step-title'),
    undefined,
    { timeout: 30_000 },
  );
  await page.evaluate(`(async () => {
    const el = ${FORM};
    el.goTo(el.procedure.form.sections.findIndex((s) => s.id === ${JSON.stringify(sectionId)}));
    await el.updateComplete;
  })()`);
}

describe('forms a citizen can trust (issue 12)', () => {
  test('one voice: every error-summary entry equals its inline message, for every field of every seeded form', async () => {
    const { page, problems } = await phonePage();
    try {
      const list = (await (
        await fetch(`${stack.urls.gateway}/v1/procedures?agency=${EA_BUNG_AGENCY_CODE}&pageSize=100`)
      ).json()) as { items: { code: string }[] };
      expect(list.items.length).toBeGreaterThanOrEqual(20);
      let fields = 0;
      let entries = 0;
      for (const { code } of list.items) {
        await page.goto(`${stack.urls.site}/thu-tuc?ma=${code}`);
        await page.waitForFunction(
          () => !!document.querySelector('dvc-dossier-form')?.shadowRoot?.querySelector('#step-title'),
          undefined,
          { timeout: 30_000 },
        );
        const sections = (await page.evaluate(`${FORM}.procedure.form.sections.length`)) as number;
        for (let step = 0; step < sections; step++) {
          // Every answer wrong or missing: a date that does not exist, identifiers too short, text in numbers…
          const result = (await page.evaluate(`(async () => {
            const el = ${FORM};
            el.goTo(${step});
            await el.updateComplete;
            const root = el.shadowRoot;
            const type = (input, value) => { input.value = value; input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true })); };
            for (const date of root.querySelectorAll('dvc-date-input')) {
              const [d, m, y] = date.shadowRoot.querySelectorAll('input');
              type(d, '31'); type(m, '2'); type(y, '1996');
            }
            for (const c of root.querySelectorAll('dvc-citizen-id-input, dvc-phone-input')) type(c.shadowRoot.querySelector('input'), '123');
            for (const input of root.querySelectorAll('.step-fields input[type=text]:not([id$=-street]), .step-fields input[type=email]')) {
              if (['decimal', 'numeric', 'email'].includes(input.inputMode) || input.type === 'email') type(input, 'sai');
            }
            for (const c of root.querySelectorAll('dvc-date-input, dvc-citizen-id-input, dvc-phone-input')) await c.updateComplete;
            await el.updateComplete;
            root.querySelector('button[type=submit]').click();
            for (let i = 0; i < 50 && !root.querySelector('#error-summary'); i++) await new Promise((r) => setTimeout(r, 50));
            await el.updateComplete;
            const inlineOf = (target) => {
              if (target.shadowRoot) return target.shadowRoot.querySelector('#messages .error')?.textContent.trim() ?? null;
              const p = root.querySelector('#' + target.id + '-error');
              return p ? p.textContent.replace(/^\\s*(Lỗi:|Error:)\\s*/, '').replace(/\\s+/g, ' ').trim() : null;
            };
            const summary = [...root.querySelectorAll('#error-summary a')].map((a) => {
              const target = root.querySelector(a.getAttribute('href'));
              return { href: a.getAttribute('href'), entry: a.textContent.replace(/\\s+/g, ' ').trim(), inline: target ? inlineOf(target) : null };
            });
            // Fields showing an error that the summary leaves out would break "one voice" the other way.
            const shown = [...root.querySelectorAll('[data-path], .error-message')].filter((n) =>
              n.shadowRoot ? n.shadowRoot.querySelector('#messages .error') : true).length;
            return { title: root.querySelector('#step-title').textContent.replace(/\\s+/g, ' ').trim(), summary, shown };
          })()`)) as {
            title: string;
            summary: { href: string; entry: string; inline: string | null }[];
            shown: number;
          };
          for (const s of result.summary) {
            expect(s.inline, `${code} · ${result.title} · ${s.href}`).toBe(s.entry);
            expect(s.entry, `${code} · ${s.href}: says how to fix it`).toMatch(/Vui lòng|vui lòng/);
          }
          expect(result.shown, `${code} · ${result.title}: every error shown is in the summary`).toBe(
            result.summary.length,
          );
          fields += result.summary.length;
          entries += result.summary.length;
        }
      }
      console.info(
        `one voice: ${entries} summary entries on ${list.items.length} forms, each equal to its field's message`,
      );
      expect(fields).toBeGreaterThan(list.items.length * 4);
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  test('uploads survive going offline and coming back: byte-level progress, the uploaded state with a thumbnail, a reason for the failure', async () => {
    const { page, problems } = await phonePage();
    const { png, pdf } = sampleFiles();
    try {
      await openStep(page, '1.900103', 'documents');
      await waitForText(page, /Giấy tờ cần nộp/);
      const text = () => page.evaluate(() => (window as unknown as { __e2e: { text(): string } }).__e2e.text());
      expect(await text()).toContain('Mỗi tệp tối đa 10 MB');
      expect(await text(), 'no "drag" wording on a touch phone').not.toMatch(/kéo thả/);

      // A slow upload link: the progress moves byte by byte.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 200,
        downloadThroughput: 50_000,
        uploadThroughput: 50_000,
      });
      await page.evaluate(`(() => {
        window.__progress = [];
        new MutationObserver(() => {
          for (const host of document.querySelector('dvc-dossier-form').shadowRoot.querySelectorAll('dvc-file-input')) {
            const p = host.shadowRoot.querySelector('progress');
            if (p) window.__progress.push(p.value);
          }
        }).observe(document.querySelector('dvc-dossier-form').shadowRoot, { subtree: true, childList: true, attributes: true, characterData: true });
        setInterval(() => {
          for (const host of document.querySelector('dvc-dossier-form').shadowRoot.querySelectorAll('dvc-file-input')) {
            const p = host.shadowRoot.querySelector('progress');
            if (p) window.__progress.push(p.value);
          }
        }, 50);
      })()`);
      const slots = await page.evaluateHandle(() =>
        (window as unknown as { __e2e: { hosts(t: string): Element[] } }).__e2e.hosts('dvc-file-input'),
      );
      const first = (await slots.evaluateHandle((list) => list[0]!)).asElement()!;
      const choose = async (host: typeof first, file: string) => {
        const button = (await host.evaluateHandle((h) => h.shadowRoot!.querySelector('[part=button]')!)).asElement()!;
        const [chooser] = await Promise.all([page.waitForEvent('filechooser'), button.click()]);
        await chooser.setFiles(file);
      };
      await choose(first, pdf);
      await waitForText(page, /to-khai-lon\.pdf \(\s*\d+ KB\s*\) ✓ Đã tải lên/, 60_000);
      const progress = (await page.evaluate('window.__progress')) as number[];
      const between = [...new Set(progress.filter((v) => v > 0 && v < 100))];
      console.info(`upload progress seen at: ${between.join(', ')} %`);
      expect(between.length, 'progress reported between 0 and 100 %').toBeGreaterThanOrEqual(2);
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 0,
        downloadThroughput: -1,
        uploadThroughput: -1,
      });

      // Offline: the photo cannot go; the reason says so and that it will go by itself.
      await page.context().setOffline(true);
      const second = (await slots.evaluateHandle((list) => list[1]!)).asElement()!;
      await choose(second, png);
      await waitForText(page, /Mất kết nối mạng\. Tệp sẽ tự tải lên lại khi có mạng/, 30_000);
      await page.screenshot({ path: join(shots, 'forms-upload-offline-360.png'), fullPage: true });
      // Back online: uploaded by itself, with a thumbnail of the photo.
      await page.context().setOffline(false);
      await waitForText(page, /anh-giay-to\.png \(\s*\d+ B\s*\) ✓ Đã tải lên/, 30_000);
      const thumb = await second.evaluate((h) => {
        const img = h.shadowRoot!.querySelector<HTMLImageElement>('img.thumb');
        return img ? { src: img.src.slice(0, 5), loaded: img.complete && img.naturalWidth > 0 } : null;
      });
      expect(thumb).toEqual({ src: 'blob:', loaded: true });
      expect(await text()).not.toMatch(/Mất kết nối mạng/);
      await page.screenshot({ path: join(shots, 'forms-upload-done-360.png'), fullPage: true });
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  test('a code typed in lower case with spaces is found by the status look-up; the receipt’s QR opens it', async () => {
    const { page, problems } = await phonePage();
    try {
      // A dossier filed through the gateway, as the form does.
      const body = new FormData();
      body.append(
        'file',
        new Blob(['%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'], { type: 'application/pdf' }),
        'to-khai.pdf',
      );
      const upload = (await (await fetch(`${stack.urls.gateway}/v1/uploads`, { method: 'POST', body })).json()) as {
        id: string;
      };
      const submission = {
        procedureCode: '1.900103',
        agencyCode: EA_BUNG_AGENCY_CODE,
        channel: 'online',
        consent: true,
        applicant: {
          fullName: CITIZEN.fullName,
          birthDate: '1990-08-15',
          citizenId: CITIZEN.citizenId,
          phone: CITIZEN.phone,
          address: { provinceCode: '66', communeCode: '24229', street: CITIZEN.street },
        },
        data: { details: { request: 'Xin cấp bản sao trích lục khai sinh.' }, documents: { declaration: true } },
        files: [{ slot: 'documents.doc1', uploadId: upload.id }],
      };
      const res = await fetch(`${stack.urls.gateway}/v1/dossiers`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': `e2e-case-${Date.now()}` },
        body: JSON.stringify(submission),
      });
      const receipt = (await res.json()) as { code: string };
      expect(res.status, JSON.stringify(receipt)).toBe(201);
      const [agency, day, sequence] = [receipt.code.slice(0, 13), receipt.code.slice(14, 20), receipt.code.slice(21)];

      await page.goto(`${stack.urls.site}/#tra-cuu`);
      await waitForText(page, /Tra cứu hồ sơ/);
      // Typed as a citizen might: lower case, spaces around the hyphens.
      const driver = mouseDriver(page);
      await driver.fill(/^Mã hồ sơ/, ` ${agency.toLowerCase()} - ${day} - ${sequence} `);
      await driver.fill(/^4 số cuối/, CITIZEN.verify);
      await driver.press(/^Tra cứu$/);
      await waitForText(page, new RegExp(`Hồ sơ ${receipt.code.replace(/\./g, '\\.')}`));
      expect(await page.evaluate(`document.querySelector('dvc-dossier-status').code`)).toBe(receipt.code);
      // Just registered: nothing to rate yet.
      expect(await page.evaluate(() => document.getElementById('danh-gia')?.hidden ?? true)).toBe(true);
      await page.screenshot({ path: join(shots, 'forms-status-lowercase-360.png'), fullPage: true });

      // The receipt at 360 px and at 200 % zoom (180 CSS px): the code wraps only after a hyphen.
      await page.goto(`${stack.urls.site}/thu-tuc?ma=1.900103`);
      await page.waitForFunction(
        () => !!document.querySelector('dvc-dossier-form')?.shadowRoot?.querySelector('#step-title'),
        undefined,
        { timeout: 30_000 },
      );
      await page.evaluate(
        `(() => { const el = ${FORM}; el.delivered(${JSON.stringify(receipt)}, ${JSON.stringify({ applicant: { phone: CITIZEN.phone } })}); })()`,
      );
      await page.waitForFunction(
        () => !!document.querySelector('dvc-dossier-form')?.shadowRoot?.querySelector('svg.qr'),
      );
      await waitForText(page, new RegExp(`4 số cuối số điện thoại đã khai: ${CITIZEN.verify}`));
      for (const [width, name] of [
        [360, '360'],
        [180, 'zoom-200'],
      ] as const) {
        await page.setViewportSize({ width, height: 740 });
        const layout = (await page.evaluate(`(() => {
          const root = ${FORM}.shadowRoot;
          // Every run of digits in the code, measured with a Range: one line box each means no number is broken.
          const pieces = [];
          const walker = document.createTreeWalker(root.querySelector('.code [aria-hidden]'), NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (const m of node.textContent.matchAll(/[0-9A-Z]+/g)) {
              const range = document.createRange();
              range.setStart(node, m.index);
              range.setEnd(node, m.index + m[0].length);
              pieces.push(new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size);
            }
          }
          const receipt = root.querySelector('.receipt');
          return { pieces, right: receipt.getBoundingClientRect().right, width: document.documentElement.clientWidth, overflow: receipt.scrollWidth - receipt.clientWidth };
        })()`)) as { pieces: number[]; right: number; width: number; overflow: number };
        console.info(
          `receipt at ${name}: ${layout.pieces.length} numbers of the code, each on ${[...new Set(layout.pieces)].join('/')} line, content overflow ${layout.overflow} px`,
        );
        expect(
          layout.pieces.every((lines) => lines === 1),
          `${name}: no number broken across lines`,
        ).toBe(true);
        expect(layout.right, `${name}: the receipt fits the screen`).toBeLessThanOrEqual(layout.width + 1);
        if (width === 360)
          expect(layout.overflow, 'nothing spills out of the receipt at 360 px').toBeLessThanOrEqual(0);
        await page.screenshot({ path: join(shots, `forms-receipt-${name}.png`), fullPage: true });
        const top = (await page.evaluate(
          `${FORM}.shadowRoot.querySelector('.receipt').getBoundingClientRect().top + scrollY`,
        )) as number;
        await page.screenshot({
          path: join(shots, `forms-receipt-${name}-top.png`),
          fullPage: true,
          clip: { x: 0, y: top, width, height: 1000 },
        });
      }
      const qr = (await page.evaluate(
        `${FORM}.shadowRoot.querySelector('svg.qr').getAttribute('aria-label')`,
      )) as string;
      expect(qr).toBe(`Mã QR mở trang tra cứu hồ sơ ${receipt.code}`);

      // The address the receipt's QR code holds opens the look-up with the code filled in.
      await page.goto(`${stack.urls.site}/?ma=${encodeURIComponent(receipt.code)}#tra-cuu`);
      await page.waitForFunction(
        (code) => (document.querySelector('dvc-dossier-status') as unknown as { code?: string } | null)?.code === code,
        receipt.code,
      );
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
