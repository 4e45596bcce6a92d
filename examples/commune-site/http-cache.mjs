// What the site server does to every answer so weak connections fetch less: content
// negotiation (brotli, else gzip), a strong ETag per representation with 304 answers, and
// Cache-Control — a year and `immutable` for content-hashed files, revalidation for the rest.
// node:zlib and node:crypto only: the example site has no dependencies.
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync } from 'node:zlib';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

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
 * Compresses a body made per request (a page with its attributes filled in) for `encoding`
 * when its type is text-like and it is large enough: brotli 5 or gzip 6, fast for a few kB.
 * @returns {{ body: Buffer, encoding: 'br' | 'gzip' | 'identity' }}
 */
export function compress(body, type, encoding) {
  if (encoding === 'identity' || body.length < MIN_COMPRESS_BYTES || !COMPRESSIBLE.test(type))
    return { body, encoding: 'identity' };
  if (encoding === 'br')
    return { body: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }), encoding };
  return { body: gzipSync(body, { level: 6 }), encoding };
}

/**
 * A cache of compressed static files, keyed by path, modification time and encoding, so a
 * file is compressed once (brotli 11, gzip 9) however often it is sent. Compression runs off
 * the event loop's thread, and {@link createCompressedCache}'s `warm` does it ahead for the
 * files every page needs, so the first visitor does not wait for it.
 */
export function createCompressedCache() {
  const entries = new Map();
  const make = async (body, type, encoding) => {
    if (encoding === 'identity' || body.length < MIN_COMPRESS_BYTES || !COMPRESSIBLE.test(type))
      return { body, encoding: 'identity' };
    const out =
      encoding === 'br'
        ? await brotliAsync(body, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
              [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
            },
          })
        : await gzipAsync(body, { level: 9 });
    return { body: out, encoding };
  };
  return {
    /** @returns {Promise<{ body: Buffer, encoding: string, etag: string }>} */
    get(key, mtimeMs, body, type, encoding) {
      const id = `${key}\0${encoding}`;
      const hit = entries.get(id);
      if (hit && hit.mtimeMs === mtimeMs) return hit.entry;
      const entry = make(body, type, encoding).then((out) => ({ ...out, etag: etagOf(body, out.encoding) }));
      entries.set(id, { mtimeMs, entry });
      entry.catch(() => entries.delete(id));
      return entry;
    },
  };
}
