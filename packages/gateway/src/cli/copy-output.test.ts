// What `dvc-gateway copy-storage` prints, pinned byte for byte in
// __snapshots__/copy-output.test.ts.snap (timings masked), so moving its texts into a message
// book cannot change the operator's screen. A real SQLite storage and real data directories.
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_POSTGRES_URL, dropSchema, randomSchema } from '../../test/postgres-schema';
import { createSqliteStorage } from '../storage/sqlite';
import { createBlobStore } from '../uploads/blob-store';
import { formatBlobSummary } from './blob-copy-step';
import { formatCopySummary, runCopyStorageCommand } from './copy-storage-command';

let work: string;
let database: string;
let complete: string;

/** Runs the command; durations and rates are masked (they differ on every run). */
async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCopyStorageCommand(args, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
  });
  const mask = (text: string) =>
    text
      .replaceAll(work, '<work>')
      .replace(/\d+\.\d\d s/g, '<s> s')
      .replace(/\(\d+(\.\d)? MB\/s\)/g, '(<rate> MB/s)');
  return { code, stdout: mask(stdout), stderr: mask(stderr) };
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'dvc-copy-output-'));
  const dataDir = join(work, 'data');
  database = join(dataDir, 'gateway.db');
  const storage = await createSqliteStorage(database);
  const blobs = createBlobStore(dataDir);
  const { sha256 } = await blobs.put(new Uint8Array(randomBytes(2048)));
  const absent = createHash('sha256').update('never stored').digest('hex');
  for (const [id, hash] of [
    ['upl_present', sha256],
    ['upl_absent', absent],
  ] as const)
    await storage.saveUpload({
      id,
      sha256: hash,
      name: `${id}.pdf`,
      size: 2048,
      type: 'application/pdf',
      createdAt: new Date(),
    });
  await storage.close();
  // A storage whose every upload has its file.
  complete = join(dataDir, 'complete.db');
  const whole = await createSqliteStorage(complete);
  await whole.saveUpload({
    id: 'upl_present',
    sha256,
    name: 'a.pdf',
    size: 2048,
    type: 'application/pdf',
    createdAt: new Date(),
  });
  await whole.close();
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('copy-storage output', () => {
  it('the per-table and blob summaries', () => {
    const tables = [
      { table: 'dossiers', sourceRows: 12, targetRows: 12, sourceSha256: 'a'.repeat(64), targetSha256: 'a'.repeat(64) },
      { table: 'outbox', sourceRows: 3, targetRows: 2, sourceSha256: 'b'.repeat(64), targetSha256: 'c'.repeat(64) },
    ];
    const blobs = formatBlobSummary({
      total: 5,
      done: 5,
      copied: 2,
      present: 1,
      repaired: 1,
      missing: ['x'],
      corrupt: [],
      bytes: 3 * 1024 * 1024,
      durationMs: 1500,
    });
    expect([formatCopySummary(tables), blobs]).toMatchSnapshot();
  });

  it('a usage error, a blob copy with a file missing at the source, and a refused source', async () => {
    const runs = [
      await run(['--from', database]),
      await run([
        '--blobs-only',
        '--from',
        database,
        '--from-blobs',
        join(work, 'data'),
        '--to-blobs',
        join(work, 'b'),
      ]),
      await run(['--from', join(work, 'none.db'), '--to', 'postgres://127.0.0.1:1/none']),
      await run([
        '--blobs-only',
        '--from',
        complete,
        '--from-blobs',
        join(work, 'data'),
        '--to-blobs',
        join(work, 'c'),
      ]),
    ];
    expect(runs).toMatchSnapshot();
  });

  it.skipIf(TEST_POSTGRES_URL === undefined)('a database copy: the total and the closing lines', async () => {
    const schema = randomSchema();
    const url = `${TEST_POSTGRES_URL as string}${(TEST_POSTGRES_URL as string).includes('?') ? '&' : '?'}schema=${schema}`;
    try {
      const copied = await run(['--from', complete, '--to', url]);
      expect(copied.stderr).toBe('');
      expect(copied.code).toBe(0);
      expect(copied.stdout).toMatch(/^Sao chép \/ Copying: <work>\/data\/complete\.db → postgres:\/\/\S+$/m);
      expect(copied.stdout).toMatch(/^Tổng \/ Total: \d+ dòng \/ rows, <s> s \(\d+ dòng\/giây \/ rows\/s\)$/m);
      expect(
        copied.stdout.endsWith(
          'Xong: đã sao chép và kiểm tra. Hãy đặt GATEWAY_STORAGE_URL và khởi động cổng kết nối.\n' +
            'Done: copied and verified. Set GATEWAY_STORAGE_URL and start the gateway.\n',
        ),
      ).toBe(true);
    } finally {
      await dropSchema(TEST_POSTGRES_URL as string, schema);
    }
  });
});
