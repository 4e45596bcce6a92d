#!/usr/bin/env node
// Lighthouse (mobile, its default simulated throttling) on the example commune site's home and
// form pages, served by the `pnpm start` stack. Prints, per page, the Performance,
// Accessibility and Best Practices scores, the main metrics and every audit that lost points.
// It is a report, not a test: it exits 0 whatever the scores (issue 12's targets: ≥ 95 / 100 / 100).
//
// lighthouse 12.8.2 is used: 13.x declares Node >= 22.19 (and is not what runs here).
// Chromium: CHROME_PATH, else Debian's /usr/bin/chromium.
//
// Usage (after `pnpm -r build`):
//   node e2e/bench/lighthouse.mjs [--site http://127.0.0.1:5173] [--runs 1] [--json out.json] [--verbose]
// --verbose also prints where the main-thread time goes: Lighthouse's mainthread-work-breakdown,
// bootup-time per script and the long tasks (what Total Blocking Time is made of).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startServices } from '../../scripts/lib/services.mjs';

const root = resolve(import.meta.dirname, '../..');
const AGENCY = '000.50.20.H66';
/** The example site's pages Lighthouse checks. */
export const LIGHTHOUSE_PAGES = [
  { name: 'home', path: '/' },
  { name: 'form', path: '/thu-tuc?ma=1.001193' },
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];

async function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

/** Runs Lighthouse once on `url` in a fresh Chromium; returns scores, metrics and lost audits. */
export async function audit(url) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    });
    const lhr = result.lhr;
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
    const metrics = Object.fromEntries(METRICS.map((m) => [m, lhr.audits[m]?.displayValue ?? '?']));
    const lost = CATEGORIES.flatMap((c) =>
      lhr.categories[c].auditRefs
        .filter((ref) => ref.weight > 0 || c !== 'performance')
        .map((ref) => lhr.audits[ref.id])
        .filter(
          (a) =>
            a &&
            a.score !== null &&
            a.score < 1 &&
            a.scoreDisplayMode !== 'informative' &&
            a.scoreDisplayMode !== 'notApplicable' &&
            a.scoreDisplayMode !== 'manual',
        )
        .map((a) => `${c}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`),
    );
    // Where the main-thread time goes (Lighthouse's own figures, in simulated-throttling ms).
    const breakdown = (lhr.audits['mainthread-work-breakdown']?.details?.items ?? []).map(
      (i) => `${i.groupLabel ?? i.group} ${Math.round(i.duration)}`,
    );
    const bootup = (lhr.audits['bootup-time']?.details?.items ?? []).map(
      (i) =>
        `${String(i.url).split('/').pop() || i.url} ${Math.round(i.total)} (script ${Math.round(i.scripting)}, parse ${Math.round(i.scriptParseCompile)})`,
    );
    const longTasks = (lhr.audits['long-tasks']?.details?.items ?? []).map(
      (i) => `${String(i.url).split('/').pop() || i.url}@${Math.round(i.startTime)} ${Math.round(i.duration)}`,
    );
    return { scores, metrics, lost, breakdown, bootup, longTasks, runtimeError: lhr.runtimeError?.message };
  } finally {
    await chrome.kill();
  }
}

if (process.argv[1] && import.meta.filename === resolve(process.argv[1])) {
  const { values } = parseArgs({
    options: {
      site: { type: 'string' },
      runs: { type: 'string', default: '1' },
      json: { type: 'string' },
      verbose: { type: 'boolean' },
    },
  });
  let stack;
  let dataDir;
  let site = values.site;
  if (!site) {
    dataDir = mkdtempSync(join(tmpdir(), 'dvc-lighthouse-'));
    const ports = { sandbox: await freePort(), gateway: await freePort(), site: await freePort() };
    stack = await startServices({ root, dataDir, ports, agencyCode: AGENCY });
    site = stack.urls.site;
  }
  const rows = [];
  try {
    // One request first, so the gateway's first-use work (catalogue, report) is not measured.
    for (const { path } of LIGHTHOUSE_PAGES) await (await fetch(site + path)).text();
    for (let run = 1; run <= Number(values.runs); run++) {
      for (const { name, path } of LIGHTHOUSE_PAGES) {
        const r = await audit(site + path);
        rows.push({ run, page: name, ...r });
        const s = r.scores;
        console.log(
          `${name.padEnd(5)} Performance ${s.performance}  Accessibility ${s.accessibility}  Best Practices ${s['best-practices']}` +
            `   FCP ${r.metrics['first-contentful-paint']}  LCP ${r.metrics['largest-contentful-paint']}  TBT ${r.metrics['total-blocking-time']}  CLS ${r.metrics['cumulative-layout-shift']}  SI ${r.metrics['speed-index']}`,
        );
        if (r.runtimeError) console.log(`      runtime error: ${r.runtimeError}`);
        for (const line of r.lost) console.log(`      − ${line}`);
        if (values.verbose) {
          console.log(`      main thread (ms): ${r.breakdown.join(', ')}`);
          console.log(`      by script (ms): ${r.bootup.join('; ')}`);
          console.log(`      long tasks (at ms, ms): ${r.longTasks.join('; ')}`);
        }
      }
    }
    if (values.json) writeFileSync(values.json, JSON.stringify(rows, null, 2));
  } finally {
    await stack?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}
