// Issue 11 figures. Needs `pnpm build` first.
// 1. RSS of a gateway PROCESS before, at peak and after 200 parallel 10 MiB uploads (sampled
//    from /proc every 20 ms), with the default concurrent-upload gate (8; the rest get 503)
//    and with the gate opened to 200 (every upload streamed at once).
// 2. Look-up timing: medians of 1,000 look-ups of an unknown code and of a known code with
//    wrong digits (both answer 404), interleaved, through the app in-process; then the storage
//    read alone (lookUpDossier, and the plain getDossier for comparison), 10× as many.
//    The uploads are sent with node:http from one prepared buffer: each request's headers leave at
//    once. (Through fetch + FormData from ONE client process on a loaded 2-core machine, some
//    requests' headers were parsed by the server more than 60 s after their connection opened;
//    Node's server then closed those connections (headersTimeout, 60 s, "Request timeout") and
//    the bench counted EPIPE errors. A phone sends its headers in its first packet.)
// Usage: node scripts/bench-hardening.mjs [uploads=200 (0 = skip)] [lookups=1000 (0 = skip)]
import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGateway } from '../dist/index.js';

const UPLOADS = Number(process.argv[2] ?? 200);
const LOOKUPS = Number(process.argv[3] ?? 1000);
const SIZE = 10 * 1024 * 1024;
const BIN = join(import.meta.dirname, '..', 'dist', 'bin.js');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const mb = (kb) => `${(kb / 1024).toFixed(0)} MB`;
const rssKb = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

// One 10 MiB PDF-looking multipart body, shared by every request (the client's memory is not measured).
const BOUNDARY = 'dvcbenchboundary7f3a';
const bytes = Buffer.alloc(SIZE);
bytes.write('%PDF-1.4\n');
const body = Buffer.concat([
  Buffer.from(
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="ho-so.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
  ),
  bytes,
  Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
]);
const agent = new Agent({ keepAlive: false, maxSockets: Infinity });

/** One upload; its status, or `error <code>` when the connection failed before a whole answer. */
const upload = (url) =>
  new Promise((resolve) => {
    const req = request(`${url}/v1/uploads`, {
      method: 'POST',
      agent,
      headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}`, 'content-length': String(body.length) },
    });
    let settled = false;
    const settle = (value) => {
      if (!settled) {
        settled = true;
        resolve(value);
      }
    };
    req.on('error', (error) => settle(`error ${error.code ?? error.message}`));
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => settle(res.statusCode));
      res.on('error', (error) => settle(`error ${error.code ?? error.message}`));
    });
    req.end(body);
  });

async function uploadRun(label, maxConcurrentUploads) {
  const dataDir = mkdtempSync(join(tmpdir(), 'dvc-bench-upload-'));
  const config = join(dataDir, 'gateway.json');
  writeFileSync(
    config,
    JSON.stringify({
      quiet: true,
      outbox: { enabled: false },
      limits: { maxConcurrentUploads, uploadBytesPerClient: 1024 ** 4 },
    }),
  );
  const port = await freePort();
  const child = spawn(process.execPath, [BIN], {
    env: { ...process.env, GATEWAY_CONFIG: config, GATEWAY_PORT: String(port), GATEWAY_DATA_DIR: dataDir },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  while (
    !(await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    ))
  )
    await sleep(50);
  await sleep(500);
  const before = rssKb(child.pid);
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, rssKb(child.pid));
  }, 20);
  const started = performance.now();
  const statuses = await Promise.all(Array.from({ length: UPLOADS }, () => upload(url)));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  await sleep(3000);
  clearInterval(sampler);
  const after = rssKb(child.pid);
  const counts = statuses.reduce((acc, s) => ({ ...acc, [s]: (acc[s] ?? 0) + 1 }), {});
  const errors = statuses.filter((s) => String(s).startsWith('error')).length;
  const other = Object.entries(counts).filter(([k]) => !['201', '503', '429'].includes(k) && !k.startsWith('error'));
  console.log(
    `${label}: RSS before ${mb(before)}, peak ${mb(peak)} (+${mb(peak - before)}), after ${mb(after)}; ${seconds} s`,
  );
  console.log(
    `    answers: 201 ×${counts[201] ?? 0}, 503 ×${counts[503] ?? 0}, 429 ×${counts[429] ?? 0}, connection errors ×${errors}` +
      `${errors > 0 ? ` ${JSON.stringify(Object.fromEntries(Object.entries(counts).filter(([k]) => k.startsWith('error'))))}` : ''}` +
      `${other.length > 0 ? `, other ${JSON.stringify(Object.fromEntries(other))}` : ''}`,
  );
  child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
  return peak - before;
}

if (UPLOADS > 0) {
  console.log(`${UPLOADS} parallel uploads of 10 MiB to one gateway process (Node ${process.version}):`);
  const growthGated = await uploadRun('  gate 8 (default)  ', 8);
  const growthOpen = await uploadRun(`  gate ${UPLOADS} (all at once)`, UPLOADS);
  console.log(
    `  peak growth ${mb(growthGated)} and ${mb(growthOpen)} (budget 150 MB): ${growthGated < 150 * 1024 && growthOpen < 150 * 1024 ? 'OK' : 'OVER'}`,
  );
}

// Look-up timing.
if (LOOKUPS === 0) process.exit(0);
const dataDir = mkdtempSync(join(tmpdir(), 'dvc-bench-timing-'));
const gateway = await createGateway({
  port: 0,
  dataDir,
  quiet: true,
  outbox: { enabled: false },
  limits: { lookupFailures: 1e9 },
});
const known = '000.01.20.H66-251001-5001';
await gateway.storage.submitDossier({
  idempotencyKey: 'bench-timing',
  bodyHash: 'h',
  agency: '000.01.20.H66',
  day: '2025-10-01',
  build: () => ({
    code: known,
    procedure: '1.900103',
    payload: {
      submission: {
        procedureCode: '1.900103',
        agencyCode: '000.01.20.H66',
        channel: 'online',
        applicant: {
          fullName: 'Nguyễn Thị Hoa',
          citizenId: '066190000123',
          phone: '0912345678',
          address: { provinceCode: '66', communeCode: '22015', street: 'Thôn 3' },
        },
        data: { details: { request: 'Xin cấp bản sao trích lục khai sinh' } },
        files: [],
        consent: true,
      },
      procedureName: { vi: 'Cấp bản sao trích lục hộ tịch' },
      fieldCode: 'HT',
      fieldName: 'Hộ tịch',
      receivedAt: '2025-10-01T08:00:00+07:00',
      dueAt: '2025-10-02T08:00:00+07:00',
      files: [],
    },
    receipt: { code: known },
  }),
});
const unknown = '000.01.20.H66-251001-5999';
const time = async (code) => {
  const t = process.hrtime.bigint();
  const res = await gateway.app.request(`/v1/dossiers/${code}?verify=1111`);
  await res.arrayBuffer();
  if (res.status !== 404) throw new Error(`expected 404, got ${res.status}`);
  return Number(process.hrtime.bigint() - t) / 1000;
};
for (let i = 0; i < 200; i++) {
  await time(known);
  await time(unknown);
}
const samples = { known: [], unknown: [] };
for (let i = 0; i < LOOKUPS; i++) {
  if (i % 2) {
    samples.known.push(await time(known));
    samples.unknown.push(await time(unknown));
  } else {
    samples.unknown.push(await time(unknown));
    samples.known.push(await time(known));
  }
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const mad = (xs) => {
  const m = median(xs);
  return median(xs.map((x) => Math.abs(x - m)));
};
console.log(`Look-up timing over ${LOOKUPS} tries each (404 both, ${gateway.storage.kind}, in-process):`);
console.log(`  unknown code: median ${median(samples.unknown).toFixed(1)} µs (MAD ${mad(samples.unknown).toFixed(1)})`);
console.log(`  known code:   median ${median(samples.known).toFixed(1)} µs (MAD ${mad(samples.known).toFixed(1)})`);
// Spread of the difference: a 95 % interval of the median over 1,000 resamples.
const resample = (xs) => Array.from(xs, () => xs[Math.floor(Math.random() * xs.length)]);
const interval = (estimate) => {
  const xs = Array.from({ length: 1000 }, estimate).sort((a, b) => a - b);
  return [xs[25], xs[974]];
};
const report = (label, known, unknown) => {
  const difference = median(known) - median(unknown);
  const [low, high] = interval(() => median(resample(known)) - median(resample(unknown)));
  // Look-ups ran in interleaved pairs: the median of the pairwise differences cancels most machine-load drift.
  const pairs = known.map((k, i) => k - unknown[i]);
  const [pairLow, pairHigh] = interval(() => median(resample(pairs)));
  console.log(
    `  ${label}: known − unknown = ${difference.toFixed(1)} µs (95 % interval ${low.toFixed(1)} … ${high.toFixed(1)}); ` +
      `paired median ${median(pairs).toFixed(1)} µs (95 % interval ${pairLow.toFixed(1)} … ${pairHigh.toFixed(1)}) — ` +
      `${pairLow <= 0 && pairHigh >= 0 ? 'within noise (holds 0)' : 'NOT within noise'}`,
  );
};
report('difference', samples.known, samples.unknown);

// The storage read alone (where hits and misses used to differ), interleaved pairs, 10× as many.
const timeRead = async (read, code) => {
  const t = process.hrtime.bigint();
  await read(code);
  return Number(process.hrtime.bigint() - t) / 1000;
};
const { storage } = gateway;
for (const [label, read] of [
  ['lookUpDossier (look-ups now)', (c) => storage.lookUpDossier(c)],
  ['getDossier (plain read)', (c) => storage.getDossier(c)],
]) {
  const reads = { known: [], unknown: [] };
  for (let i = 0; i < 500; i++) {
    await timeRead(read, known);
    await timeRead(read, unknown);
  }
  for (let i = 0; i < LOOKUPS * 10; i++) {
    if (i % 2) {
      reads.known.push(await timeRead(read, known));
      reads.unknown.push(await timeRead(read, unknown));
    } else {
      reads.unknown.push(await timeRead(read, unknown));
      reads.known.push(await timeRead(read, known));
    }
  }
  console.log(
    `Storage read alone, ${LOOKUPS * 10} each, ${label}: unknown median ${median(reads.unknown).toFixed(1)} µs ` +
      `(MAD ${mad(reads.unknown).toFixed(1)}), known ${median(reads.known).toFixed(1)} µs (MAD ${mad(reads.known).toFixed(1)})`,
  );
  report('difference', reads.known, reads.unknown);
}
await gateway.close();
rmSync(dataDir, { recursive: true, force: true });
