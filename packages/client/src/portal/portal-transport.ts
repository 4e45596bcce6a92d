import { AuthError } from '../errors/auth-error';
import { ConnectionError } from '../errors/connection-error';
import { PortalError } from '../errors/portal-error';
import { ResponseValidationError } from '../errors/response-validation-error';
import type { HttpEngine } from '../http/engine';
import { merged } from '../http/merge';
import type { CallOptions, HttpResult } from '../http/types';
import { classifyAnswer } from './answer-outcome';
import type { LgspOptions } from './lgsp';
import { lgspRoute } from './lgsp';
import { createSessionManager } from './session';
import { portalMessages } from './messages';

/** Where the session comes from: a username/password login, or your own provider. */
export type SessionSource =
  | { credentials: { username: string; password: string }; sessionProvider?: never }
  | { sessionProvider: () => Promise<string>; credentials?: never };

/** A successful portal answer (`error_code` numerically 0, or a plain-text "thành công"). */
export interface PortalAnswer {
  /** wire: result — or `data`, where an adapter answers with that key instead (the GPLX adapter). */
  result?: unknown;
  /** wire: message (a plain-text answer is kept here whole) */
  message?: string;
  /** The answer exactly as received. */
  raw: unknown;
  /** Id of the request that got the answer. */
  requestId: string;
}

/** Options of one portal call. */
export interface ServiceCallOptions extends CallOptions {
  /** The service writes: never resent blindly; an unclear outcome becomes `maybeDelivered`. @default false */
  write?: boolean;
}

/** Sends portal service calls with a session, logging in again when a call is refused. */
export interface PortalTransport {
  call(service: string, payload: Record<string, unknown>, options?: ServiceCallOptions): Promise<PortalAnswer>;
}

/** How the transport reaches the portal (resolved from the client's options). */
export interface PortalTransportOptions {
  agencyCode: string;
  loginPath: string;
  integrationPath: string;
  /** Path of the shared catalogues (`LayDanhMucCoQuan`, `LayDanhMucLinhVuc`, `LayDanhSachTTHC`, `TraCuuTechID`). */
  sharePath: string;
  /** `dstcode` header (a routing code issued per connecting system); not sent when absent. */
  dstcode?: string;
  /** `Charset` header; `false` leaves it out. */
  charset: string | false;
  /** Fresh login once a session is this old, in ms. */
  sessionMaxAgeMs: number;
  /** Re-logins one call may make when its answers keep failing. */
  maxRelogins: number;
  /** Post dossier pushes as bare arrays to a provincial LGSP instead. */
  lgsp?: LgspOptions;
}

/**
 * Replays one call may make in all after refusals: the re-logins it caused (at most
 * `maxRelogins`) and those it found already under way because many calls in flight saw the
 * same session refused at once (a burst, not this call failing).
 */
const MAX_REPLAYS = 40;

/** Services the corpus sends to `share_endpoint`. */
const SHARED_SERVICES = new Set(['LayDanhMucCoQuan', 'LayDanhMucLinhVuc', 'LayDanhSachTTHC', 'TraCuuTechID']);

const missingErrorCode = (details: ConstructorParameters<typeof ResponseValidationError>[1]) =>
  new ResponseValidationError(
    [{ path: 'error_code', code: 'required', messages: portalMessages.localize('portal.error-code-missing') }],
    details,
  );

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Builds the portal transport: the envelope `{ session, madonvi, service, …payload }`
 * POSTed to `integrationPath` (shared catalogues to `sharePath`) with the `Charset` and
 * `dstcode` headers, answers classified by {@link classifyAnswer}, lazy single-flight
 * login renewed by age, and a re-login + replay when a call is refused — the corpus knows
 * no "session expired" code, so any refusal (HTTP 401/403 or a failing answer) gets one
 * more try with a fresh session, up to `maxRelogins`, and is then thrown as it came.
 * "Already exists" answers are never retried. A malformed answer to a read is retried; to
 * a write it becomes a `ConnectionError` with `maybeDelivered: true`.
 */
export function createPortalTransport(
  http: HttpEngine,
  options: SessionSource & PortalTransportOptions,
): PortalTransport {
  const headers: Record<string, string> = {};
  if (options.charset !== false) headers.Charset = options.charset;
  if (options.dstcode !== undefined) headers.dstcode = options.dstcode;

  const login = async (garbled = 0): Promise<string> => {
    if (options.sessionProvider) return options.sessionProvider();
    let result;
    try {
      result = await http.send({
        method: 'POST',
        path: options.loginPath,
        json: options.credentials,
        headers,
        safe: true,
        service: 'login',
      });
    } catch (error) {
      // Logging in twice is harmless, so a garbled answer is simply asked again.
      if (error instanceof ResponseValidationError && error.issues[0]?.code === 'invalid-json' && garbled < 2)
        return login(garbled + 1);
      throw error;
    }
    const body = result.data;
    const details = { requestId: result.requestId, attempts: result.attempts, status: result.status, service: 'login' };
    if (result.status === 401 || result.status === 403) throw new AuthError(details);
    if (!isRecord(body) || body.error_code === undefined) throw missingErrorCode(details);
    if (classifyAnswer(body).outcome !== 'success' || typeof body.session !== 'string' || body.session === '') {
      throw new AuthError({ ...details, portalCode: String(body.error_code) });
    }
    return body.session;
  };
  const sessions = createSessionManager(() => login(), { maxAgeMs: options.sessionMaxAgeMs });

  const send = (
    service: string,
    payload: Record<string, unknown>,
    session: string | undefined,
    write: boolean,
    callOptions: CallOptions,
  ): Promise<HttpResult> => {
    const lgsp = options.lgsp ? lgspRoute(options.lgsp, service, payload) : undefined;
    if (lgsp) {
      return http.send(
        merged(callOptions, {
          method: 'POST' as const,
          path: lgsp.url,
          json: lgsp.body,
          headers: { ...headers, ...options.lgsp?.headers },
          safe: !write,
          service,
        }),
      );
    }
    // `{ ...callOptions, … }` and `{ session, madonvi, service, ...payload }`, without V8's slow path (see `merged`).
    return http.send(
      merged(callOptions, {
        method: 'POST' as const,
        path: SHARED_SERVICES.has(service) ? options.sharePath : options.integrationPath,
        json: merged({ session, madonvi: options.agencyCode, service }, payload),
        headers,
        safe: !write,
        service,
      }),
    );
  };

  async function call(
    service: string,
    payload: Record<string, unknown>,
    opts: ServiceCallOptions = {},
  ): Promise<PortalAnswer> {
    const { write = false, ...callOptions } = opts;
    const viaLgsp = options.lgsp !== undefined && lgspRoute(options.lgsp, service, payload) !== undefined;
    // Re-logins this call caused, and replays after refusals of a session already replaced by another call.
    let relogins = 0;
    let replays = 0;
    let malformed = 0;
    const retrySession = (session: string) => {
      if (sessions.invalidate(session)) relogins += 1;
      return ++replays <= MAX_REPLAYS;
    };
    for (;;) {
      const session = viaLgsp ? undefined : await sessions.get();
      let result;
      try {
        result = await send(service, payload, session, write, callOptions);
      } catch (error) {
        if (!(error instanceof ResponseValidationError) || error.issues[0]?.code !== 'invalid-json') throw error;
        // A garbled answer: a read can simply be asked again; a write may have been applied.
        if (write)
          throw new ConnectionError({
            service,
            requestId: error.requestId,
            attempts: error.attempts,
            cause: error,
            maybeDelivered: true,
          });
        if (++malformed > 2) throw error;
        continue;
      }
      const details = { service, requestId: result.requestId, attempts: result.attempts, status: result.status };
      const body = result.data;
      const refusedSession = result.status === 401 || result.status === 403;
      if (refusedSession) {
        if (session !== undefined && relogins < options.maxRelogins && retrySession(session)) continue;
        throw new AuthError(details);
      }
      if (result.status >= 300) throw new ConnectionError({ ...details, maybeDelivered: write });
      if (isRecord(body) && body.error_code === undefined) throw missingErrorCode(details);
      if (!isRecord(body) && typeof body !== 'string') throw missingErrorCode(details);
      const answer = classifyAnswer(body);
      // No expired-session code is known: a refusal may be a stale session, so try again with a fresh one.
      if (
        answer.outcome === 'failure' &&
        session !== undefined &&
        relogins < options.maxRelogins &&
        retrySession(session)
      )
        continue;
      const listed = isRecord(body) ? (body.result !== undefined ? body.result : body.data) : undefined;
      if (answer.outcome !== 'success') {
        throw new PortalError(answer.code ?? '', answer.message, {
          ...details,
          ...(listed !== undefined ? { result: listed } : {}),
          outcome: answer.outcome,
          raw: body,
        });
      }
      // Assigned, not spread: a spread followed by more properties is slow on Node 20 (see `merged`).
      const ok = {} as PortalAnswer;
      if (listed !== undefined) ok.result = listed;
      if (answer.message !== '') ok.message = answer.message;
      ok.raw = body;
      ok.requestId = result.requestId;
      return ok;
    }
  }

  return { call };
}
