import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { GatewayEnv } from './env';
import type { Logger } from './logger';

const SAFE_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/**
 * Give every request an id: a well-formed incoming `X-Request-Id` (from a load balancer)
 * is kept, anything else is replaced by a UUID. The id is echoed in `X-Request-Id` and
 * put in problem bodies and logs. Logs one access line per request: method, route path
 * (no query string — it may carry verification digits), status and duration.
 */
export function requestContext(logger: Logger): MiddlewareHandler<GatewayEnv> {
  return async (c, next) => {
    const incoming = c.req.header('x-request-id');
    const requestId = incoming !== undefined && SAFE_ID.test(incoming) ? incoming : randomUUID();
    c.set('requestId', requestId);
    const started = performance.now();
    await next();
    c.res.headers.set('x-request-id', requestId);
    logger.info('request', {
      requestId,
      method: c.req.method,
      route: c.req.routePath,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    });
  };
}
