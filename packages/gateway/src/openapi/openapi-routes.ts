import { PUBLIC_API_PATHS } from '@dvc-kit/core';
import { Hono } from 'hono';
import { compressAnswers } from '../http/compression';
import type { GatewayEnv } from '../http/env';
import { apiSecurityHeaders } from '../http/security';
import { DOCS_STYLE_SRC, renderDocsPage } from './docs-page';
import { buildOpenApiDocument } from './openapi-document';

/**
 * `GET /openapi.json` and `GET /docs`, built once on first request and sent compressed. The
 * reference page is the one HTML page that needs styles: it carries its own
 * Content-Security-Policy (its styles, still no scripts), which the gateway-wide headers keep.
 */
export function openApiRoutes(): Hono<GatewayEnv> {
  const compress = compressAnswers();
  let cached: { json: string; html: string } | undefined;
  const built = () => {
    if (cached === undefined) {
      const doc = buildOpenApiDocument();
      cached = { json: JSON.stringify(doc), html: renderDocsPage(doc) };
    }
    return cached;
  };
  const routes = new Hono<GatewayEnv>();
  routes.get(PUBLIC_API_PATHS.openapi, compress, (c) => {
    c.header('access-control-allow-origin', '*');
    c.header('cache-control', 'public, max-age=3600');
    return c.body(built().json, 200, { 'content-type': 'application/json; charset=utf-8' });
  });
  routes.get(PUBLIC_API_PATHS.docs, apiSecurityHeaders({ styleSrc: DOCS_STYLE_SRC }), compress, (c) => {
    c.header('cache-control', 'public, max-age=3600');
    return c.html(built().html);
  });
  return routes;
}
