import { SESSION_WRITE_HEADER } from '@dvc-kit/core';
import type { Context } from 'hono';
import type { GatewayEnv } from '../http/env';
import { accountError } from './account-errors';
import type { OriginPolicy } from './origins';

/**
 * Refuses (403 `auth.foreign-origin`) a write that carries the session cookie unless it
 * comes from an allowed origin (the `Origin` header, which browsers set on every
 * cross-origin and every POST request) AND carries core's `SESSION_WRITE_HEADER`
 * (`X-DVC-Request: 1`). A plain HTML form cannot set that header, and a script on another
 * site can send it only after a CORS preflight, which the gateway grants to allowed origins only.
 */
export function assertSessionWrite(c: Context<GatewayEnv>, origins: OriginPolicy): void {
  const origin = c.req.header('origin');
  if (!origins.allows(origin) || c.req.header(SESSION_WRITE_HEADER) !== '1') throw accountError('auth.foreign-origin');
}
