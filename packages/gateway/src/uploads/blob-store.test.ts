import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBlobStore } from './blob-store';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('blob store', () => {
  it('stores by SHA-256, dedupes and leaves no temp files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dvc-blobs-'));
    dirs.push(dir);
    const blobs = createBlobStore(dir);
    const bytes = new TextEncoder().encode('abc');
    const first = await blobs.put(bytes);
    expect(first).toEqual({
      sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
      size: 3,
      deduplicated: false,
    });
    const results = await Promise.all([blobs.put(bytes), blobs.put(bytes)]);
    expect(results.every((r) => r.sha256 === first.sha256 && r.deduplicated)).toBe(true);
    expect(readdirSync(join(dir, 'blobs', 'ba'))).toEqual([first.sha256.slice(2)]);
    expect(readdirSync(join(dir, 'blobs', 'tmp'))).toEqual([]);
    expect(await blobs.get(first.sha256)).toEqual(bytes);
    expect(await blobs.has(first.sha256)).toBe(true);
    expect(await blobs.get('0'.repeat(64))).toBeUndefined();
    expect(await blobs.get('../../etc/passwd')).toBeUndefined();
  });

  it('survives concurrent writes of the same new bytes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dvc-blobs-'));
    dirs.push(dir);
    const blobs = createBlobStore(dir);
    const bytes = new Uint8Array(20_000).fill(7);
    const results = await Promise.all(Array.from({ length: 5 }, () => blobs.put(bytes)));
    expect(new Set(results.map((r) => r.sha256)).size).toBe(1);
    expect(await blobs.get(results[0]!.sha256)).toEqual(bytes);
    expect(readdirSync(join(dir, 'blobs', 'tmp'))).toEqual([]);
  });
});
