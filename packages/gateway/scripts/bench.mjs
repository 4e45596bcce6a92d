// Storage figures: dossier submissions (one transaction each: idempotency key, sequence,
// dossier, outbox message) and outbox claim+complete, on SQLite and — when
// DVC_TEST_POSTGRES_URL is set — PostgreSQL. Needs `pnpm build` first.
// Usage: node scripts/bench.mjs [count=500] [parallel=8]
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createPostgresStorage, createSqliteStorage } from '../dist/index.js';

const count = Number(process.argv[2] ?? 500);
const parallel = Number(process.argv[3] ?? 8);

async function run(label, storage) {
  let next = 0;
  const submitOne = async () => {
    for (let i = next++; i < count; i = next++) {
      await storage.submitDossier({
        idempotencyKey: `k${i}`,
        bodyHash: 'h',
        agency: '000.00.00.H12',
        day: '2026-11-26',
        build: (seq) => ({
          code: `H12.${seq}`,
          procedure: '1.000001',
          payload: { i },
          receipt: { seq },
          outbox: [{ topic: 'portal.sync-dossier', dossierCode: `H12.${seq}`, payload: { i } }],
        }),
      });
    }
  };
  let t = performance.now();
  await Promise.all(Array.from({ length: parallel }, submitOne));
  const submitMs = performance.now() - t;
  t = performance.now();
  let done = 0;
  const drain = async (worker) => {
    for (;;) {
      const items = await storage.claimOutbox({ worker, limit: 20 });
      if (items.length === 0) return;
      for (const item of items) if (await storage.completeOutbox(item.id, worker)) done++;
    }
  };
  await Promise.all([drain('a'), drain('b')]);
  const drainMs = performance.now() - t;
  console.log(
    `${label}: ${count} submissions (${parallel} parallel) in ${submitMs.toFixed(0)} ms = ${((count / submitMs) * 1000).toFixed(0)}/s; ` +
      `outbox ${done} claimed+completed by 2 workers in ${drainMs.toFixed(0)} ms = ${((done / drainMs) * 1000).toFixed(0)}/s`,
  );
}

const dir = mkdtempSync(join(tmpdir(), 'dvc-bench-'));
const sqlite = await createSqliteStorage(join(dir, 'gateway.db'));
await run('SQLite (file, WAL, synchronous=FULL)', sqlite);
await sqlite.close();
rmSync(dir, { recursive: true, force: true });

const url = process.env.DVC_TEST_POSTGRES_URL;
if (url) {
  const schema = `dvc_bench_${randomBytes(4).toString('hex')}`;
  const storage = await createPostgresStorage(url, { schema });
  await run('PostgreSQL', storage);
  await storage.close();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`drop schema ${schema} cascade`);
  await client.end();
} else {
  console.log('PostgreSQL: skipped (set DVC_TEST_POSTGRES_URL)');
}
