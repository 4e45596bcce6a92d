import type { Logger } from '../http/logger';
import type { GatewayStorage } from '../storage/types';
import type { BlobStore } from './blob-store';

/** A running collector of unreferenced uploads. */
export interface UploadCollector {
  /** One pass now: deletes uploads no dossier references older than the grace time, and their blobs. */
  collect(now?: Date): Promise<{ blobs: number }>;
  stop(): void;
}

/**
 * Deletes uploads no dossier references once they are older than `afterMs` (an abandoned
 * form), then every blob no upload uses any more, every `everyMs` (0 = only on demand).
 * Blobs are shared by hash, so one is deleted only when its last upload goes.
 */
export function startUploadCollector(options: {
  storage: GatewayStorage;
  blobs: BlobStore;
  logger: Logger;
  afterMs: number;
  everyMs: number;
}): UploadCollector {
  const collect = async (now = new Date()) => {
    const hashes = await options.storage.collectUploads(new Date(now.getTime() - options.afterMs));
    for (const sha256 of hashes) await options.blobs.delete(sha256);
    if (hashes.length > 0) options.logger.info('uploads.collected', { blobs: hashes.length });
    return { blobs: hashes.length };
  };
  const timer =
    options.everyMs > 0
      ? setInterval(
          () => void collect().catch(() => options.logger.warn('uploads.collect-failed', {})),
          options.everyMs,
        )
      : undefined;
  timer?.unref();
  return { collect, stop: () => clearInterval(timer) };
}
