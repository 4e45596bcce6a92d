// Rows per second of `dvc-gateway copy-storage`: a SQLite gateway with N dossiers (each
// with its idempotency key and outbox entry, a rating on every second one) is copied into
// a fresh PostgreSQL schema by the BUILT command, which prints the per-table summary.
// Needs `pnpm build` and DVC_TEST_POSTGRES_URL. Usage: node scripts/bench-copy.mjs [dossiers=10000]
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createSqliteStorage } from '../dist/index.js';

const url = process.env.DVC_TEST_POSTGRES_URL;
if (!url) throw new Error('Set DVC_TEST_POSTGRES_URL, e.g. postgres://dvc:dvc@127.0.0.1:5432/dvc');
const dossiers = Number(process.argv[2] ?? 10_000);
const dir = mkdtempSync(join(tmpdir(), 'dvc-bench-copy-'));
const schema = `dvc_bench_${randomBytes(4).toString('hex')}`;
const file = join(dir, 'gateway.db');
try {
  const storage = await createSqliteStorage(file);
  const payload = {
    submission: {
      applicant: { fullName: 'Nguyễn Thị Hoa', phone: '0912345678' },
      data: { details: { request: 'x'.repeat(600) } },
    },
  };
  for (let i = 0; i < dossiers; i++) {
    const agency = `000.${String((i % 20) + 1).padStart(2, '0')}.20.H66`;
    const day = `2025-10-${String((i % 28) + 1).padStart(2, '0')}`;
    const { dossier } = await storage.submitDossier({
      idempotencyKey: `bench-${i}`,
      bodyHash: 'h',
      agency,
      day,
      build: (seq) => ({
        code: `${agency}-${day}-${seq}`,
        procedure: '1.900103',
        payload,
        receipt: { code: `${agency}-${day}-${seq}` },
        outbox: [{ topic: 'portal.sync-dossier', payload: {} }],
      }),
    });
    if (i % 2 === 0)
      await storage.saveRating({ dossierCode: dossier.code, score: 4, comment: null, createdAt: new Date() });
  }
  await storage.close();
  const run = spawnSync(
    process.execPath,
    [
      join(import.meta.dirname, '..', 'dist', 'bin.js'),
      'copy-storage',
      '--from',
      file,
      '--to',
      `${url}?schema=${schema}`,
    ],
    { encoding: 'utf8' },
  );
  process.stdout.write(run.stdout + run.stderr);
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`drop schema if exists ${schema} cascade`);
  await client.end();
}
