import { SESSION_WRITE_HEADER } from '@dvc-kit/core';
import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import type { GatewayEnv } from './env';
import type { Logger } from './logger';
import { httpMessages } from './messages';

/**
 * Headers for an API that only ever returns JSON: nothing may be rendered, framed or
 * sniffed. Responses stay readable cross-origin (widgets on commune sites call it).
 * `styleSrc` lets an HTML page (the API reference) use its own styles — still no scripts.
 *
 * A header already on the answer is kept (hono's `overwrite: false`), so a route that needs
 * another policy puts its own instance in front of its handler and the app-wide one, mounted
 * first, leaves it alone.
 *
 * @example
 * ```ts
 * app.use(apiSecurityHeaders());
 * routes.get('/docs', apiSecurityHeaders({ styleSrc: DOCS_STYLE_SRC }), renderDocs);
 * ```
 */
export function apiSecurityHeaders(options: { styleSrc?: string[] } = {}): MiddlewareHandler<GatewayEnv> {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'none'"],
      frameAncestors: ["'none'"],
      baseUri: ["'none'"],
      ...(options.styleSrc ? { styleSrc: options.styleSrc, formAction: ["'none'"] } : {}),
    },
    crossOriginResourcePolicy: 'cross-origin',
    crossOriginOpenerPolicy: 'same-origin',
    referrerPolicy: 'no-referrer',
    xFrameOptions: 'DENY',
    xContentTypeOptions: true,
    strictTransportSecurity: 'max-age=31536000; includeSubDomains',
    permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
    overwrite: false,
  });
}

/** Options of {@link corsAllowlist}. */
export interface CorsOptions {
  /**
   * Let origins listed BY NAME send cookies (`Access-Control-Allow-Credentials: true`) and
   * the session write header; a `*` entry never gets credentials. For the gateway's
   * sign-in (`sso`). @default false
   */
  credentials?: boolean;
  /** Called with the `Origin` of each request that gets no CORS grant (see {@link refusedOriginLog}). */
  onRefused?: (origin: string) => void;
}

/** Most refused origins {@link refusedOriginLog} remembers (and so logs once each); later ones are not logged. */
const REFUSED_ORIGINS_LOGGED = 100;

/**
 * Logs, once per origin, a warning `cors.origin-refused` for a site the gateway does not
 * allow, with the fix in English and Vietnamese: the browser there shows its widgets an
 * unreadable answer, and the operator otherwise sees only `200` in the request log.
 *
 * @example
 * ```ts
 * app.use('/v1/*', corsAllowlist(config.allowedOrigins, { onRefused: refusedOriginLog(logger, config.allowedOrigins) }));
 * ```
 */
export function refusedOriginLog(logger: Logger, allowedOrigins: readonly string[]): (origin: string) => void {
  const seen = new Set<string>();
  return (origin) => {
    const key = origin.slice(0, 200);
    if (seen.has(key) || seen.size >= REFUSED_ORIGINS_LOGGED) return;
    seen.add(key);
    const list = [...allowedOrigins, key].join(',');
    const fix = httpMessages.localize('cors.origin-refused.fix', { origin: key, list });
    logger.warn('cors.origin-refused', { origin: key, fix: fix.en, fixVi: fix.vi });
  };
}

/**
 * CORS for the public API: only origins in `allowedOrigins` get
 * `Access-Control-Allow-Origin` (an entry `*` allows every origin). Requests from other
 * origins are still answered — the browser withholds the response — so no data leaks.
 * Credentials are allowed only with `options.credentials`, and then only for named origins.
 *
 * @example
 * ```ts
 * app.use('/v1/*', corsAllowlist(['https://xaeakar.daklak.gov.vn']));
 * ```
 */
export function corsAllowlist(
  allowedOrigins: readonly string[],
  options: CorsOptions = {},
): MiddlewareHandler<GatewayEnv> {
  const any = allowedOrigins.includes('*');
  const allowed = new Set(allowedOrigins.map((o) => o.replace(/\/+$/, '').toLowerCase()));
  const named = (origin: string) => options.credentials === true && allowed.has(origin.toLowerCase());
  const allowOrigin = (origin: string) =>
    named(origin) ? origin : any ? '*' : allowed.has(origin.toLowerCase()) ? origin : null;
  const exposeHeaders = ['X-Request-Id', 'Location', 'Retry-After', 'Content-Language'];
  const preflightOptions = {
    origin: allowOrigin,
    allowMethods: ['GET', 'POST', 'OPTIONS'],
    allowHeaders: ['Content-Type', 'Accept-Language', 'Idempotency-Key', 'X-Request-Id'],
    exposeHeaders,
    maxAge: 600,
    credentials: false,
  };
  const preflight = cors(preflightOptions);
  const credentialedPreflight = cors({
    ...preflightOptions,
    allowHeaders: [...preflightOptions.allowHeaders, SESSION_WRITE_HEADER],
    credentials: true,
  });
  const expose = exposeHeaders.join(',');
  // Other requests get the same headers as hono's `cors` gives them, set on the final
  // response (errors included) rather than on a placeholder made before the handler runs:
  // merging that placeholder turned every answer into a full web Response (slow path).
  const refused = (requested: string | undefined) => {
    if (requested && options.onRefused && allowOrigin(requested) === null) options.onRefused(requested);
  };
  return async (c, next) => {
    const requestOrigin = c.req.header('origin') || '';
    refused(requestOrigin);
    if (c.req.method === 'OPTIONS') return named(requestOrigin) ? credentialedPreflight(c, next) : preflight(c, next);
    const origin = allowOrigin(requestOrigin);
    await next();
    const headers = c.res.headers;
    if (origin) headers.set('Access-Control-Allow-Origin', origin);
    if (origin && named(requestOrigin)) headers.set('Access-Control-Allow-Credentials', 'true');
    headers.set('Access-Control-Expose-Headers', expose);
    headers.append('Vary', 'Origin');
  };
}
