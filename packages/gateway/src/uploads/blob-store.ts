import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readFile, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Result of {@link BlobStore.put}. */
export interface StoredBlob {
  /** SHA-256 of the bytes, lower-case hex; also the blob's address. */
  sha256: string;
  size: number;
  /** True when identical bytes were already stored (nothing new was written). */
  deduplicated: boolean;
}

/**
 * Content-addressed file storage by SHA-256: a local directory (`<dataDir>/blobs/ab/cdef…`,
 * the default) or an S3-compatible bucket every instance shares (`createS3BlobStore`).
 */
export interface BlobStore {
  /** `directory` or `s3`. */
  readonly kind: 'directory' | 's3';
  /** Store bytes durably (temp file + fsync + rename + directory fsync); dedupes by hash. */
  put(bytes: Uint8Array): Promise<StoredBlob>;
  /**
   * Store a file already hashed (an upload streamed to `<dataDir>/blobs/tmp`); the file is
   * moved or removed. Dedupes by hash.
   */
  putFile(path: string, sha256: string, size: number): Promise<StoredBlob>;
  /** Delete a blob (no error when absent). */
  delete(sha256: string): Promise<void>;
  /** Every stored hash. */
  list(): AsyncIterable<string>;
  /** The bytes of a blob, or `undefined` if absent. */
  get(sha256: string): Promise<Uint8Array | undefined>;
  /** Whether a blob is stored. */
  has(sha256: string): Promise<boolean>;
}

const HASH = /^[0-9a-f]{64}$/;

async function fsyncDirectory(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * A blob store under `<dataDir>/blobs`. Blobs are immutable; a crash mid-write leaves
 * only a stray file in `blobs/tmp`, never a half-written blob under its hash.
 *
 * @example
 * ```ts
 * const blobs = createBlobStore('.data');
 * const { sha256 } = await blobs.put(bytes);
 * ```
 */
export function createBlobStore(dataDir: string): BlobStore {
  return createDirectoryBlobStore(dataDir);
}

/** Where uploads are streamed before they reach a blob store (same file system as local blobs). */
export const uploadTempDir = (dataDir: string) => join(dataDir, 'blobs', 'tmp');

function createDirectoryBlobStore(dataDir: string): BlobStore {
  const root = join(dataDir, 'blobs');
  const tmp = join(root, 'tmp');
  const pathOf = (sha256: string) => {
    if (!HASH.test(sha256)) throw new TypeError('Invalid SHA-256');
    return { dir: join(root, sha256.slice(0, 2)), file: join(root, sha256.slice(0, 2), sha256.slice(2)) };
  };
  const exists = async (file: string) =>
    stat(file).then(
      () => true,
      () => false,
    );
  // Concurrent puts of the same bytes in this process share one write.
  const inflight = new Map<string, Promise<void>>();

  const write = async (bytes: Uint8Array, sha256: string, dir: string, file: string) => {
    await mkdir(tmp, { recursive: true, mode: 0o700 });
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const temp = join(tmp, `${sha256}.${randomBytes(6).toString('hex')}`);
    const handle = await open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } catch (error) {
      await handle.close();
      await rm(temp, { force: true });
      throw error;
    }
    await handle.close();
    // rename is atomic; two processes writing the same bytes both end with one complete file.
    await rename(temp, file);
    await fsyncDirectory(dir);
  };

  return {
    kind: 'directory',
    async putFile(path, sha256, size) {
      const { dir, file } = pathOf(sha256);
      if (await exists(file)) {
        await rm(path, { force: true });
        return { sha256, size, deduplicated: true };
      }
      await mkdir(dir, { recursive: true, mode: 0o700 });
      const handle = await open(path, 'r+');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
      // rename is atomic: a racing identical upload just replaces equal bytes.
      await rename(path, file);
      await fsyncDirectory(dir);
      return { sha256, size, deduplicated: false };
    },
    async delete(sha256) {
      if (HASH.test(sha256)) await rm(pathOf(sha256).file, { force: true });
    },
    async *list() {
      const prefixes = await readdir(root).catch(() => [] as string[]);
      for (const prefix of prefixes.filter((p) => /^[0-9a-f]{2}$/.test(p)).sort()) {
        for (const rest of (await readdir(join(root, prefix))).sort())
          if (HASH.test(prefix + rest)) yield prefix + rest;
      }
    },
    async put(bytes) {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const { dir, file } = pathOf(sha256);
      const pending = inflight.get(sha256);
      if (pending !== undefined) {
        await pending;
        return { sha256, size: bytes.length, deduplicated: true };
      }
      const storing = (async () => ((await exists(file)) ? false : (await write(bytes, sha256, dir, file), true)))();
      inflight.set(
        sha256,
        storing.then(() => undefined),
      );
      const written = await storing.finally(() => inflight.delete(sha256));
      if (!written) return { sha256, size: bytes.length, deduplicated: true };
      return { sha256, size: bytes.length, deduplicated: false };
    },
    async get(sha256) {
      if (!HASH.test(sha256)) return undefined;
      return readFile(pathOf(sha256).file).then(
        (b) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength),
        () => undefined,
      );
    },
    has: async (sha256) => HASH.test(sha256) && exists(pathOf(sha256).file),
  };
}
