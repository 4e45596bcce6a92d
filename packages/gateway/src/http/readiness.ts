import { PUBLIC_API_PATHS } from '@dvc-kit/core';
import { Hono } from 'hono';
import type { Handler } from 'hono';
import { gatewayError } from '../errors/gateway-error';
import type { GatewayEnv } from './env';
import { httpMessages } from './messages';
import { problemResponse } from './problem';

/** A readiness check: resolves when the dependency is usable, throws otherwise. */
export type ReadinessCheck = () => Promise<void>;

/** How long one check may take before it counts as failed, in ms. */
const CHECK_TIMEOUT_MS = 3000;

async function run(check: ReadinessCheck): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), CHECK_TIMEOUT_MS);
  });
  try {
    await Promise.race([check(), timeout]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * `GET /readyz`: 200 `{ status: 'ready', checks: { storage: 'ok', … } }` when every
 * check passes; otherwise 503 problem+json `gateway.not-ready` with one `errors[]` entry
 * per failed check (path = check name).
 */
export function readinessHandler(checks: Record<string, ReadinessCheck>): Handler<GatewayEnv> {
  return async (c) => {
    const names = Object.keys(checks);
    const results = await Promise.all(names.map((name) => run(checks[name] as ReadinessCheck)));
    const failed = names.filter((_, i) => !results[i]);
    if (failed.length === 0)
      return c.json({ status: 'ready', checks: Object.fromEntries(names.map((n) => [n, 'ok'])) });
    const errors = failed.map((name) => ({
      path: name,
      code: `readiness.${name}`,
      messages: httpMessages.localize('readiness.check', { name }),
    }));
    return problemResponse(c, gatewayError(httpMessages, 'gateway.not-ready', { status: 503, errors }));
  };
}

/**
 * `GET /healthz` (the process answers) and `GET /readyz` (see {@link readinessHandler}), for
 * load balancers and orchestrators.
 */
export function healthRoutes(checks: Record<string, ReadinessCheck>): Hono<GatewayEnv> {
  return new Hono<GatewayEnv>()
    .get(PUBLIC_API_PATHS.healthz, (c) => c.json({ status: 'ok' }))
    .get(PUBLIC_API_PATHS.readyz, readinessHandler(checks));
}
