import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
// @ts-expect-error -- plain ESM script without type declarations
import { createSiteServer, ownAssetNames } from '../../examples/commune-site/serve.mjs';
import { root } from './stack';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const cdn = join(root, 'packages/elements/dist/cdn');
const manifest = JSON.parse(readFileSync(join(cdn, 'manifest.json'), 'utf8')) as Record<string, string>;
let server: ReturnType<typeof createSiteServer>;
let base = '';

/** GET with raw bytes (no automatic decompression), as a browser sees the wire. */
function get(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>(
    (done, fail) => {
      request(`${base}${path}`, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      })
        .on('error', fail)
        .end();
    },
  );
}

beforeAll(async () => {
  if (!existsSync(join(cdn, 'manifest.json')))
    throw new Error('Build the widgets first: pnpm --filter @dvc-kit/elements build');
  server = createSiteServer({ gateway: 'http://127.0.0.1:9' });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('the example site’s server (examples/commune-site/serve.mjs)', () => {
  test('pages name the content-hashed widget files and preload the gateway data, and are revalidated', async () => {
    const page = await get('/thu-tuc?ma=1.001193');
    const html = page.body.toString();
    expect(html).toContain(
      `src="/vendor/${manifest['dvc-loader.js']}" data-src="/vendor/${manifest['dvc-elements.js']}"`,
    );
    // The page templates are Prettier-formatted (`<link … />`): the server accepts either form.
    expect(html).toMatch(new RegExp(`<link rel="modulepreload" href="/vendor/${manifest['dvc-elements.js']}" ?/?>`));
    expect(html).toMatch(/<link rel="preconnect" href="http:\/\/127\.0\.0\.1:9" crossorigin ?\/?>/);
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
    // dvc-elements.js is now a 3 kB loader of chunks: the ratio is checked on the largest chunk.
    expect(br.body.length).toBeLessThan(plain.length / 2);
    const largest = readdirSync(cdn)
      .filter((f) => /-[0-9A-Z]{8}\.js$/.test(f))
      .sort((a, b) => statSync(join(cdn, b)).size - statSync(join(cdn, a)).size)[0]!;
    const chunk = await get(`/vendor/${largest}`, { 'accept-encoding': 'br' });
    expect(chunk.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(chunk.body.length).toBeLessThan(statSync(join(cdn, largest)).size / 3);
    const gz = await get(`/vendor/${name}`, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(plain)).toBe(true);
    const none = await get(`/vendor/${name}`);
    expect(none.headers['content-encoding']).toBeUndefined();
    expect(none.body.equals(plain)).toBe(true);
    expect((await get('/vendor/dvc-elements.js')).headers['cache-control']).toBe('no-cache');
  });

  test('each page preloads the chunks of the widgets it shows, and no other widget', async () => {
    const preloads = JSON.parse(readFileSync(join(cdn, 'preload.json'), 'utf8')) as Record<string, string[]>;
    const hinted = (html: string) =>
      new Set([...html.matchAll(/<link rel="modulepreload" href="\/vendor\/([^"]+)" ?\/?>/g)].map((m) => m[1]));
    const form = hinted((await get('/thu-tuc?ma=1.001193')).body.toString());
    for (const file of [...preloads['dvc-elements.js']!, ...preloads['dvc-dossier-form']!, ...preloads['dvc-sign-in']!])
      expect(form).toContain(file);
    const home = hinted((await get('/')).body.toString());
    for (const file of preloads['dvc-procedure-search']!) expect(home).toContain(file);
    expect(home).not.toContain(preloads['dvc-dossier-form']![0]);
    expect(home).not.toContain(preloads['dvc-my-dossiers']![0]);
  });

  test('the site’s own stylesheet and scripts are named by content and cached for a year; other names are not found', async () => {
    const own = ownAssetNames(join(root, 'examples/commune-site/public')) as Record<string, string>;
    const html = (await get('/thu-tuc?ma=1.001193')).body.toString() + (await get('/')).body.toString();
    for (const [plain, hashed] of Object.entries(own)) {
      expect(hashed).toMatch(/\.[0-9a-f]{8}\.(css|js)$/);
      expect(html).toContain(`"/${hashed}"`);
      expect(html).not.toContain(`"/${plain}"`);
      const file = await get(`/${hashed}`);
      expect(file.status).toBe(200);
      expect(file.body).toEqual(readFileSync(join(root, 'examples/commune-site/public', plain)));
      expect(file.headers['cache-control']).toContain('immutable');
    }
    expect((await get('/styles.00000000.css')).status).toBe(404);
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
