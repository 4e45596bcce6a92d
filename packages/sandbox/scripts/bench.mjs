#!/usr/bin/env node
// Benchmark of the BUILT sandbox (`pnpm build` first). Prints figures; asserts nothing.
//
//  1. startup: spawn of `dist/bin.js` (in memory, frozen clock, full Đắk Lắk seed) → the
//     first successful request (login), and → the first TraCuuHoSo answer;
//  2. TraCuuHoSo throughput over keep-alive loopback HTTP, a bounded loop after a warm-up.
//
// The machine's load average is printed with the figures, and so is the CPU time the
// sandbox process itself spent (Linux /proc): on a busy machine wall-clock figures say
// more about the neighbours than about the sandbox, CPU time per request does not.
//
// Env: BENCH_CONCURRENCY (16), BENCH_REQUESTS (20000), BENCH_SECONDS (10), BENCH_WARMUP (1000),
// BENCH_PROF=<dir> runs the sandbox with --cpu-prof into <dir>.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const MAX_REQUESTS = Number(process.env.BENCH_REQUESTS ?? 20_000);
const MAX_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 1_000);
const PROF = process.env.BENCH_PROF;

const load = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
/** CPU time (ms) a process has used, from /proc (undefined elsewhere). */
const cpuMs = (pid) => {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, USER_HZ = 100
  } catch {
    return undefined;
  }
};

console.log(`machine: ${os.cpus().length} cores, load average ${load()} (1, 5, 15 min), node ${process.version}`);

const started = performance.now();
const args = [
  ...(PROF ? ['--cpu-prof', `--cpu-prof-dir=${PROF}`] : []),
  bin,
  '--port',
  '0',
  '--clock',
  '2025-10-01T08:00:00+07:00',
  '--frozen',
];
const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
const exited = new Promise((resolve) => child.once('exit', resolve));
const { url, serverMs } = await new Promise((resolve, reject) => {
  let out = '';
  child.stdout.on('data', (chunk) => {
    out += chunk;
    const m = /listening on (http:\/\/\S+) \(started in (\d+) ms/.exec(out);
    if (m) resolve({ url: m[1], serverMs: Number(m[2]) });
  });
  child.once('exit', (code) => reject(new Error(`sandbox exited with ${code}`)));
});
const listening = performance.now() - started;

const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
const target = new URL(url);
/** POSTs a ready-made body; resolves with the response text. */
const post = (path, data) =>
  new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: target.hostname,
        port: target.port,
        path,
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': data.length },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve(text));
      },
    );
    req.on('error', reject);
    req.end(data);
  });

try {
  const { session } = JSON.parse(
    await post('/auth/login', Buffer.from(JSON.stringify({ username: 'dvc-sandbox', password: 'dvc-sandbox' }))),
  );
  const firstRequest = performance.now() - started;
  const list = await (await fetch(`${url}/admin/dossiers?limit=2000`)).json();
  const madonvi = list.items[0].agency;
  // Bodies are encoded once so the load generator spends its CPU on HTTP, not on JSON.
  const bodies = list.items.map((d) =>
    Buffer.from(JSON.stringify({ service: 'TraCuuHoSo', session, madonvi, MaHoSo: d.code })),
  );
  const first = JSON.parse(await post('/integration', bodies[0]));
  const firstAnswer = performance.now() - started;
  const startupCpu = cpuMs(child.pid);
  if (first.error_code !== 0) throw new Error(`TraCuuHoSo failed: ${JSON.stringify(first).slice(0, 200)}`);
  console.log(
    `startup: spawn → first successful request (login) ${Math.round(firstRequest)} ms; spawn → listening ${Math.round(listening)} ms (startSandbox ${serverMs} ms, seeding included)`,
  );
  console.log(
    `         spawn → first TraCuuHoSo answered ${Math.round(firstAnswer)} ms (after an admin listing of ${list.items.length} dossiers); sandbox CPU by then ${startupCpu ?? '?'} ms`,
  );

  const run = async (limit, seconds) => {
    let sent = 0;
    let ok = 0;
    const deadline = performance.now() + seconds * 1000;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (sent < limit && performance.now() < deadline) {
          const text = await post('/integration', bodies[sent++ % bodies.length]);
          if (text.startsWith('{"error_code":0,')) ok++;
        }
      }),
    );
    return { sent, ok };
  };
  await run(WARMUP, MAX_SECONDS);
  const cpu0 = cpuMs(child.pid);
  const t0 = performance.now();
  const { sent, ok } = await run(MAX_REQUESTS, MAX_SECONDS);
  const seconds = (performance.now() - t0) / 1000;
  const cpu = cpuMs(child.pid) - cpu0;
  console.log(
    `TraCuuHoSo: ${ok} ok of ${sent} requests in ${seconds.toFixed(2)} s, concurrency ${CONCURRENCY} → ${Math.round(ok / seconds)} requests/s (after ${WARMUP} warm-up requests)`,
  );
  if (Number.isFinite(cpu)) {
    const perRequest = (cpu * 1000) / sent;
    console.log(
      `sandbox CPU: ${Math.round(cpu)} ms for ${sent} requests → ${Math.round(perRequest)} µs per request (≈ ${Math.round(1e6 / perRequest)} requests/s per fully available core)`,
    );
  }
  console.log(`load average after: ${load()}`);
} finally {
  agent.destroy();
  child.kill('SIGTERM');
  await exited;
}
