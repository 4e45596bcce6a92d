import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startS3 } from '../../test/s3-server';
import type { TestS3 } from '../../test/s3-server';
import { createBlobStore, uploadTempDir } from './blob-store';
import type { BlobStore } from './blob-store';
import { createS3BlobStore } from './s3-blob-store';

let s3: TestS3;
let dir: string;
beforeAll(async () => {
  s3 = await startS3();
  dir = mkdtempSync(join(tmpdir(), 'dvc-blobs-'));
});
afterAll(async () => {
  await s3?.close();
  rmSync(dir, { recursive: true, force: true });
});

const kinds: [string, () => BlobStore][] = [
  ['directory', () => createBlobStore(dir)],
  ['S3 (s3rver on loopback)', () => createS3BlobStore(s3.options)],
];

describe.each(kinds)('%s blob store', (_name, make) => {
  it('stores bytes and hashed files, dedupes, lists and deletes', async () => {
    const blobs = make();
    const bytes = new Uint8Array(randomBytes(200_000));
    const first = await blobs.put(bytes);
    expect(first).toMatchObject({ size: bytes.length, deduplicated: false });
    expect((await blobs.put(bytes)).deduplicated).toBe(true);
    expect(await blobs.get(first.sha256)).toEqual(bytes);

    const fileBytes = randomBytes(1024 * 1024);
    const sha256 = createHash('sha256').update(fileBytes).digest('hex');
    const temp = join(uploadTempDir(dir), `t-${randomBytes(4).toString('hex')}`);
    rmSync(temp, { force: true });
    const { mkdirSync } = await import('node:fs');
    mkdirSync(uploadTempDir(dir), { recursive: true });
    writeFileSync(temp, fileBytes);
    expect(await blobs.putFile(temp, sha256, fileBytes.length)).toMatchObject({ sha256, deduplicated: false });
    expect(Buffer.from((await blobs.get(sha256)) as Uint8Array).equals(fileBytes)).toBe(true);
    expect(await blobs.has(sha256)).toBe(true);

    const listed: string[] = [];
    for await (const hash of blobs.list()) listed.push(hash);
    expect(listed).toEqual(expect.arrayContaining([first.sha256, sha256]));

    await blobs.delete(sha256);
    expect(await blobs.has(sha256)).toBe(false);
    expect(await blobs.get(sha256)).toBeUndefined();
    expect(await blobs.get('../../etc/passwd')).toBeUndefined();
  });
});
