import { StorageCopyError } from '../storage/copy-error';
import { storageMessages } from '../storage/messages';
import { readUploadHashes } from '../storage/copy-storage';
import { describeBlobLocation, openBlobLocation } from '../uploads/blob-location';
import { copyBlobs } from '../uploads/copy-blobs';
import type { BlobCopyProgress, BlobCopyResult } from '../uploads/copy-blobs';
import type { CommandOutput } from './copy-storage-command';
import { bothLanguages as both, errorReport } from './messages';

/** Where the blob step of `copy-storage` reads and writes. */
export interface BlobCopyStep {
  /** The gateway storage whose uploads name the blobs (SQLite file or PostgreSQL URL). */
  storage: string;
  /** `s3://bucket[/prefix]` or a data directory. */
  from: string;
  /** `s3://bucket[/prefix]` or a data directory. */
  to: string;
  /** Environment with the `GATEWAY_S3_*` settings. */
  env: Record<string, string | undefined>;
  /** Print a progress line at most this often, in ms. @default 2000 */
  progressEveryMs?: number;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const progressLine = (p: BlobCopyProgress) =>
  `  ${p.done}/${p.total} ${both('blobs.files')}: ${p.copied} ${both('blobs.copied')}, ${p.present} ${both('blobs.present')}, ` +
  `${p.repaired} ${both('blobs.repaired')}; ${megabytes(p.bytes)}\n`;

/** The closing figures of a blob copy, Vietnamese / English. */
export function formatBlobSummary(result: BlobCopyResult): string {
  const seconds = result.durationMs / 1000;
  return (
    `${both('blobs.summary')}: ${result.total} ${both('blobs.referenced')} — ${result.copied} ${both('blobs.copied')}, ` +
    `${result.present} ${both('blobs.present-verified')}, ${result.repaired} ${both('blobs.repaired')}, ` +
    `${result.missing.length} ${both('blobs.missing')}, ${result.corrupt.length} ${both('blobs.corrupt')}\n` +
    `  ${megabytes(result.bytes)} ${both('blobs.in')} ${seconds.toFixed(2)} s (${megabytes(result.bytes / Math.max(seconds, 0.001))}/s); ` +
    `${both('blobs.verified')}\n`
  );
}

/**
 * The blob part of `dvc-gateway copy-storage`: copies every blob the storage's uploads
 * reference from one blob store to another (verified, idempotent), printing progress and
 * figures. Resolves to the exit code: 0 all there, 1 some missing or damaged at the source.
 * Throws {@link StorageCopyError} when a store cannot be read or written.
 */
export async function runBlobCopyStep(step: BlobCopyStep, out: CommandOutput): Promise<number> {
  const from = openBlobLocation(step.from, 'source', step.env);
  const to = openBlobLocation(step.to, 'target', step.env);
  const hashes = await readUploadHashes(step.storage);
  out.stdout(
    `${both('blobs.copying')}: ${describeBlobLocation(step.from)} → ${describeBlobLocation(step.to)} (${hashes.length})\n`,
  );
  let last = performance.now();
  let result: BlobCopyResult;
  try {
    result = await copyBlobs({
      from,
      to,
      hashes,
      onProgress(progress) {
        if (performance.now() - last < (step.progressEveryMs ?? 2000) && progress.done < progress.total) return;
        last = performance.now();
        out.stdout(progressLine(progress));
      },
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new StorageCopyError(
      'storage.copy-blobs-failed',
      storageMessages.localize('storage.copy-blobs-failed', { detail }),
      { cause: error },
    );
  }
  out.stdout(formatBlobSummary(result));
  if (result.missing.length === 0 && result.corrupt.length === 0) return 0;
  const listed = (hashes: string[]) =>
    hashes.slice(0, 10).join('\n    ') + (hashes.length > 10 ? `\n    … (+${hashes.length - 10})` : '');
  if (result.missing.length > 0) out.stderr(`  ${both('blobs.missing-list')}:\n    ${listed(result.missing)}\n`);
  if (result.corrupt.length > 0) out.stderr(`  ${both('blobs.corrupt-list')}:\n    ${listed(result.corrupt)}\n`);
  out.stderr(errorReport('storage.copy-blobs-incomplete', storageMessages.localize('storage.copy-blobs-incomplete')));
  return 1;
}
