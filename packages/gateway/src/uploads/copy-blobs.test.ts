// `dvc-gateway copy-storage` moving a gateway's uploaded files between a data directory and a
// real S3-protocol server (s3rver on loopback), both ways: every referenced blob, verified,
// idempotent, damaged and missing ones reported.
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_POSTGRES_URL, dropSchema, randomSchema } from '../../test/postgres-schema';
import { startS3 } from '../../test/s3-server';
import type { TestS3 } from '../../test/s3-server';
import { runCopyStorageCommand } from '../cli/copy-storage-command';
import { createPostgresStorage } from '../storage/postgres';
import { createSqliteStorage } from '../storage/sqlite';
import { parseStorageUrl } from '../storage/storage-url';
import { createBlobStore } from './blob-store';
import type { BlobStore } from './blob-store';
import { copyBlobs } from './copy-blobs';
import { createS3BlobStore } from './s3-blob-store';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

let s3: TestS3;
let work: string;
let dataDir: string;
let database: string;
let referenced: Map<string, Uint8Array>;
let unreferenced: string;
const env = () => ({
  GATEWAY_S3_ENDPOINT: s3.options.endpoint,
  GATEWAY_S3_ACCESS_KEY_ID: 'S3RVER',
  GATEWAY_S3_SECRET_ACCESS_KEY: 'S3RVER',
});
const s3Store = (prefix: string) => createS3BlobStore({ ...s3.options, prefix });

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCopyStorageCommand(
    args,
    { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) },
    env(),
  );
  return { code, stdout, stderr };
}

/** `copy-storage --blobs-only --from <storage> --from-blobs <from> --to-blobs <to>`. */
const blobsOnly = (storage: string, from: string, to: string) =>
  run(['--blobs-only', '--from', storage, '--from-blobs', from, '--to-blobs', to]);

async function expectHolds(store: BlobStore, blobs: Map<string, Uint8Array>) {
  for (const [hash, bytes] of blobs) expect(Buffer.from((await store.get(hash)) ?? []).equals(bytes), hash).toBe(true);
}

beforeAll(async () => {
  s3 = await startS3();
  work = mkdtempSync(join(tmpdir(), 'dvc-copy-blobs-'));
  dataDir = join(work, 'data');
  database = join(dataDir, 'gateway.db');
  const storage = await createSqliteStorage(database);
  const blobs = createBlobStore(dataDir);
  referenced = new Map();
  // 12 files from 1 byte to 3 MiB; the first is uploaded twice (two uploads, one blob).
  for (let i = 0; i < 12; i++) {
    const bytes = new Uint8Array(randomBytes(i === 0 ? 1 : Math.round((3 * 1024 * 1024 * i) / 11)));
    const { sha256: hash } = await blobs.put(bytes);
    referenced.set(hash, bytes);
    for (let copy = 0; copy < (i === 0 ? 2 : 1); copy++) {
      await storage.saveUpload({
        id: `upl_${i}_${copy}`,
        sha256: hash,
        name: `tep-${i}.pdf`,
        size: bytes.length,
        type: 'application/pdf',
        createdAt: new Date(),
      });
    }
  }
  // A blob no upload references (collected later by the gateway): not copied.
  unreferenced = (await blobs.put(new Uint8Array(randomBytes(1000)))).sha256;
  await storage.close();
}, 60_000);
afterAll(async () => {
  await s3?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('copy-storage --blobs-only, data directory ⇄ S3', () => {
  it('copies every referenced file to S3, verified, and prints the figures', async () => {
    const first = await blobsOnly(database, dataDir, 's3://dvc-blobs/moved/');
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`→ s3://dvc-blobs/moved/ (12)`);
    expect(first.stdout).toMatch(/12\/12 tệp \/ files: 12 đã chép \/ copied, 0 đã có \/ already there/);
    expect(first.stdout).toMatch(/12 được tham chiếu \/ referenced — 12 đã chép \/ copied, 0 đã có sẵn/);
    expect(first.stdout).toMatch(/Done: every file copied and verified/);
    const target = s3Store('moved/');
    await expectHolds(target, referenced);
    expect(await target.has(unreferenced)).toBe(false);
    const listed: string[] = [];
    for await (const hash of target.list()) listed.push(hash);
    expect(listed.sort()).toEqual([...referenced.keys()].sort());
  }, 60_000);

  it('is idempotent: a re-run writes nothing, and replaces a damaged target copy', async () => {
    const again = await blobsOnly(`sqlite:${database}`, dataDir, 's3://dvc-blobs/moved');
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(
      /12 được tham chiếu \/ referenced — 0 đã chép \/ copied, 12 đã có sẵn \(đã kiểm tra\)/,
    );
    // A torn or rotted object under a referenced name: other bytes than its hash says.
    const [damaged] = [...referenced.keys()];
    const client = new S3Client({
      region: 'us-east-1',
      endpoint: s3.options.endpoint,
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    });
    await client.send(
      new PutObjectCommand({
        Bucket: 'dvc-blobs',
        Key: `moved/${damaged?.slice(0, 2)}/${damaged}`,
        Body: 'not the file',
      }),
    );
    client.destroy();
    const repaired = await blobsOnly(database, dataDir, 's3://dvc-blobs/moved/');
    expect(repaired.code).toBe(0);
    expect(repaired.stdout).toMatch(
      /0 đã chép \/ copied, 11 đã có sẵn \(đã kiểm tra\) \/ already there \(verified\), 1 sửa \/ repaired/,
    );
    await expectHolds(s3Store('moved/'), referenced);
  }, 60_000);

  it('copies back from S3 into a new data directory', async () => {
    const back = join(work, 'back');
    const result = await blobsOnly(database, 's3://dvc-blobs/moved/', back);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/12 đã chép \/ copied/);
    await expectHolds(createBlobStore(back), referenced);
  }, 60_000);

  it('reports files missing or damaged at the source (exit 1) and copies every other one', async () => {
    const source = join(work, 'partial');
    const blobs = createBlobStore(source);
    const hashes = [...referenced.keys()];
    for (const [hash, bytes] of referenced) if (hash !== hashes[1]) await blobs.put(bytes);
    const damaged = hashes[2] as string;
    writeFileSync(join(source, 'blobs', damaged.slice(0, 2), damaged.slice(2)), 'bit rot');
    const target = join(work, 'partial-target');
    const result = await blobsOnly(database, source, target);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /10 đã chép \/ copied, 0 đã có sẵn .* 1 thiếu ở nguồn \/ missing at the source, 1 hỏng ở nguồn/,
    );
    expect(result.stderr).toContain(hashes[1]);
    expect(result.stderr).toContain(damaged);
    expect(result.stderr).toContain('storage.copy-blobs-incomplete');
    const copied = createBlobStore(target);
    expect(await copied.has(hashes[1] as string)).toBe(false);
    expect(await copied.has(damaged)).toBe(false);
    await expectHolds(copied, new Map([...referenced].filter(([hash]) => hash !== hashes[1] && hash !== damaged)));
  }, 60_000);

  it('refuses a source directory that does not exist and bad argument sets', async () => {
    const missing = await blobsOnly(database, join(work, 'nope'), 's3://dvc-blobs/x/');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('storage.copy-blobs-source-missing');
    expect((await run(['--blobs-only', '--from', database, '--from-blobs', dataDir])).code).toBe(2);
    expect((await run(['--blobs-only', '--from', database])).code).toBe(2);
    expect((await run(['--from', database, '--from-blobs', dataDir, '--to-blobs', join(work, 'y')])).code).toBe(2);
  });

  it('copyBlobs reports progress after every file and runs files in parallel', async () => {
    const seen: number[] = [];
    const result = await copyBlobs({
      from: createBlobStore(dataDir),
      to: createBlobStore(join(work, 'api')),
      hashes: [...referenced.keys(), ...referenced.keys()],
      concurrency: 3,
      onProgress: (p) => seen.push(p.done),
    });
    expect(result).toMatchObject({
      total: 12,
      done: 12,
      copied: 12,
      present: 0,
      repaired: 0,
      missing: [],
      corrupt: [],
    });
    expect(result.bytes).toBe([...referenced.values()].reduce((n, b) => n + b.length, 0));
    expect(seen).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(await createBlobStore(join(work, 'api')).has(unreferenced)).toBe(false);
    await expectHolds(createBlobStore(join(work, 'api')), referenced);
    expect([...referenced].every(([hash, bytes]) => sha256(bytes) === hash)).toBe(true);
  }, 60_000);
});

describe.skipIf(TEST_POSTGRES_URL === undefined)('copy-storage SQLite → PostgreSQL with the files → S3', () => {
  it('copies the database, then every referenced file, in one command', async () => {
    const url = TEST_POSTGRES_URL as string;
    const schema = randomSchema();
    try {
      const to = `${url}?schema=${schema}`;
      const result = await run([
        '--from',
        database,
        '--to',
        to,
        '--from-blobs',
        dataDir,
        '--to-blobs',
        's3://dvc-blobs/pg/',
      ]);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/uploads\s+13\s+13\s+[0-9a-f]{16}\s+khớp \/ match/);
      expect(result.stdout).toMatch(/12 được tham chiếu \/ referenced — 12 đã chép \/ copied/);
      await expectHolds(s3Store('pg/'), referenced);
      // The PostgreSQL gateway's uploads name exactly the copied files; a files-only re-run from it is a no-op.
      const location = parseStorageUrl(to);
      const storage = await createPostgresStorage(location?.kind === 'postgres' ? location.url : url, { schema });
      expect((await storage.listUploadHashes()).sort()).toEqual([...referenced.keys()].sort());
      await storage.close();
      const again = await blobsOnly(to, dataDir, 's3://dvc-blobs/pg/');
      expect(again.code).toBe(0);
      expect(again.stdout).toMatch(/0 đã chép \/ copied, 12 đã có sẵn/);
    } finally {
      await dropSchema(url, schema);
    }
  }, 90_000);
});
