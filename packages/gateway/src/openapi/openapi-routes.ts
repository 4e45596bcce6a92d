import { PUBLIC_API_PATHS } from '@dvc-kit/core';
import type { Hono } from 'hono';
import type { GatewayEnv } from '../http/env';
import { renderDocsPage } from './docs-page';
import { buildOpenApiDocument } from './openapi-document';

/** `GET /openapi.json` and `GET /docs`, built once on first request. */
export function mountOpenApiRoutes(app: Hono<GatewayEnv>): void {
  let cached: { json: string; html: string } | undefined;
  const built = () => {
    if (cached === undefined) {
      const doc = buildOpenApiDocument();
      cached = { json: JSON.stringify(doc), html: renderDocsPage(doc) };
    }
    return cached;
  };
  app.get(PUBLIC_API_PATHS.openapi, (c) => {
    c.header('access-control-allow-origin', '*');
    c.header('cache-control', 'public, max-age=3600');
    return c.body(built().json, 200, { 'content-type': 'application/json; charset=utf-8' });
  });
  app.get(PUBLIC_API_PATHS.docs, async (c) => {
    c.header('cache-control', 'public, max-age=3600');
    return c.html(built().html);
  });
}
