// Status look-ups per second and p50/p99 latency over loopback HTTP: the gateway's
// GET /v1/dossiers/{code}?verify= (storage read, timing-safe verify, view, middlewares)
// next to a bare Hono app answering the same route with a fixed body, in the same run.
// Needs `pnpm build` first. Usage: node scripts/bench-lookup.mjs [seconds=5] [concurrency=16]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { createGateway } from '../dist/index.js';

const seconds = Number(process.argv[2] ?? 5);
const concurrency = Number(process.argv[3] ?? 16);
const code = '000.01.20.H66-251001-0001';
const receivedAt = '2025-10-01T08:00:00+07:00';

async function measure(label, url) {
  const latencies = [];
  const deadline = performance.now() + seconds * 1000;
  let failed = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        const t = performance.now();
        const res = await fetch(url);
        await res.arrayBuffer();
        if (res.status !== 200) failed++;
        latencies.push(performance.now() - t);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(2);
  console.log(
    `${label.padEnd(28)} ${(latencies.length / seconds).toFixed(0).padStart(7)} req/s   p50 ${at(0.5)} ms   p99 ${at(0.99)} ms   (${latencies.length} requests, ${failed} non-200)`,
  );
  return latencies.length / seconds;
}

const dataDir = mkdtempSync(join(tmpdir(), 'dvc-bench-lookup-'));
const gateway = await createGateway({ port: 0, dataDir, quiet: true, outbox: { enabled: false } });
await gateway.storage.submitDossier({
  idempotencyKey: 'bench-0001',
  bodyHash: 'h',
  agency: '000.01.20.H66',
  day: '2025-10-01',
  build: () => ({
    code,
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
          address: { provinceCode: '66', communeCode: '22015' },
        },
        data: {},
        files: [],
        consent: true,
      },
      procedureName: { vi: 'Cấp bản sao trích lục hộ tịch' },
      fieldCode: 'HT',
      fieldName: 'Hộ tịch',
      receivedAt,
      dueAt: '2025-10-02T08:00:00+07:00',
      files: [],
    },
    receipt: { code },
  }),
});
const { url } = await gateway.start();
const sample = await (await fetch(`${url}/v1/dossiers/${code}?verify=5678`)).text();

const bare = new Hono();
bare.get('/v1/dossiers/:code', (c) => c.body(sample, 200, { 'content-type': 'application/json' }));
const bareServer = await new Promise((resolve) => {
  const s = serve({ fetch: bare.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
});
const bareUrl = `http://127.0.0.1:${bareServer.address().port}`;

console.log(
  `Status look-ups, ${seconds} s each, ${concurrency} concurrent, keep-alive loopback (Node ${process.version}):`,
);
const bareRate = await measure('bare Hono (same route)', `${bareUrl}/v1/dossiers/${code}?verify=5678`);
const gatewayRate = await measure(`gateway (${gateway.storage.kind})`, `${url}/v1/dossiers/${code}?verify=5678`);
console.log(`gateway / bare Hono: ${(gatewayRate / bareRate).toFixed(2)}`);
bareServer.close();
await gateway.close();
rmSync(dataDir, { recursive: true, force: true });
