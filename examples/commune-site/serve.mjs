#!/usr/bin/env node
// The example commune site's web server: node:http, no dependencies, no build step.
//
//   node examples/commune-site/serve.mjs --port 5173 --host 127.0.0.1 --gateway http://127.0.0.1:8787
//
// Serves public/ and the widgets' CDN files at /vendor/ (from @dvc-kit/elements/dist/cdn):
// the all-in-one dvc-elements.js, dvc-loader.js that loads it with retries, fallback.css.
// The gateway URL and the commune's agency code are written into the HTML as attributes of
// <dvc-provider> / the widgets — no inline script, so the page runs under the strict
// Content-Security-Policy a government CMS sends.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { parseArgs } from 'node:util';

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
const PROCEDURE_CODE = /^[0-9A-Za-z.\-]{1,40}$/;

const escapeAttribute = (value) =>
  String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

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
  const vendor = vendorDir ?? join(dirname(createRequire(import.meta.url).resolve('@dvc-kit/elements/package.json')), 'dist', 'cdn');
  const csp = contentSecurityPolicy(gateway);
  const values = { gateway: escapeAttribute(gateway.replace(/\/+$/, '')), agency: escapeAttribute(agency) };

  return createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://site.invalid');
    const send = (status, type, body, extra = {}) => {
      res.writeHead(status, {
        'Content-Type': type,
        'Content-Security-Policy': csp,
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        'Cache-Control': 'no-cache',
        ...extra,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'text/plain; charset=utf-8', 'Method Not Allowed', { Allow: 'GET, HEAD' });

    let path = url.pathname;
    if (path === '/') path = '/index.html';
    if (path === '/thu-tuc') path = '/thu-tuc.html';
    if (path === '/ho-so-cua-toi') path = '/ho-so-cua-toi.html';
    const file = path.startsWith('/vendor/') ? inside(vendor, path.slice('/vendor/'.length)) : inside(publicDir, path.slice(1));
    if (!file) return send(400, 'text/plain; charset=utf-8', 'Bad Request');
    try {
      let body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      if (extname(file) === '.html') {
        // The procedure page is rendered with its procedure code (the search's selection).
        const code = url.searchParams.get('ma') ?? '';
        const page = { ...values, procedure: PROCEDURE_CODE.test(code) ? code : '' };
        body = body.toString('utf8').replace(/\{\{(gateway|agency|procedure)\}\}/g, (_, key) => page[key]);
      }
      send(200, type, body);
    } catch (error) {
      if (error.code === 'ENOENT' || error.code === 'EISDIR') {
        const hint = path.startsWith('/vendor/') ? ' (build the widgets: pnpm --filter @dvc-kit/elements build)' : '';
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
