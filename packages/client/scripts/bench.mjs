#!/usr/bin/env node
// Lookups per second (TraCuuHoSo) against a local in-memory sandbox, through the portal client
// (session reuse, request encoding, retry bookkeeping, response decoding into core's Dossier
// model) versus raw `fetch` + `res.json()` doing the same calls, in the same process and run.
// Fairness: both go through the same global `fetch` dispatcher (undici's, keep-alive pooled),
// with the same concurrency and the same number of requests per round; rounds are interleaved
// and alternate which side goes first (raw·client, client·raw, …), so machine-load drift and
// the JIT still warming up favour neither side; three warm-up rounds each come first. Every round is printed,
// with the pair's ratio, the median ratio, CPU time per lookup and os.loadavg().
// Target: client ≥ 90% of raw — met by the hand-written engine, not on ky (see the README's
// "How the HTTP layer is built on ky" for the figures).
// Usage: node scripts/bench.mjs [lookups per round = 2000] [concurrency = 16] [round pairs = 5]
// Profile: node --cpu-prof --cpu-prof-dir=/tmp/prof scripts/bench.mjs 1000 16 2
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';

const at = (path) => fileURLToPath(new URL(path, import.meta.url));
const N = Number(process.argv[2] ?? 2000);
const CONCURRENCY = Number(process.argv[3] ?? 16);
const PAIRS = Number(process.argv[4] ?? 5);
// Node cannot run the TypeScript sources directly: bundle them (native libsql stays external).
const requireFromSandbox = createRequire(at('../../sandbox/package.json'));
const outfile = at('../node_modules/.cache/dvc-bench/bench-entry.mjs');
mkdirSync(at('../node_modules/.cache/dvc-bench'), { recursive: true });
await build({
  stdin: {
    contents: `export { startSandbox } from ${JSON.stringify(at('../../sandbox/src/index.ts'))};
      export { createPortalClient } from ${JSON.stringify(at('../src/index.ts'))};
      export { dossier } from ${JSON.stringify(at('../test/dossier-fixtures.ts'))};`,
    resolveDir: at('.'),
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile,
  logLevel: 'error',
  alias: { '@dvc-kit/core': at('../../core/src/index.ts'), '@dvc-kit/core/units': at('../../core/src/units.ts') },
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  plugins: [
    {
      name: 'native-external',
      setup(b) {
        b.onResolve({ filter: /^libsql$/ }, () => ({ path: requireFromSandbox.resolve('libsql'), external: true }));
      },
    },
  ],
});
const { startSandbox, createPortalClient, dossier } = await import(pathToFileURL(outfile).href);

const sandbox = await startSandbox({ memory: true, port: 0, clock: '2025-07-15T03:00:00Z' });
const credentials = { username: 'dvc-sandbox', password: 'dvc-sandbox' };
const agencyCode = '000.00.00.H66';
const portal = createPortalClient({ baseUrl: sandbox.url, agencyCode, credentials });
const sample = dossier(1);
await portal.syncDossier(sample);

const { session } = await (
  await fetch(sandbox.loginUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(credentials),
  })
).json();
const raw = async () => {
  const res = await fetch(sandbox.integrationUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ service: 'TraCuuHoSo', session, madonvi: agencyCode, MaHoSo: sample.code }),
  });
  const body = await res.json(); // what a hand-written integration does
  if (body.error_code !== 0) throw new Error(`raw lookup failed: ${body.error_code}`);
};
const viaClient = async () => {
  if (!(await portal.lookupDossier(sample.code))) throw new Error('client lookup failed');
};

const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

/** One round: N lookups, CONCURRENCY in flight; lookups/s and CPU µs per lookup (sandbox included: it runs in this process). */
async function round(fn) {
  let next = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next++ < N) await fn();
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  return { rate: N / seconds, cpuUs: (used.user + used.system) / N };
}

console.log(`loadavg before: ${load()}  (${N} lookups per round, concurrency ${CONCURRENCY}, ${PAIRS} pairs)`);
for (let i = 0; i < 3; i++) {
  // warm-up: JIT, connection pool, session (one round each left later rounds still speeding up)
  await round(raw);
  await round(viaClient);
}
const ratios = [];
const all = { raw: [], client: [] };
const show = (r) => `${r.rate.toFixed(0).padStart(6)}/s  ${r.cpuUs.toFixed(0).padStart(5)} µs CPU/lookup`;
for (let i = 1; i <= PAIRS; i++) {
  // Odd pairs run raw first, even pairs the client first: a steady drift cancels out.
  let a;
  let b;
  if (i % 2) {
    a = await round(raw);
    b = await round(viaClient);
  } else {
    b = await round(viaClient);
    a = await round(raw);
  }
  all.raw.push(a);
  all.client.push(b);
  ratios.push(b.rate / a.rate);
  console.log(
    `pair ${i}: raw ${show(a)} | client ${show(b)} | client/raw ${((b.rate / a.rate) * 100).toFixed(1)}%  (load ${load()})`,
  );
}
const median = (xs) => {
  const s = [...xs].sort((x, y) => x - y);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const cpuRaw = median(all.raw.map((r) => r.cpuUs));
const cpuClient = median(all.client.map((r) => r.cpuUs));
console.log(
  `median lookups/s: raw ${median(all.raw.map((r) => r.rate)).toFixed(0)}, client ${median(all.client.map((r) => r.rate)).toFixed(0)}`,
);
console.log(
  `median CPU per lookup: raw ${cpuRaw.toFixed(0)} µs, client ${cpuClient.toFixed(0)} µs (client overhead ${(cpuClient - cpuRaw).toFixed(0)} µs)`,
);
console.log(`client / raw (median of pair ratios): ${(median(ratios) * 100).toFixed(1)}%  target ≥ 90%`);
console.log(`loadavg after: ${load()}`);
await sandbox.close();
