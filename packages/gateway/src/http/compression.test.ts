import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { etag } from 'hono/etag';
import { describe, expect, it } from 'vitest';
import { compressAnswers, negotiateEncoding } from './compression';

const big = { items: Array.from({ length: 200 }, (_, i) => ({ code: String(24000 + i), name: `Xã số ${i}` })) };

function app() {
  const a = new Hono();
  a.use('*', compressAnswers());
  a.use('*', etag({ weak: true }));
  a.get('/big', (c) => c.json(big));
  a.get('/small', (c) => c.json({ ok: true }));
  a.get('/pdf', (c) => c.body(new Uint8Array(4096), 200, { 'content-type': 'application/pdf' }));
  return a;
}

describe('negotiateEncoding', () => {
  it('prefers brotli, then gzip, and honours q=0', () => {
    expect(negotiateEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(negotiateEncoding('gzip;q=1, br;q=0')).toBe('gzip');
    expect(negotiateEncoding('identity')).toBeUndefined();
    expect(negotiateEncoding(undefined)).toBeUndefined();
  });
});

describe('compressAnswers', () => {
  it('sends brotli or gzip as accepted, with Vary and the right length', async () => {
    const br = await app().request('/big', { headers: { 'accept-encoding': 'gzip, br' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toMatch(/Accept-Encoding/);
    const brBody = Buffer.from(await br.arrayBuffer());
    expect(Number(br.headers.get('content-length'))).toBe(brBody.length);
    expect(JSON.parse(brotliDecompressSync(brBody).toString())).toEqual(big);
    expect(brBody.length).toBeLessThan(JSON.stringify(big).length / 4);

    const gz = await app().request('/big', { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(JSON.parse(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString())).toEqual(big);
  });

  it('leaves small, binary and unaccepted answers as they are', async () => {
    const small = await app().request('/small', { headers: { 'accept-encoding': 'br' } });
    expect(small.headers.get('content-encoding')).toBeNull();
    expect(await small.json()).toEqual({ ok: true });
    const pdf = await app().request('/pdf', { headers: { 'accept-encoding': 'br' } });
    expect(pdf.headers.get('content-encoding')).toBeNull();
    const plain = await app().request('/big');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.json()).toEqual(big);
  });

  it('answers a revalidation of an unchanged answer with a bodiless 304, whatever the encoding', async () => {
    const first = await app().request('/big', { headers: { 'accept-encoding': 'br' } });
    const tag = first.headers.get('etag');
    expect(tag).toMatch(/^W\/"/);
    const again = await app().request('/big', { headers: { 'accept-encoding': 'gzip', 'if-none-match': tag! } });
    expect(again.status).toBe(304);
    expect(again.headers.get('content-encoding')).toBeNull();
    expect((await again.arrayBuffer()).byteLength).toBe(0);
  });
});
