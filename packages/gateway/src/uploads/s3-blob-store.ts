import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import type { BlobStore, StoredBlob } from './blob-store';

/** Where blobs live in S3-compatible object storage (MinIO, Ceph RGW, Vietnamese clouds' S3). */
export interface S3BlobStoreOptions {
  /** Bucket name (3–63 characters); it must exist. */
  bucket: string;
  /** Service URL, e.g. `https://s3.hcm.example.vn` or `http://127.0.0.1:9000`. @default AWS for `region` */
  endpoint?: string;
  /** Region name; most S3-compatible services accept any. @default 'us-east-1' */
  region?: string;
  /** Access key; without one the SDK's default chain (env, profile) applies. */
  accessKeyId?: string;
  /** Secret key, with `accessKeyId`. */
  secretAccessKey?: string;
  /** `bucket` in the path, not the host name; what MinIO, Ceph and most on-premise services need. @default true */
  forcePathStyle?: boolean;
  /** Key prefix of the blobs. @default 'blobs/' */
  prefix?: string;
}

const HASH = /^[0-9a-f]{64}$/;

const isMissing = (error: unknown) => {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e?.name === 'NotFound' || e?.name === 'NoSuchKey' || e?.$metadata?.httpStatusCode === 404;
};

/**
 * A blob store in an S3-compatible bucket, shared by every gateway instance, so a file link
 * signed by one instance resolves on any other. Objects are immutable and named by their
 * SHA-256, so writing the same bytes twice (from two instances) is harmless.
 *
 * @example
 * ```ts
 * const blobs = createS3BlobStore({ bucket: 'dvc-gateway', endpoint: 'http://127.0.0.1:9000', accessKeyId, secretAccessKey });
 * ```
 */
export function createS3BlobStore(options: S3BlobStoreOptions): BlobStore {
  const client = new S3Client({
    region: options.region ?? 'us-east-1',
    forcePathStyle: options.forcePathStyle ?? true,
    // Newer SDKs add CRC trailers (aws-chunked) to streamed bodies by default; many
    // S3-compatible services (older MinIO and Ceph RGW, s3rver) store the framing as data.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...(options.accessKeyId && options.secretAccessKey
      ? { credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey } }
      : {}),
  });
  const Bucket = options.bucket;
  const prefix = options.prefix ?? 'blobs/';
  const keyOf = (sha256: string) => `${prefix}${sha256.slice(0, 2)}/${sha256}`;

  const has = async (sha256: string) => {
    if (!HASH.test(sha256)) return false;
    try {
      await client.send(new HeadObjectCommand({ Bucket, Key: keyOf(sha256) }));
      return true;
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  };
  const upload = async (
    sha256: string,
    size: number,
    body: Uint8Array | ReturnType<typeof createReadStream>,
  ): Promise<StoredBlob> => {
    if (await has(sha256)) return { sha256, size, deduplicated: true };
    await client.send(
      new PutObjectCommand({
        Bucket,
        Key: keyOf(sha256),
        Body: body,
        ContentLength: size,
        ContentType: 'application/octet-stream',
      }),
    );
    return { sha256, size, deduplicated: false };
  };

  return {
    kind: 's3',
    put: (bytes) => upload(createHash('sha256').update(bytes).digest('hex'), bytes.length, bytes),
    async putFile(path, sha256, size) {
      try {
        return await upload(sha256, size, createReadStream(path));
      } finally {
        await rm(path, { force: true });
      }
    },
    async get(sha256) {
      if (!HASH.test(sha256)) return undefined;
      try {
        const answer = await client.send(new GetObjectCommand({ Bucket, Key: keyOf(sha256) }));
        return answer.Body === undefined ? undefined : await answer.Body.transformToByteArray();
      } catch (error) {
        if (isMissing(error)) return undefined;
        throw error;
      }
    },
    has,
    async delete(sha256) {
      if (HASH.test(sha256)) await client.send(new DeleteObjectCommand({ Bucket, Key: keyOf(sha256) }));
    },
    async *list() {
      let ContinuationToken: string | undefined;
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket, Prefix: prefix, ContinuationToken }));
        for (const item of page.Contents ?? []) {
          const hash = item.Key?.slice(item.Key.lastIndexOf('/') + 1) ?? '';
          if (HASH.test(hash)) yield hash;
        }
        ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (ContinuationToken !== undefined);
    },
  };
}
