import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import { UploadError } from './upload-error';

/** A file received to a temporary file (see {@link receiveUpload}). */
export interface ReceivedFile {
  /** Temporary file holding the bytes; the caller moves it into the blob store or deletes it. */
  path: string;
  /** File name as the client sent it (not yet sanitised). */
  name: string;
  size: number;
  /** SHA-256 of the bytes, lower-case hex. */
  sha256: string;
  /** The first bytes, for content sniffing. */
  head: Uint8Array;
}

/** Bytes kept from the start of the file for sniffing (magic numbers, HEIF brands). */
const HEAD_BYTES = 64;

/**
 * Streams the single multipart `file` field of `request` to a temporary file in `tmpDir`,
 * hashing on the way, so memory stays flat whatever the file's size. Stops reading as soon
 * as the file passes `maxBytes` (413). A second file (400) or a broken body (400) removes
 * the temporary file.
 */
export async function receiveUpload(
  request: Request,
  options: {
    tmpDir: string;
    maxBytes: number;
    maxLabel: string;
    /** The body as a Node stream (else `request.body`). */ body?: Readable;
  },
): Promise<ReceivedFile> {
  const type = request.headers.get('content-type') ?? '';
  const body =
    options.body ??
    (request.body === null
      ? undefined
      : Readable.fromWeb(request.body as import('node:stream/web').ReadableStream<Uint8Array>));
  if (!type.toLowerCase().startsWith('multipart/form-data') || body === undefined)
    throw new UploadError('not-multipart');
  let parser: busboy.Busboy;
  try {
    // busboy reports `limit` when a file REACHES fileSize: one byte more means "larger than maxBytes".
    parser = busboy({
      headers: { 'content-type': type },
      defParamCharset: 'utf8',
      limits: { files: 1, fileSize: options.maxBytes + 1, fields: 20, parts: 30, fieldSize: 64 * 1024 },
    });
  } catch {
    throw new UploadError('malformed');
  }
  await mkdir(options.tmpDir, { recursive: true, mode: 0o700 });
  const path = join(options.tmpDir, `upload-${randomBytes(12).toString('hex')}`);
  let received: Omit<ReceivedFile, 'path'> | undefined;
  let problem: UploadError | undefined;
  let writing: Promise<void> | undefined;

  parser.on('file', (field, stream, info) => {
    if (field !== 'file' || writing !== undefined) {
      stream.resume();
      if (writing !== undefined) problem ??= new UploadError('too-many-files', { max: '1' });
      return;
    }
    const hash = createHash('sha256');
    const head: Buffer[] = [];
    let size = 0;
    stream.on('data', (chunk: Buffer) => {
      hash.update(chunk);
      if (size < HEAD_BYTES) head.push(chunk.subarray(0, HEAD_BYTES - size));
      size += chunk.length;
    });
    stream.on('limit', () => {
      problem ??= new UploadError('too-large', { max: options.maxLabel });
    });
    writing = pipeline(stream, createWriteStream(path, { flags: 'wx', mode: 0o600 })).then(() => {
      received = {
        name: info.filename ?? '',
        size,
        sha256: hash.digest('hex'),
        head: new Uint8Array(Buffer.concat(head)),
      };
    });
  });
  parser.on('filesLimit', () => {
    problem ??= new UploadError('too-many-files', { max: '1' });
  });

  try {
    await pipeline(body, parser);
    await writing;
  } catch (error) {
    await writing?.catch(() => undefined);
    await rm(path, { force: true });
    if (problem !== undefined) throw problem;
    if (error instanceof UploadError) throw error;
    // The body limit middleware aborts an oversized body with its own error: keep it.
    if (error instanceof Error && error.name !== 'Error' && 'status' in error) throw error;
    throw new UploadError('malformed');
  }
  if (problem !== undefined || received === undefined) {
    await rm(path, { force: true });
    throw problem ?? new UploadError('file-missing');
  }
  return { path, ...received };
}
