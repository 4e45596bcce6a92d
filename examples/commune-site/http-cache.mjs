// What the site server does to every answer so weak connections fetch less: content
// negotiation (brotli, else gzip), a strong ETag per representation with 304 answers, and
// Cache-Control — a year and `immutable` for content-hashed files, revalidation for the rest.
// node:zlib and node:crypto only: the example site has no dependencies.
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Cache-Control of a file whose name carries its content hash: fresh for a year, never revalidated. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Cache-Control of everything else: the browser may keep it but asks (If-None-Match) before using it. */
export const REVALIDATE = 'no-cache';

/** Smaller bodies are sent as they are: the headers would cost more than compression saves. */
const MIN_COMPRESS_BYTES = 512;
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|manifest\+json)|image\/svg\+xml)/;

/**
 * The encoding to send for an `Accept-Encoding` header: `br` when accepted, else `gzip`, else
 * none (`identity`). A `q=0` refuses that encoding.
 *
 * @example chooseEncoding('gzip, deflate, br, zstd') // 'br'
 */
export function chooseEncoding(acceptEncoding = '') {
  const accepted = new Map();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name) accepted.set(name, q ? Number(q.slice(2)) : 1);
  }
  const ok = (name) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return 'identity';
}

/** A strong ETag of a body: 16 characters of its SHA-256, plus the encoding (each representation has its own). */
export function etagOf(body, encoding = 'identity') {
  const hash = createHash('sha256').update(body).digest('base64url').slice(0, 16);
  return `"${hash}${encoding === 'identity' ? '' : `-${encoding}`}"`;
}

/** True when `If-None-Match` lists `etag` (or `*`); weak comparison, as RFC 9110 asks for GET. */
export function notModified(ifNoneMatch, etag) {
  if (!ifNoneMatch) return false;
  const strip = (tag) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || strip(tag) === strip(etag));
}

/**
 * Compresses `body` for `encoding` when its type is text-like and it is large enough.
 * `level: 'max'` is for files compressed once and kept (brotli 11); the default suits a body
 * made per request (brotli 5).
 * @returns {{ body: Buffer, encoding: 'br' | 'gzip' | 'identity' }}
 */
export function compress(body, type, encoding, { level = 'fast' } = {}) {
  if (encoding === 'identity' || body.length < MIN_COMPRESS_BYTES || !COMPRESSIBLE.test(type)) return { body, encoding: 'identity' };
  if (encoding === 'br') {
    const quality = level === 'max' ? constants.BROTLI_MAX_QUALITY : 5;
    return { body: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }), encoding };
  }
  return { body: gzipSync(body, { level: level === 'max' ? 9 : 6 }), encoding };
}

/**
 * A cache of compressed static files, keyed by path, modification time and encoding, so a
 * file is compressed once (at the highest level) however often it is sent.
 */
export function createCompressedCache() {
  const entries = new Map();
  return {
    /** @returns {{ body: Buffer, encoding: string, etag: string }} */
    get(key, mtimeMs, body, type, encoding) {
      const id = `${key}\0${encoding}`;
      const hit = entries.get(id);
      if (hit && hit.mtimeMs === mtimeMs) return hit;
      const out = compress(body, type, encoding, { level: 'max' });
      const entry = { ...out, etag: etagOf(body, out.encoding), mtimeMs };
      entries.set(id, entry);
      return entry;
    },
  };
}
