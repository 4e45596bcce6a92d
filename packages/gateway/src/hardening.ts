import { createHmac } from 'node:crypto';
import type { GatewayConfig } from './config';
import { createClientKeyer } from './http/client-key';
import type { ClientKeyer } from './http/client-key';
import { dossierMessages } from './dossiers/messages';
import { createClientLimit } from './http/client-limit';
import type { ClientLimit } from './http/client-limit';
import type { GatewayStorage } from './storage/types';
import { createBlobStore, uploadTempDir } from './uploads/blob-store';
import type { BlobStore } from './uploads/blob-store';
import { createS3BlobStore } from './uploads/s3-blob-store';
import { uploadMessages } from './uploads/messages';
import { createUploadGate } from './uploads/upload-gate';
import type { UploadGate } from './uploads/upload-gate';

/** The abuse and scale-out guards of issue 11, built from the configuration. */
export interface Guards {
  keyOf: ClientKeyer;
  /** Dossier submissions per client (429). */
  submissions: ClientLimit;
  /** Upload bytes per client (429). */
  uploadBytes: ClientLimit;
  /** Concurrent uploads of this instance (503). */
  uploadGate: UploadGate;
  /** Where uploads are streamed first. */
  uploadTmpDir: string;
}

/** The configured blob store: the data directory (default) or an S3-compatible bucket. */
export function openBlobStore(config: GatewayConfig): BlobStore {
  const blobs = config.blobs;
  if (blobs.kind === 'directory') return createBlobStore(config.dataDir);
  const { kind: _kind, ...s3 } = blobs;
  return createS3BlobStore(s3);
}

/**
 * Builds the {@link Guards}; `secret` is the deployment's file secret when no client-key secret
 * is set; `now` is the clock of the per-client limits (tests simulate time).
 */
export function createGuards(
  config: GatewayConfig,
  storage: GatewayStorage,
  fileSecret: string,
  now?: () => number,
): Guards {
  const secret = config.clientKeySecret ?? createHmac('sha256', fileSecret).update('client-key-secret').digest('hex');
  const keyOf = createClientKeyer(secret);
  const { limits } = config;
  return {
    keyOf,
    submissions: createClientLimit({
      storage,
      keyOf,
      scope: 'submissions',
      max: limits.submissionsPerClient,
      windowMs: limits.submissionWindowMs,
      code: 'dossier.submission-rate-limited',
      messages: dossierMessages,
      ...(now ? { now } : {}),
    }),
    uploadBytes: createClientLimit({
      storage,
      keyOf,
      scope: 'upload-bytes',
      max: limits.uploadBytesPerClient,
      windowMs: limits.uploadWindowMs,
      code: 'upload.quota-exceeded',
      messages: uploadMessages,
      ...(now ? { now } : {}),
    }),
    uploadGate: createUploadGate(limits.maxConcurrentUploads),
    uploadTmpDir: uploadTempDir(config.dataDir),
  };
}
