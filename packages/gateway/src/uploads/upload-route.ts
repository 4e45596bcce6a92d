import { randomUUID } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { PUBLIC_API_PATHS } from '@dvc-kit/core';
import { Hono } from 'hono';
import type { Context } from 'hono';
import { GatewayError } from '../errors/gateway-error';
import { drainBody, nodeRequestBody } from '../http/drain-body';
import type { BodyLimits } from '../http/body-limits';
import type { ClientKeyer } from '../http/client-key';
import type { ClientLimit } from '../http/client-limit';
import type { GatewayEnv } from '../http/env';
import type { GatewayStorage, UploadRecord } from '../storage/types';
import type { BlobStore } from './blob-store';
import { receiveUpload } from './receive-upload';
import type { ReceivedFile } from './receive-upload';
import { extensionOf, sniffType } from './sniff';
import type { UploadGate } from './upload-gate';
import { UploadError } from './upload-error';

/** Limits of `POST /v1/uploads`. */
export interface UploadLimits {
  /** Largest accepted file in bytes. @default 10485760 (10 MiB) */
  maxBytes: number;
  /** Accepted (sniffed) MIME types. @default DEFAULT_UPLOAD_TYPES */
  types: readonly string[];
}

/** Dependencies of {@link handleUpload}. */
export interface UploadDeps {
  storage: GatewayStorage;
  blobs: BlobStore;
  limits: UploadLimits;
  /** Where files are streamed before the blob store takes them. */
  tmpDir: string;
  /** Concurrent uploads of this instance (503 beyond). */
  gate: UploadGate;
  /** Bytes per client per window (429 beyond). */
  quota: ClientLimit;
  keyOf: ClientKeyer;
}

/** Every extension some sniffable type uses, to tell "disguised" from "unknown" names. */
const KNOWN_EXTENSIONS = new Set([
  'pdf',
  'jpg',
  'jpeg',
  'jfif',
  'jpe',
  'png',
  'webp',
  'heic',
  'heif',
  'tif',
  'tiff',
  'docx',
  'xlsx',
  'doc',
  'xls',
  'zip',
]);

/** The client's file name without directories, control or bidi-override characters, well-formed NFC, ≤ 255 chars. */
export function sanitizeFileName(name: string, fallbackExtension: string): string {
  const base = name.split(/[/\\]/).pop() ?? '';
  const clean = base
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters never belong in a file name
    .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '')
    .trim()
    .slice(-255);
  return clean === '' || clean === '.' || clean === '..' ? `tep-tin.${fallbackExtension}` : clean;
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/**
 * `POST /v1/uploads`: one file in the multipart field `file` → 201
 * `{ id, name, size, type, sha256 }`. The type comes from the content (magic bytes);
 * a name whose extension disagrees with the content is refused. The body is streamed to
 * a temporary file while hashed (memory stays flat), then stored content-addressed
 * (identical files share one blob). Beyond the instance's concurrent uploads: 503 with
 * `Retry-After`; beyond the client's byte quota: 429 with `Retry-After` — each sent once the
 * body is read and dropped (up to the largest file), so a client still sending sees it.
 */
export async function handleUpload(c: Context<GatewayEnv>, deps: UploadDeps): Promise<Response> {
  let reading = false;
  try {
    return await deps.gate.run(async () => {
      const declared = Number(c.req.header('content-length'));
      await deps.quota.take(
        c,
        Number.isFinite(declared) && declared > 0 ? Math.min(declared, deps.limits.maxBytes) : deps.limits.maxBytes,
      );
      reading = true;
      const file = await receiveUpload(c.req.raw, {
        tmpDir: deps.tmpDir,
        maxBytes: deps.limits.maxBytes,
        maxLabel: formatBytes(deps.limits.maxBytes),
        body: nodeRequestBody(c),
      });
      try {
        return await storeReceived(c, deps, file);
      } finally {
        await rm(file.path, { force: true });
      }
    });
  } catch (error) {
    // Refused before the body was read (503 busy, 429 quota): read and drop it first, so a client
    // still sending gets this answer, not a reset once the server library stops waiting for it
    // (it gives a body 500 ms). Past one upload's size the rest is cut and the connection closed.
    if (
      !reading &&
      !(await drainBody(nodeRequestBody(c), deps.limits.maxBytes + REFUSAL_DRAIN_SLACK)) &&
      error instanceof GatewayError
    ) {
      error.headers.connection = 'close';
    }
    throw error;
  }
}

/** Multipart framing read on top of the largest file when a refused upload is drained. */
const REFUSAL_DRAIN_SLACK = 64 * 1024;

async function storeReceived(c: Context<GatewayEnv>, deps: UploadDeps, file: ReceivedFile): Promise<Response> {
  if (file.size === 0) throw new UploadError('empty');
  // A ZIP container (DOCX, XLSX) is told apart by its central directory, at its end: read
  // the file (≤ maxBytes, and at most `maxConcurrentUploads` at once).
  const probe = isZip(file.head) ? new Uint8Array(await readFile(file.path)) : file.head;
  const sniffed = sniffType(probe);
  const extension = extensionOf(file.name);
  if (extension !== '' && KNOWN_EXTENSIONS.has(extension) && !(sniffed?.extensions.includes(extension) ?? false)) {
    throw new UploadError('type-mismatch', { extension });
  }
  if (sniffed === undefined || !deps.limits.types.includes(sniffed.type)) throw new UploadError('unsupported-type');
  if (extension !== '' && !sniffed.extensions.includes(extension))
    throw new UploadError('type-mismatch', { extension });
  const blob = await deps.blobs.putFile(file.path, file.sha256, file.size);
  const record: UploadRecord = {
    id: `upl_${randomUUID().replaceAll('-', '')}`,
    sha256: blob.sha256,
    name: sanitizeFileName(file.name, sniffed.extensions[0] ?? 'bin'),
    size: blob.size,
    type: sniffed.type,
    createdAt: new Date(),
    clientKey: deps.keyOf(c),
  };
  await deps.storage.saveUpload(record);
  const { id, name, size, type, sha256 } = record;
  return c.json({ id, name, size, type, sha256 }, 201);
}

const isZip = (head: Uint8Array) => head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;

/**
 * `POST /v1/uploads`: one file (multipart), streamed to the blob store → 201
 * `{ id, name, size, type, sha256 }`. The declared size is checked before the body is read
 * (`bodyLimits.upload`); the receiver caps what is actually sent.
 */
export function uploadRoutes(deps: UploadDeps & { bodyLimits: BodyLimits }): Hono<GatewayEnv> {
  const { bodyLimits, ...upload } = deps;
  return new Hono<GatewayEnv>().post(PUBLIC_API_PATHS.uploads, bodyLimits.upload, (c) => handleUpload(c, upload));
}
