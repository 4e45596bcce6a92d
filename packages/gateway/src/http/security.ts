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
  return cors({
    origin: (origin) => (any ? '*' : allowed.has(origin.toLowerCase()) ? origin : null),
    allowMethods: ['GET', 'POST', 'OPTIONS'],
    allowHeaders: ['Content-Type', 'Accept-Language', 'Idempotency-Key', 'X-Request-Id'],
    exposeHeaders: ['X-Request-Id', 'Location', 'Retry-After', 'Content-Language'],
    maxAge: 600,
    credentials: false,
  });
}
