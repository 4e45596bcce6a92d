import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
// @ts-expect-error -- plain ESM script without type declarations
import { createSiteServer } from '../../examples/commune-site/serve.mjs';
import { root } from './stack';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const cdn = join(root, 'packages/elements/dist/cdn');
const manifest = JSON.parse(readFileSync(join(cdn, 'manifest.json'), 'utf8')) as Record<string, string>;
let server: ReturnType<typeof createSiteServer>;
let base = '';

/** GET with raw bytes (no automatic decompression), as a browser sees the wire. */
function get(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((done, fail) => {
    request(`${base}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', fail).end();
  });
}

beforeAll(async () => {
  if (!existsSync(join(cdn, 'manifest.json'))) throw new Error('Build the widgets first: pnpm --filter @dvc-kit/elements build');
  server = createSiteServer({ gateway: 'http://127.0.0.1:9' });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('the example site’s server (examples/commune-site/serve.mjs)', () => {
  test('pages name the content-hashed widget files and preload the gateway data, and are revalidated', async () => {
    const page = await get('/thu-tuc?ma=1.001193');
    const html = page.body.toString();
    expect(html).toContain(`src="/vendor/${manifest['dvc-loader.js']}" data-src="/vendor/${manifest['dvc-elements.js']}"`);
    expect(html).toContain(`<link rel="modulepreload" href="/vendor/${manifest['dvc-elements.js']}">`);
    expect(html).toContain('<link rel="preconnect" href="http://127.0.0.1:9" crossorigin>');
    expect(html).toContain('href="http://127.0.0.1:9/v1/procedures/1.001193"');
    expect(html).not.toContain('{{');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers.etag).toBeTruthy();
    // Without a procedure, no hint for it.
    expect((await get('/thu-tuc')).body.toString()).not.toContain('/v1/procedures/');
  });

  test('hashed files: brotli or gzip as accepted, cached for a year, immutable; plain names revalidated', async () => {
    const name = manifest['dvc-elements.js']!;
    const plain = readFileSync(join(cdn, name));
    const br = await get(`/vendor/${name}`, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(brotliDecompressSync(br.body).equals(plain)).toBe(true);
    expect(br.body.length).toBeLessThan(plain.length / 3);
    const gz = await get(`/vendor/${name}`, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(plain)).toBe(true);
    const none = await get(`/vendor/${name}`);
    expect(none.headers['content-encoding']).toBeUndefined();
    expect(none.body.equals(plain)).toBe(true);
    expect((await get('/vendor/dvc-elements.js')).headers['cache-control']).toBe('no-cache');
  });

  test('a browser’s copy that is still current is confirmed with a bodiless 304', async () => {
    const first = await get('/styles.css', { 'accept-encoding': 'br' });
    expect(first.status).toBe(200);
    const again = await get('/styles.css', { 'accept-encoding': 'br', 'if-none-match': String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    const page = await get('/', { 'accept-encoding': 'br' });
    expect((await get('/', { 'accept-encoding': 'br', 'if-none-match': String(page.headers.etag) })).status).toBe(304);
    expect((await get('/favicon.svg')).status).toBe(200);
  });
});
