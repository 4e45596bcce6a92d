import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import type { S3BlobStoreOptions } from '../src/uploads/s3-blob-store';

/** A real S3-protocol server (s3rver) on loopback, for the test's lifetime. */
export interface TestS3 {
  /** Options for `createS3BlobStore` / the gateway's `blobs` setting. */
  options: S3BlobStoreOptions;
  close(): Promise<void>;
}

/** Starts s3rver on an ephemeral port with one empty bucket (s3rver's default key pair). */
export async function startS3(bucket = 'dvc-blobs'): Promise<TestS3> {
  const directory = mkdtempSync(join(tmpdir(), 'dvc-s3-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket, configs: [] }],
  });
  const address = (await server.run()) as unknown as { address: string; port: number };
  return {
    options: {
      bucket,
      endpoint: `http://127.0.0.1:${address.port}`,
      accessKeyId: 'S3RVER',
      secretAccessKey: 'S3RVER',
      forcePathStyle: true,
    },
    async close() {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
