#!/usr/bin/env node
// Benchmark of <dvc-dossier-form> in headless Chromium (Debian's /usr/bin/chromium, or CHROME_PATH):
//  1. time to first render of a generated 100-field form (element created → fields on screen);
//  2. per-keystroke cost on a generated 300-field form: 50 characters typed into one field,
//     mean and p95 ms from keydown to the next frame after the input was handled (includes
//     waiting for the frame, so ~8 ms at 60 Hz is the floor), and the work itself: the input
//     handler, the form's update and the style/layout it causes (input event → layout done).
// The page is bundled with esbuild from the package sources (lit production build, minified),
// served on 127.0.0.1, and the form is given through its `.procedure` property (no gateway).
// Usage: node scripts/bench-form.mjs [--runs 5]
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { workspaceSources } from './workspace-sources.mjs';

const pkg = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;
const require = createRequire(createRequire(import.meta.url).resolve('@web/test-runner-chrome'));
const puppeteer = require('puppeteer-core');

// The page: builds a procedure whose first section holds `n` generated fields and exposes
// `bench.render(n)` (ms to first render) and `bench.prepareTyping(n)` for the keystroke run.
const pageSource = `
import { DvcDossierForm } from './src/components/dossier-form/dossier-form';
DvcDossierForm.define();
import { formDefinitionSchema } from '@dvc-kit/core';
import * as z from 'zod/mini';
import { publicApiExamples } from '../core/src/public-api/examples';

const base = publicApiExamples.ProcedureDetail;
function field(i) {
  const label = { vi: 'Trường số ' + (i + 1), en: 'Field ' + (i + 1) };
  const id = 'f' + i;
  switch (i % 5) {
    case 0: return { id, kind: 'text', label, required: i % 2 === 0, maxLength: 200 };
    case 1: return { id, kind: 'number', label, min: 0, max: 1000000 };
    case 2: return { id, kind: 'date', label };
    case 3: return { id, kind: 'choice', label, options: [{ value: 'a', label: { vi: 'Có' } }, { value: 'b', label: { vi: 'Không' } }] };
    default: return { id, kind: 'textarea', label, maxLength: 2000 };
  }
}
function procedure(n) {
  const big = { id: 'bench', title: { vi: 'Thông tin kê khai (' + n + ' trường)' }, fields: Array.from({ length: n }, (_, i) => field(i)) };
  const form = { ...base.form, sections: [big, ...base.form.sections] };
  const checked = z.safeParse(formDefinitionSchema, form);
  if (!checked.success) throw new Error('generated form is invalid: ' + JSON.stringify(checked.error.issues.slice(0, 3)));
  return { ...base, form };
}
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
function deepInputs(root, out = []) {
  for (const el of root.querySelectorAll('*')) {
    if (el.matches('input:not([type]), input[type=text], textarea')) out.push(el);
    if (el.shadowRoot) deepInputs(el.shadowRoot, out);
  }
  return out;
}
let current;
async function mount(n) {
  current?.remove();
  await frame();
  const proc = procedure(n);
  const t0 = performance.now();
  const el = document.createElement('dvc-dossier-form');
  el.noDraft = true;
  el.procedure = proc;
  document.body.append(el);
  await el.updateComplete;
  // The fields are nested elements: wait until the generated text fields are on screen.
  const expected = Math.floor((n * 2) / 5);
  while (deepInputs(el.shadowRoot).length < expected && performance.now() - t0 < 30000) await frame();
  await frame();
  const ms = performance.now() - t0;
  current = el;
  return { ms, inputs: deepInputs(el.shadowRoot).length };
}
const samples = [];
const work = [];
let start = 0;
document.addEventListener('keydown', () => { start = performance.now(); }, true);
document.addEventListener('beforeinput', () => { if (performance.now() - start > 50) start = performance.now(); }, true);
document.addEventListener('input', () => {
  const s = start;
  requestAnimationFrame(() => setTimeout(() => samples.push(performance.now() - s), 0));
}, true);
// Work per key: from the input event's arrival (capture, before the form's handler) to the end of
// the form's (microtask) update plus the style/layout it causes — measured after the bubbling ends.
let arrived = 0;
window.addEventListener('input', () => { arrived = performance.now(); }, true);
window.addEventListener('input', () => {
  const w = arrived;
  void current.updateComplete.then(() => { document.body.offsetHeight; current.shadowRoot.querySelector('form')?.getBoundingClientRect(); work.push(performance.now() - w); });
});
window.bench = {
  render: mount,
  async prepareTyping(n) {
    const info = await mount(n);
    const target = deepInputs(current.shadowRoot)[0];
    target.focus();
    samples.length = 0;
    work.length = 0;
    return info;
  },
  samples: () => [...samples],
  work: () => [...work],
};
window.benchReady = true;
`;

const bundle = await build({
  stdin: { contents: pageSource, resolveDir: pkg, loader: 'ts', sourcefile: 'bench-page.ts' },
  bundle: true,
  format: 'esm',
  minify: true,
  platform: 'browser',
  target: 'es2022',
  write: false,
  conditions: ['browser', 'production'],
  plugins: [workspaceSources],
  logLevel: 'error',
  nodePaths: [resolve(pkg, '../core/node_modules')],
  tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
});
const script = bundle.outputFiles[0].contents;
const html =
  '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>bench</title></head><body><script type="module" src="/page.js"></script></body></html>';
const server = createServer((req, res) => {
  if (req.url === '/page.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
  else res.writeHead(200, { 'content-type': 'text/html' }).end(html);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}/`;

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--no-first-run',
    '--disable-background-networking',
  ],
});
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mean = s.reduce((n, x) => n + x, 0) / s.length;
  return {
    count: s.length,
    mean,
    median: s[Math.floor(s.length / 2)],
    p95: s[Math.min(s.length - 1, Math.floor(s.length * 0.95))],
  };
};
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(url);
  await page.waitForFunction('window.benchReady === true', { timeout: 30_000 });

  const renders = [];
  let inputs = 0;
  await page.evaluate(() => window.bench.render(100)); // warm-up (JIT, style sheets)
  for (let i = 0; i < runs; i++) {
    const r = await page.evaluate(() => window.bench.render(100));
    renders.push(r.ms);
    inputs = r.inputs;
  }
  const render = stats(renders);
  console.log(
    `first render, 100-field form (${inputs} text inputs on screen), ${runs} runs: ` +
      `median ${render.median.toFixed(1)} ms, mean ${render.mean.toFixed(1)} ms, p95 ${render.p95.toFixed(1)} ms`,
  );

  const prep = await page.evaluate(() => window.bench.prepareTyping(300));
  console.log(`300-field form mounted in ${prep.ms.toFixed(1)} ms (${prep.inputs} text inputs)`);
  const text = 'Nguyen Van An, thon 3, xa Ea Bung, tinh Dak Lak 123'.slice(0, 50);
  for (const ch of text) {
    await page.keyboard.type(ch);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  }
  const keys = stats(await page.evaluate(() => window.bench.samples()));
  console.log(
    `typing 50 characters into a 300-field form (${keys.count} inputs handled): mean ${keys.mean.toFixed(2)} ms/key, ` +
      `median ${keys.median.toFixed(2)} ms, p95 ${keys.p95.toFixed(2)} ms (keydown → next frame after the input was handled)`,
  );
  const cost = stats(await page.evaluate(() => window.bench.work()));
  console.log(
    `  work per key (input handler + form update + style/layout): mean ${cost.mean.toFixed(2)} ms, ` +
      `median ${cost.median.toFixed(2)} ms, p95 ${cost.p95.toFixed(2)} ms`,
  );
} finally {
  await browser.close();
  server.close();
}
