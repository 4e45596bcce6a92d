import { createHash } from 'node:crypto';
import type { BlobStore } from './blob-store';

/** Options of {@link copyBlobs}. */
export interface CopyBlobsOptions {
  /** The blob store the files are read from (only read). */
  from: BlobStore;
  /** The blob store they are copied into. */
  to: BlobStore;
  /** SHA-256 of every blob to copy: the hashes the gateway's uploads reference. */
  hashes: readonly string[];
  /** Blobs copied at the same time; each holds at most one file in memory twice. @default 4 */
  concurrency?: number;
  /** Called after each blob with the figures so far. @default none */
  onProgress?: (progress: BlobCopyProgress) => void;
}

/** Figures of a blob copy, so far or in the end. */
export interface BlobCopyProgress {
  /** Blobs to copy (distinct referenced hashes). */
  total: number;
  /** Blobs handled so far (every outcome). */
  done: number;
  /** Written to the target and read back with the right hash. */
  copied: number;
  /** Already in the target with the right hash (a re-run): nothing written. */
  present: number;
  /** In the target with the WRONG bytes: replaced by the source's, then read back. */
  repaired: number;
  /** Bytes written to the target. */
  bytes: number;
}

/** What {@link copyBlobs} did. */
export interface BlobCopyResult extends BlobCopyProgress {
  /** Referenced but absent from the source: lost before the copy, nothing to move. */
  missing: string[];
  /** The source's bytes do not hash to their name: not copied (a damaged source file). */
  corrupt: string[];
  /** Wall time in ms. */
  durationMs: number;
}

const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Reads the target's copy back; true when it hashes to `hash`. */
async function verified(to: BlobStore, hash: string): Promise<boolean> {
  const back = await to.get(hash);
  return back !== undefined && sha256Of(back) === hash;
}

type Outcome = 'copied' | 'present' | 'repaired' | 'missing' | 'corrupt';

async function copyOne(from: BlobStore, to: BlobStore, hash: string): Promise<{ outcome: Outcome; bytes: number }> {
  const there = await to.has(hash);
  if (there && (await verified(to, hash))) return { outcome: 'present', bytes: 0 };
  const bytes = await from.get(hash);
  if (bytes === undefined) return { outcome: 'missing', bytes: 0 };
  if (sha256Of(bytes) !== hash) return { outcome: 'corrupt', bytes: 0 };
  // A target object under this name with other bytes (a torn earlier copy, bit rot) is replaced.
  if (there) await to.delete(hash);
  await to.put(bytes);
  if (!(await verified(to, hash))) throw new Error(`The copy of blob ${hash} does not read back with its hash`);
  return { outcome: there ? 'repaired' : 'copied', bytes: bytes.length };
}

/**
 * Copy blobs between two blob stores (a data directory and an S3-compatible bucket, either
 * way), each one verified: the source's bytes must hash to their name before they are written,
 * and the target's copy is read back and hashed after. Idempotent: a blob the target already
 * holds with the right hash is read and checked, not written again, so a copy cut off halfway
 * is finished by running it again. Nothing is ever deleted from the source.
 *
 * Missing and damaged source blobs are reported in the result, not thrown; an error of either
 * store (network, permissions, a copy that does not read back) is thrown and stops the copy.
 *
 * @example
 * ```ts
 * const result = await copyBlobs({ from: createBlobStore('.data'), to: createS3BlobStore(s3), hashes: await storage.listUploadHashes() });
 * console.log(`${result.copied} copied, ${result.present} already there, ${result.missing.length} missing`);
 * ```
 */
export async function copyBlobs(options: CopyBlobsOptions): Promise<BlobCopyResult> {
  const started = performance.now();
  const hashes = [...new Set(options.hashes)];
  const result: BlobCopyResult = {
    total: hashes.length,
    done: 0,
    copied: 0,
    present: 0,
    repaired: 0,
    bytes: 0,
    missing: [],
    corrupt: [],
    durationMs: 0,
  };
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < hashes.length) {
      const hash = hashes[next++] as string;
      const { outcome, bytes } = await copyOne(options.from, options.to, hash).catch((error: unknown) => {
        failed = true;
        throw error;
      });
      if (outcome === 'missing' || outcome === 'corrupt') result[outcome].push(hash);
      else result[outcome]++;
      result.bytes += bytes;
      result.done++;
      const { total, done, copied, present, repaired } = result;
      options.onProgress?.({ total, done, copied, present, repaired, bytes: result.bytes });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 4, hashes.length)) }, worker));
  result.missing.sort();
  result.corrupt.sort();
  result.durationMs = performance.now() - started;
  return result;
}
