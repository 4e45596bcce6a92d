#!/usr/bin/env node
// The example commune site's web server: node:http, no dependencies, no build step.
//
//   node examples/commune-site/serve.mjs --port 5173 --host 127.0.0.1 --gateway http://127.0.0.1:8787
//
// Serves public/ and the widgets' CDN files at /vendor/ (from @dvc-kit/elements/dist/cdn):
// dvc-elements.js (which loads each widget's chunk when its tag appears), dvc-loader.js that
// loads it with retries, fallback.css; each page gets modulepreload hints for its widgets' chunks.
// The gateway URL and the commune's agency code are written into the HTML as attributes of
// <dvc-provider> / the widgets — no inline script, so the page runs under the strict
// Content-Security-Policy a government CMS sends.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { parseArgs } from 'node:util';
import {
  chooseEncoding,
  compress,
  createCompressedCache,
  etagOf,
  IMMUTABLE,
  notModified,
  REVALIDATE,
} from './http-cache.mjs';

/** UBND xã Ea Bung in the sandbox's seeded agency list (simulated code). */
export const EA_BUNG_AGENCY_CODE = '000.50.20.H66';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** Mã TTHC as the portal writes it (e.g. `1.001193`); anything else is ignored. */
const PROCEDURE_CODE = /^[0-9A-Za-z.-]{1,40}$/;

const escapeAttribute = (value) =>
  String(value).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );

/** The Content-Security-Policy every page is sent with: nothing inline, the gateway the only other origin. */
export function contentSecurityPolicy(gateway) {
  const origin = new URL(gateway).origin;
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `connect-src 'self' ${origin}`,
    "img-src 'self' data: blob:",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "require-trusted-types-for 'script'",
  ].join('; ');
}

/** Vendor files named by their content: the build's hashed copies (`dvc-elements.1a2b3c4d.js`) and esbuild's chunks (`units-OGUUVO6R.js`). */
const HASHED = /(\.[0-9a-f]{8}\.(js|css)|-[0-9A-Z]{8}\.js)(\.map)?$/;

/** The site's own files a page names: sent under content-hashed names, like the widget files. */
export const OWN_ASSETS = ['styles.css', 'app.js', 'thu-tuc.js'];

/**
 * `{ 'styles.css': 'styles.1a2b3c4d.css', … }` for {@link OWN_ASSETS} (8 hex digits of SHA-256,
 * read when the server starts). A returning visitor's browser keeps these for a year and so does
 * not ask again for them before the page can render (a stylesheet in the head holds rendering and
 * scripts back: one 400 ms round trip on a slow phone link). A name whose file is missing is left out.
 */
export function ownAssetNames(publicDir) {
  const names = {};
  for (const name of OWN_ASSETS) {
    try {
      const hash = createHash('sha256')
        .update(readFileSync(join(publicDir, name)))
        .digest('hex')
        .slice(0, 8);
      const dot = name.lastIndexOf('.');
      names[name] = `${name.slice(0, dot)}.${hash}${name.slice(dot)}`;
    } catch {
      // not there: the page keeps the plain name (a 404, as before)
    }
  }
  return names;
}

/** dist/cdn/manifest.json of @dvc-kit/elements (plain name → content-hashed name), or `{}` before a build that writes it. */
function readManifest(vendor) {
  try {
    return JSON.parse(readFileSync(join(vendor, 'manifest.json'), 'utf8'));
  } catch {
    return {};
  }
}

/**
 * dist/cdn/preload.json of @dvc-kit/elements (`dvc-elements.js` and each lazily loaded tag → the
 * chunks it needs), or `{}` before a build that writes it.
 */
function readPreloads(vendor) {
  try {
    return JSON.parse(readFileSync(join(vendor, 'preload.json'), 'utf8'));
  } catch {
    return {};
  }
}

/**
 * `<link rel="modulepreload">` hints for the CDN chunks a page needs: those of dvc-elements.js
 * and those of every `dvc-` tag written in the page. Placed after the page's own modulepreload
 * of dvc-elements.js, they let the browser fetch the page's widgets at once, in parallel,
 * instead of one round trip after dvc-elements.js has run and found their tags.
 */
export function preloadHints(html, preloads) {
  const files = new Set(preloads['dvc-elements.js'] ?? []);
  for (const [, tag] of html.matchAll(/<(dvc-[a-z-]+)/g)) for (const file of preloads[tag] ?? []) files.add(file);
  return [...files].map((file) => `<link rel="modulepreload" href="/vendor/${file}">`);
}

/** Resolves a URL path inside `base`, or undefined when it would leave it. */
function inside(base, urlPath) {
  const file = normalize(join(base, decodeURIComponent(urlPath)));
  return file === base || file.startsWith(base + sep) ? file : undefined;
}

/**
 * Creates (does not start) the site's HTTP server.
 * @param {{ gateway: string, agency?: string, vendorDir?: string }} options
 */
export function createSiteServer({ gateway, agency = EA_BUNG_AGENCY_CODE, vendorDir }) {
  const publicDir = join(import.meta.dirname, 'public');
  const vendor =
    vendorDir ?? join(dirname(createRequire(import.meta.url).resolve('@dvc-kit/elements/package.json')), 'dist', 'cdn');
  const csp = contentSecurityPolicy(gateway);
  const values = { gateway: escapeAttribute(gateway.replace(/\/+$/, '')), agency: escapeAttribute(agency) };

  // Pages name /vendor/dvc-elements.js etc.; they are sent the hashed names, which the
  // browser may keep for a year without asking again.
  const manifest = readManifest(vendor);
  const preloads = readPreloads(vendor);
  const vendorNames = new RegExp(
    `/vendor/(${
      Object.keys(manifest)
        .map((n) => n.replace(/\./g, '\\.'))
        .join('|') || '(?!)'
    })(?=["'])`,
    'g',
  );
  const own = ownAssetNames(publicDir);
  const ownByHashed = new Map(Object.entries(own).map(([plain, hashed]) => [`/${hashed}`, `/${plain}`]));
  const ownAlternatives =
    Object.keys(own)
      .map((n) => n.replace(/\./g, '\\.'))
      .join('|') || '(?!)';
  const ownNames = new RegExp(`(?<=(?:href|src)=")/(${ownAlternatives})(?=")`, 'g');
  const compressed = createCompressedCache();
  const compressedFile = async (file, encoding) => {
    const [body, info] = await Promise.all([readFile(file), stat(file)]);
    return compressed.get(file, info.mtimeMs, body, TYPES[extname(file)] ?? 'application/octet-stream', encoding);
  };
  // Compress what every page loads now, not while the first visitor waits.
  for (const name of Object.values(manifest))
    for (const encoding of ['br', 'gzip']) compressedFile(join(vendor, name), encoding).catch(() => {});

  return createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://site.invalid');
    const headers = (type, extra) => ({
      'Content-Type': type,
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': REVALIDATE,
      ...extra,
    });
    const send = (status, type, body, extra = {}) => {
      res.writeHead(status, headers(type, extra));
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    /** 200 with the negotiated encoding and ETag, or 304 when the browser's copy is current. */
    const sendCached = (representation, type, cacheControl) => {
      const extra = { 'Cache-Control': cacheControl, ETag: representation.etag, Vary: 'Accept-Encoding' };
      if (representation.encoding !== 'identity') extra['Content-Encoding'] = representation.encoding;
      if (notModified(req.headers['if-none-match'], representation.etag)) {
        res.writeHead(304, headers(type, extra));
        return res.end();
      }
      send(200, type, representation.body, { ...extra, 'Content-Length': representation.body.length });
    };
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(405, 'text/plain; charset=utf-8', 'Method Not Allowed', { Allow: 'GET, HEAD' });

    let path = url.pathname;
    if (path === '/') path = '/index.html';
    if (path === '/thu-tuc') path = '/thu-tuc.html';
    if (path === '/ho-so-cua-toi') path = '/ho-so-cua-toi.html';
    // The site's own files under their hashed names (a name from an older start: not found).
    const ownHashed = ownByHashed.get(path);
    if (ownHashed) path = ownHashed;
    const isVendor = path.startsWith('/vendor/');
    const file = isVendor ? inside(vendor, path.slice('/vendor/'.length)) : inside(publicDir, path.slice(1));
    if (!file) return send(400, 'text/plain; charset=utf-8', 'Bad Request');
    const encoding = chooseEncoding(req.headers['accept-encoding']);
    try {
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      if (extname(file) === '.html') {
        // The procedure page is rendered with its procedure code (the search's selection).
        const code = url.searchParams.get('ma') ?? '';
        const page = { ...values, procedure: PROCEDURE_CODE.test(code) ? code : '' };
        let html = (await readFile(file, 'utf8'))
          // A hint marked data-if-procedure is left out of a page without a procedure.
          .replace(page.procedure ? /(?!)/ : /^.*data-if-procedure.*\n/gm, '')
          .replace(/\{\{(gateway|agency|procedure)\}\}/g, (_, key) => page[key])
          .replace(vendorNames, (_, name) => `/vendor/${manifest[name]}`)
          .replace(ownNames, (_, name) => `/${own[name]}`);
        const hints = preloadHints(html, preloads);
        if (hints.length)
          html = html.replace(
            /^(\s*)(<link rel="modulepreload" href="\/vendor\/dvc-elements[^"]*"\s*\/?>\n)/m,
            (line, indent) => `${line}${hints.map((h) => `${indent}${h}\n`).join('')}`,
          );
        const body = Buffer.from(html);
        const out = compress(body, type, encoding);
        return sendCached({ ...out, etag: etagOf(body, out.encoding) }, type, REVALIDATE);
      }
      const cacheControl = (isVendor && HASHED.test(path)) || ownHashed ? IMMUTABLE : REVALIDATE;
      sendCached(await compressedFile(file, encoding), type, cacheControl);
    } catch (error) {
      if (error.code === 'ENOENT' || error.code === 'EISDIR') {
        const hint = isVendor ? ' (build the widgets: pnpm --filter @dvc-kit/elements build)' : '';
        return send(404, 'text/plain; charset=utf-8', `Không tìm thấy — Not found${hint}`);
      }
      send(500, 'text/plain; charset=utf-8', 'Internal Server Error');
    }
  });
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env.SITE_PORT ?? '5173' },
      host: { type: 'string', default: '127.0.0.1' },
      gateway: { type: 'string', default: process.env.GATEWAY_URL ?? 'http://127.0.0.1:8787' },
      agency: { type: 'string', default: process.env.PORTAL_AGENCY_CODE ?? EA_BUNG_AGENCY_CODE },
    },
  });
  const server = createSiteServer({ gateway: values.gateway, agency: values.agency });
  server.listen(Number(values.port), values.host, () => {
    const { port } = server.address();
    console.log(`Commune site: http://${values.host}:${port}/ (gateway ${values.gateway}, agency ${values.agency})`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
