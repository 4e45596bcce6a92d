import { existsSync, statSync } from 'node:fs';
import { hardeningFromEnvironment } from '../hardening-env';
import { StorageCopyError } from '../storage/copy-error';
import { storageMessages } from '../storage/messages';
import { createBlobStore } from './blob-store';
import type { BlobStore } from './blob-store';
import { createS3BlobStore } from './s3-blob-store';
import type { S3BlobStoreOptions } from './s3-blob-store';

/**
 * Opens a blob store named on the command line: `s3://<bucket>[/<prefix>/]` (the endpoint,
 * region, keys and path style come from the `GATEWAY_S3_*` variables of `env`, as for the
 * gateway itself; the prefix defaults to `GATEWAY_S3_PREFIX`, then `blobs/`) or a gateway
 * data directory (its files are under `<dir>/blobs`). A source directory must exist.
 */
export function openBlobLocation(
  spec: string,
  role: 'source' | 'target',
  env: Record<string, string | undefined>,
): BlobStore {
  const s3 = /^s3:\/\/([^/]+)(?:\/(.*))?$/.exec(spec);
  if (s3 !== null) {
    const bucket = s3[1] as string;
    const path = s3[2] ?? '';
    const settings = hardeningFromEnvironment({ ...env, GATEWAY_S3_BUCKET: bucket }).blobs as {
      kind: 's3';
    } & S3BlobStoreOptions;
    const { kind: _kind, ...options } = settings;
    return createS3BlobStore({
      ...options,
      ...(path === '' ? {} : { prefix: path.endsWith('/') ? path : `${path}/` }),
    });
  }
  if (role === 'source' && !(existsSync(spec) && statSync(spec).isDirectory())) {
    throw new StorageCopyError(
      'storage.copy-blobs-source-missing',
      storageMessages.localize('storage.copy-blobs-source-missing', { path: spec }),
    );
  }
  return createBlobStore(spec);
}

/** How a blob location is shown: the bucket and prefix, or the directory (never a key). */
export const describeBlobLocation = (spec: string): string => (spec.startsWith('s3://') ? spec : `${spec}/blobs`);
