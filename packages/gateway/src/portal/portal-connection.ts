import { PortalError, createPortalClient } from '@dvc-kit/client';
import type { PortalClient } from '@dvc-kit/client';
import { GatewayError, gatewayError } from '../errors/gateway-error';
import { portalMessages } from './messages';

/** Where the portal (or the sandbox) is and how to log in. */
export interface PortalSettings {
  baseUrl: string;
  username: string;
  password: string;
  /** Mã đơn vị the gateway calls as — wire: madonvi. */
  agencyCode: string;
  /** `dstcode` header on every portal call. @default none */
  dstcode?: string;
  /** `Charset` header on every portal call, or `false`. @default 'utf-8' */
  charset?: string | false;
  /** Login path under `baseUrl`. @default 'auth/login' */
  loginPath?: string;
  /** Integration path under `baseUrl`. @default 'integration' */
  integrationPath?: string;
}

/**
 * The gateway's connection to the portal. Every portal call goes through the typed client
 * (`@dvc-kit/client`), extension fields included: the sandbox's form `BIEUMAU` stays in
 * `getProcedure(…).extraWireFields`, the report comes from `digitizationReport`.
 */
export interface PortalConnection {
  /** The typed client: dossier sync, catalogue, look-ups, ratings, reports. */
  client: PortalClient;
  /** The calling unit — wire: madonvi. */
  agencyCode: string;
}

/**
 * Builds the portal connection: one client, logging in with the settings' credentials
 * (lazily, once for all concurrent calls, again when the session expires).
 *
 * @example
 * ```ts
 * const portal = createPortalConnection({ baseUrl: 'http://127.0.0.1:8790', username, password, agencyCode: '000.00.00.H66' });
 * await portal.client.syncDossier(dossier);
 * ```
 */
export function createPortalConnection(settings: PortalSettings): PortalConnection {
  const client = createPortalClient({
    baseUrl: settings.baseUrl,
    agencyCode: settings.agencyCode,
    credentials: { username: settings.username, password: settings.password },
    ...(settings.dstcode !== undefined ? { dstcode: settings.dstcode } : {}),
    ...(settings.charset !== undefined ? { charset: settings.charset } : {}),
    ...(settings.loginPath !== undefined ? { loginPath: settings.loginPath } : {}),
    ...(settings.integrationPath !== undefined ? { integrationPath: settings.integrationPath } : {}),
    timeout: 10_000,
    totalTimeout: 30_000,
  });
  return { client, agencyCode: settings.agencyCode };
}

/**
 * A failed portal read as the public API answers it: a refusal by the portal (any
 * answer that is not a success — its code is not interpreted, none is documented) is 502
 * `portal.refused`; anything else (network, timeout, 5xx, garbled answer, login) is 503
 * `portal.unavailable`. A `GatewayError` passes unchanged.
 *
 * @example
 * ```ts
 * const rows = await portal.client.digitizationReport(code).catch((e: unknown) => { throw portalFailure(e); });
 * ```
 */
export function portalFailure(error: unknown): GatewayError {
  if (error instanceof GatewayError) return error;
  if (error instanceof PortalError) {
    return gatewayError(portalMessages, 'portal.refused', { status: 502, cause: error });
  }
  return gatewayError(portalMessages, 'portal.unavailable', { status: 503, cause: error });
}
