import { createHmac } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import type { GatewayEnv } from './env';

/** The connection's remote address, or `'unknown'` (e.g. under `app.request()` in tests). */
export function clientAddress(c: Context<GatewayEnv>): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** Turns a request into the key its client is counted under. */
export type ClientKeyer = (c: Context<GatewayEnv>) => string;

/**
 * Rate-limit keys as an HMAC-SHA256 of the client address with a per-deployment secret:
 * stored keys reveal no address, and an unsalted hash of the small IPv4 space cannot be
 * reversed by trying every address without the secret.
 *
 * @example
 * ```ts
 * const keyOf = createClientKeyer(secret); keyOf(c) // '3f9a…' (32 hex)
 * ```
 */
export function createClientKeyer(secret: string): ClientKeyer {
  const key = createHmac('sha256', secret).update('dvc-gateway client-key v1').digest();
  return (c) => createHmac('sha256', key).update(clientAddress(c)).digest('hex').slice(0, 32);
}
