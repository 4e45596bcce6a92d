import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import type { GatewayEnv } from './env';

/**
 * Headers for an API that only ever returns JSON: nothing may be rendered, framed or
 * sniffed. Responses stay readable cross-origin (widgets on commune sites call it).
 * `styleSrc` lets an HTML page (the API reference) use its own styles — still no scripts.
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
  });
}

/**
 * CORS for the public API: only origins in `allowedOrigins` get
 * `Access-Control-Allow-Origin` (an entry `*` allows every origin). Requests from other
 * origins are still answered — the browser withholds the response — so no data leaks.
 * No cookies are used, so credentials are never allowed.
 *
 * @example
 * ```ts
 * app.use('/v1/*', corsAllowlist(['https://xaeakar.daklak.gov.vn']));
 * ```
 */
export function corsAllowlist(allowedOrigins: readonly string[]): MiddlewareHandler<GatewayEnv> {
  const any = allowedOrigins.includes('*');
  const allowed = new Set(allowedOrigins.map((o) => o.replace(/\/+$/, '').toLowerCase()));
  const allowOrigin = (origin: string) => (any ? '*' : allowed.has(origin.toLowerCase()) ? origin : null);
  const exposeHeaders = ['X-Request-Id', 'Location', 'Retry-After', 'Content-Language'];
  const preflight = cors({
    origin: allowOrigin,
    allowMethods: ['GET', 'POST', 'OPTIONS'],
    allowHeaders: ['Content-Type', 'Accept-Language', 'Idempotency-Key', 'X-Request-Id'],
    exposeHeaders,
    maxAge: 600,
    credentials: false,
  });
  const expose = exposeHeaders.join(',');
  // Other requests get the same headers as hono's `cors` gives them, set on the final
  // response (errors included) rather than on a placeholder made before the handler runs:
  // merging that placeholder turned every answer into a full web Response (slow path).
  return async (c, next) => {
    if (c.req.method === 'OPTIONS') return preflight(c, next);
    const origin = allowOrigin(c.req.header('origin') || '');
    await next();
    const headers = c.res.headers;
    if (origin) headers.set('Access-Control-Allow-Origin', origin);
    headers.set('Access-Control-Expose-Headers', expose);
    headers.append('Vary', 'Origin');
  };
}
