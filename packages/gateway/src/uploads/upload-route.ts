import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import type { GatewayEnv } from '../http/env';
import type { GatewayStorage, UploadRecord } from '../storage/types';
import type { BlobStore } from './blob-store';
import { extensionOf, sniffType } from './sniff';
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
}

/** Every extension some sniffable type uses, to tell "disguised" from "unknown" names. */
const KNOWN_EXTENSIONS = new Set(['pdf', 'jpg', 'jpeg', 'jfif', 'jpe', 'png', 'webp', 'heic', 'heif', 'tif', 'tiff', 'docx', 'xlsx', 'doc', 'xls', 'zip']);

/** The client's file name without directories or control characters, NFC, ≤ 255 chars. */
export function sanitizeFileName(name: string, fallbackExtension: string): string {
  const base = name.split(/[/\\]/).pop() ?? '';
  const clean = base.normalize('NFC').replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(-255);
  return clean === '' || clean === '.' || clean === '..' ? `tep-tin.${fallbackExtension}` : clean;
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

async function readSingleFile(c: Context<GatewayEnv>): Promise<File> {
  if (!(c.req.header('content-type') ?? '').toLowerCase().startsWith('multipart/form-data')) throw new UploadError('not-multipart');
  let form: FormData;
  try {
    form = await c.req.formData();
  } catch {
    throw new UploadError('malformed');
  }
  const files = [...form.values()].filter((v): v is File => typeof v !== 'string');
  if (files.length > 1) throw new UploadError('too-many-files', { max: '1' });
  const file = form.get('file');
  if (file === null || typeof file === 'string') throw new UploadError('file-missing');
  return file;
}

/**
 * `POST /v1/uploads`: one file in the multipart field `file` → 201
 * `{ id, name, size, type, sha256 }`. The type comes from the content (magic bytes);
 * a name whose extension disagrees with the content is refused. Bytes are stored
 * content-addressed (identical files share one blob).
 */
export async function handleUpload(c: Context<GatewayEnv>, deps: UploadDeps): Promise<Response> {
  const file = await readSingleFile(c);
  if (file.size === 0) throw new UploadError('empty');
  if (file.size > deps.limits.maxBytes) throw new UploadError('too-large', { max: formatBytes(deps.limits.maxBytes) });
  const bytes = new Uint8Array(await file.arrayBuffer());
  const sniffed = sniffType(bytes);
  const extension = extensionOf(file.name);
  if (extension !== '' && KNOWN_EXTENSIONS.has(extension) && !(sniffed?.extensions.includes(extension) ?? false)) {
    throw new UploadError('type-mismatch', { extension });
  }
  if (sniffed === undefined || !deps.limits.types.includes(sniffed.type)) throw new UploadError('unsupported-type');
  if (extension !== '' && !sniffed.extensions.includes(extension)) throw new UploadError('type-mismatch', { extension });
  const blob = await deps.blobs.put(bytes);
  const record: UploadRecord = {
    id: `upl_${randomUUID().replaceAll('-', '')}`,
    sha256: blob.sha256,
    name: sanitizeFileName(file.name, sniffed.extensions[0] ?? 'bin'),
    size: blob.size,
    type: sniffed.type,
    createdAt: new Date(),
  };
  await deps.storage.saveUpload(record);
  const { id, name, size, type, sha256 } = record;
  return c.json({ id, name, size, type, sha256 }, 201);
}
