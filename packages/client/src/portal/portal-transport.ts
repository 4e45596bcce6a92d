import { PORTAL_ERROR_CODES } from '@dvc-kit/core';
import { AuthError } from '../errors/auth-error';
import { ConnectionError } from '../errors/connection-error';
import { PortalError } from '../errors/portal-error';
import { ResponseValidationError } from '../errors/response-validation-error';
import type { HttpEngine } from '../http/engine';
import { merged } from '../http/merge';
import type { CallOptions } from '../http/types';
import { createSessionManager } from './session';


/** Where the session comes from: a username/password login, or your own provider. */
export type SessionSource =
  | { credentials: { username: string; password: string }; sessionProvider?: never }
  | { sessionProvider: () => Promise<string>; credentials?: never };

/** A successful portal answer (`error_code` 0). */
export interface PortalAnswer {
  /** wire: result */
  result?: unknown;
  /** wire: message */
  message?: string;
  /** Id of the request that got the answer. */
  requestId: string;
}

/** Options of one portal call. */
export interface ServiceCallOptions extends CallOptions {
  /** The service writes: never resent blindly; an unclear outcome becomes `maybeDelivered`. @default false */
  write?: boolean;
}

/** Sends portal service calls with a session, re-logging in once when it expires. */
export interface PortalTransport {
  call(service: string, payload: Record<string, unknown>, options?: ServiceCallOptions): Promise<PortalAnswer>;
}

/** Re-logins one call may trigger before concluding the portal refuses every session. */
const MAX_RELOGINS = 8;

const missingErrorCode = (details: ConstructorParameters<typeof ResponseValidationError>[1]) =>
  new ResponseValidationError([{ path: 'error_code', code: 'required', messages: { vi: 'Thiếu error_code.', en: 'error_code is missing.' } }], details);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Builds the portal transport: the envelope `{ service, session, madonvi, …payload }`
 * POSTed to `integrationPath`, `error_code` checking, lazy single-flight login and one
 * re-login + replay when the portal rejects the session. A malformed answer to a read
 * is retried; to a write it becomes a `ConnectionError` with `maybeDelivered: true`.
 */
export function createPortalTransport(
  http: HttpEngine,
  options: SessionSource & { agencyCode: string; loginPath: string; integrationPath: string },
): PortalTransport {
  const login = async (garbled = 0): Promise<string> => {
    if (options.sessionProvider) return options.sessionProvider();
    let result;
    try {
      result = await http.send({ method: 'POST', path: options.loginPath, json: options.credentials, safe: true, service: 'login' });
    } catch (error) {
      // Logging in twice is harmless, so a garbled answer is simply asked again.
      if (error instanceof ResponseValidationError && error.issues[0]?.code === 'invalid-json' && garbled < 2) return login(garbled + 1);
      throw error;
    }
    const body = result.data;
    const details = { requestId: result.requestId, attempts: result.attempts, status: result.status, service: 'login' };
    if (result.status === 401 || result.status === 403) throw new AuthError(details);
    if (!isRecord(body) || body.error_code === undefined) {
      throw missingErrorCode(details);
    }
    if (Number(body.error_code) !== 0 || typeof body.session !== 'string') {
      throw new AuthError({ ...details, portalCode: String(body.error_code) });
    }
    return body.session;
  };
  const sessions = createSessionManager(() => login());

  async function call(service: string, payload: Record<string, unknown>, opts: ServiceCallOptions = {}): Promise<PortalAnswer> {
    const { write = false, ...callOptions } = opts;
    let relogins = 0;
    let malformed = 0;
    for (;;) {
      const session = await sessions.get();
      let result;
      try {
        // `{ ...callOptions, … }` and `{ ...payload, service, … }`, without V8's slow path (see `merged`).
        result = await http.send(
          merged(callOptions, {
            method: 'POST' as const,
            path: options.integrationPath,
            json: merged(payload, { service, session, madonvi: options.agencyCode }),
            safe: !write,
            service,
          }),
        );
      } catch (error) {
        if (!(error instanceof ResponseValidationError) || error.issues[0]?.code !== 'invalid-json') throw error;
        // A garbled answer: a read can simply be asked again; a write may have been applied.
        if (write) throw new ConnectionError({ service, requestId: error.requestId, attempts: error.attempts, cause: error, maybeDelivered: true });
        if (++malformed > 2) throw error;
        continue;
      }
      const details = { service, requestId: result.requestId, attempts: result.attempts, status: result.status };
      const body = result.data;
      if (result.status === 401 || result.status === 403 || (isRecord(body) && Number(body.error_code) === PORTAL_ERROR_CODES.invalidSession)) {
        sessions.invalidate(session);
        // Re-login and replay; a session rejected again and again means the portal refuses us.
        if (++relogins > MAX_RELOGINS) throw new AuthError(details);
        continue;
      }
      if (result.status >= 300) throw new ConnectionError({ ...details, maybeDelivered: write });
      if (!isRecord(body) || body.error_code === undefined) {
        throw missingErrorCode(details);
      }
      const code = Number(body.error_code);
      if (code !== PORTAL_ERROR_CODES.ok) {
        const message = typeof body.message === 'string' ? body.message : '';
        throw new PortalError(String(body.error_code), message, { ...details, ...(body.result !== undefined ? { result: body.result } : {}) });
      }
      // Assigned, not spread: a spread followed by more properties is slow on Node 20 (see `merged`).
      const answer = {} as PortalAnswer;
      if (body.result !== undefined) answer.result = body.result;
      if (typeof body.message === 'string') answer.message = body.message;
      answer.requestId = result.requestId;
      return answer;
    }
  }

  return { call };
}
