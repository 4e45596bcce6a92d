import type { FaultInjector } from '../faults/fault-injector';
import { knownAgencies } from '../services/agencies';
import { PROVINCE_AGENCY_CODE } from '../seed/agencies';
import type { ServiceContext, ServiceResult } from '../services/context';
import { PortalError, SANDBOX_ERROR_CODES } from '../services/portal-error';
import { SERVICES } from '../services/registry';
import { messageFields, portalRouteMessages } from './messages';
import type { SandboxRuntime } from './runtime';
import { sleep } from './respond';

const LOGIN = 'login';

/** The portal endpoints, by path; `lgsp*` stand in for a provincial LGSP that takes bare arrays. */
export const PORTAL_PATHS = {
  login: '/auth/login',
  integration: '/integration',
  lgspInsert: '/lgsp/them-moi',
  lgspUpdate: '/lgsp/cap-nhat',
  lgspProgress: '/lgsp/tien-do',
} as const;

/** What to send back: JSON (text or UTF-8 bytes) with a status, or nothing at all (the socket is destroyed). */
export type PortalReply = { status: number; text: string | Buffer; headers?: Record<string, string> } | { drop: true };

const reply = (body: unknown, status = 200, headers?: Record<string, string>): PortalReply => ({
  status,
  text: JSON.stringify(body),
  headers,
});
/** The answer cut short so it does not parse (malformed-body fault). */
const malformed = (text: string | Buffer): PortalReply => {
  const end = Math.max(1, Math.floor(text.length / 2));
  return { status: 200, text: typeof text === 'string' ? text.slice(0, end) : text.subarray(0, end) };
};

function parseBody(text: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new PortalError('invalidPayload', portalRouteMessages.localize('body.not-json'), [
      {
        field: '(body)',
        code: 'json',
        messages: portalRouteMessages.localize('body.field'),
      },
    ]);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new PortalError('invalidPayload', portalRouteMessages.localize('body.not-object'), [
      {
        field: '(body)',
        code: 'type',
        messages: portalRouteMessages.localize('body.field'),
      },
    ]);
  }
  return parsed as Record<string, unknown>;
}

/** Runs the pre-handling faults; returns a reply when a fault answers instead of the service. */
async function preFaults(
  faults: FaultInjector,
  service: string,
  onSessionExpiry: () => void,
): Promise<PortalReply | undefined> {
  const delay = faults.latency(service);
  if (delay > 0) await sleep(delay);
  const decision = faults.before(service);
  switch (decision.kind) {
    case 'reset':
      return { drop: true };
    case '503':
      return reply({ error_code: 503, ...messageFields('fault.busy') }, 503);
    case '429':
      return reply({ error_code: 429, ...messageFields('fault.rate-limited') }, 429, {
        'retry-after': String(decision.retryAfterSeconds),
      });
    case 'session-expired':
      onSessionExpiry();
      return undefined;
    case 'none':
      return undefined;
  }
}

/**
 * A failure in the profile's shape. "Already exists" always carries "đã tồn tại" and the next
 * configured code. Extended: the sandbox's own codes and fields. Observed: `{ error_code: "-1",
 * message }` — the corpus knows no failure code, "-1" is its placeholder.
 */
const errorReply = (rt: SandboxRuntime, error: unknown): PortalReply => {
  if (error instanceof PortalError && error.reason === 'alreadyExists') {
    const code = rt.existsCode();
    if (rt.profile === 'observed') return reply({ error_code: code, message: error.messages.vi });
    return reply({ ...error.toBody(), error_code: code });
  }
  if (rt.profile === 'observed') {
    const message =
      error instanceof PortalError ? error.messages.vi : portalRouteMessages.localize('internal.observed').vi;
    return reply({ error_code: '-1', message });
  }
  if (error instanceof PortalError)
    return reply(error.toBody(), error.issues.some((i) => i.field === '(body)') ? 400 : 200);
  return reply({ error_code: -1, ...messageFields('internal') });
};

const CLOSE = Buffer.from('}');

/** The success body `{ error_code: 0, message?, result? }` as JSON text or bytes. */
function answerText(outcome: ServiceResult): string | Buffer {
  const head = `{"error_code":${SANDBOX_ERROR_CODES.ok}${outcome.message ? `,"message":${JSON.stringify(outcome.message)}` : ''}`;
  const encoded = outcome.resultJson;
  if (typeof encoded === 'string') return `${head},"result":${encoded}}`;
  if (encoded !== undefined) return Buffer.concat([Buffer.from(`${head},"result":`), encoded, CLOSE]);
  return outcome.result === undefined ? `${head}}` : `${head},"result":${JSON.stringify(outcome.result)}}`;
}

/** `POST /auth/login` — `{ username, password }` → `{ error_code, session }` (+ `expires_in`, an extension). */
async function login(rt: SandboxRuntime, text: string): Promise<PortalReply> {
  const faulted = await preFaults(rt.faults, LOGIN, () => {});
  if (faulted) return faulted;
  try {
    const body = parseBody(text);
    const { username, password } = body;
    if (typeof username !== 'string' || typeof password !== 'string') {
      throw new PortalError('invalidPayload', portalRouteMessages.localize('login.missing'), [
        {
          field: typeof username !== 'string' ? 'username' : 'password',
          code: 'required',
          messages: portalRouteMessages.localize('login.missing.field'),
        },
      ]);
    }
    if (!rt.credentials.some((cr) => cr.username === username && cr.password === password)) {
      throw new PortalError('invalidCredentials', portalRouteMessages.localize('login.wrong'));
    }
    const expiresAt = rt.clock.now().getTime() + rt.sessionTtlMs;
    const session = rt.sessions.create(username, expiresAt);
    const answer = JSON.stringify(
      rt.profile === 'observed'
        ? { error_code: SANDBOX_ERROR_CODES.ok, session }
        : { error_code: SANDBOX_ERROR_CODES.ok, session, expires_in: Math.floor(rt.sessionTtlMs / 1000) },
    );
    return rt.faults.malformed(LOGIN) ? malformed(answer) : { status: 200, text: answer };
  } catch (error) {
    return errorReply(rt, error);
  }
}

/** `POST /integration` — every service, `{ service, session, madonvi, … }`. */
async function integration(rt: SandboxRuntime, text: string): Promise<PortalReply> {
  let body: Record<string, unknown>;
  try {
    body = parseBody(text);
  } catch (error) {
    return errorReply(rt, error);
  }
  const serviceName = typeof body.service === 'string' ? body.service : '';
  const session = typeof body.session === 'string' ? body.session : '';
  const faulted = await preFaults(rt.faults, serviceName, () => rt.sessions.revoke(session));
  if (faulted) return faulted;
  try {
    if (serviceName === '')
      throw new PortalError('invalidPayload', portalRouteMessages.localize('service.missing'), [
        {
          field: 'service',
          code: 'required',
          messages: portalRouteMessages.localize('service.missing.field'),
        },
      ]);
    const known = SERVICES.get(serviceName);
    const service = known?.extension !== undefined && rt.profile === 'observed' ? undefined : known;
    if (!service)
      throw new PortalError(
        'unknownService',
        portalRouteMessages.localize('service.unknown', { service: serviceName }),
      );
    const now = rt.clock.now().getTime();
    if (session === '')
      throw new PortalError('sessionInvalid', portalRouteMessages.localize('session.missing'), [
        {
          field: 'session',
          code: 'required',
          messages: portalRouteMessages.localize('session.missing.field'),
        },
      ]);
    if (!rt.sessions.isValid(session, now))
      throw new PortalError('sessionInvalid', portalRouteMessages.localize('session.invalid'));
    // The GPLX adapter names the unit `donViXuLy` instead of `madonvi`.
    const agency =
      typeof body.madonvi === 'string' ? body.madonvi : typeof body.donViXuLy === 'string' ? body.donViXuLy : '';
    if (!knownAgencies().has(agency)) {
      throw new PortalError(
        'invalidAgency',
        agency
          ? portalRouteMessages.localize('agency.unknown', { agency })
          : portalRouteMessages.localize('agency.missing'),
        [
          {
            field: 'madonvi',
            code: agency ? 'unknown' : 'required',
            messages: portalRouteMessages.localize('agency.unknown.field'),
          },
        ],
      );
    }
    if (rt.profile === 'extended') rt.simulator.catchUp(now);
    const ctx: ServiceContext = {
      db: rt.db,
      store: rt.store,
      simulator: rt.simulator,
      clock: rt.clock,
      agency,
      now,
      paymentSecret: rt.paymentSecret,
      baseUrl: rt.baseUrl(),
      profile: rt.profile,
    };
    const handled = service.handle(body, ctx);
    // Per-record results of writes are an extension: observed answers one message for the whole call.
    const outcome =
      rt.profile === 'observed' && service.write
        ? { ...(handled.message ? { message: handled.message } : {}) }
        : handled;
    if (service.write && rt.faults.dropAfterCommit(serviceName)) return { drop: true };
    const answer = answerText(outcome);
    return rt.faults.malformed(serviceName) ? malformed(answer) : { status: 200, text: answer };
  } catch (error) {
    return errorReply(rt, error);
  }
}

/**
 * Answers one call of the portal API (`route` = the path's endpoint) from its raw body
 * text. Transport-free, so the server can run it straight on Node's `http` module — the
 * hot path needs no Request/Response objects.
 */
export function handlePortalCall(
  rt: SandboxRuntime,
  route: keyof typeof PORTAL_PATHS,
  text: string,
  query = new URLSearchParams(),
): Promise<PortalReply> {
  if (route === 'login') return login(rt, text);
  if (route === 'integration') return integration(rt, text);
  return lgsp(rt, route, text, query);
}

let lgspSession: string | undefined;

/**
 * A provincial LGSP in front of the portal: the province posts a BARE ARRAY (dossiers to
 * `/lgsp/them-moi` or `/lgsp/cap-nhat`, steps to `/lgsp/tien-do`); the LGSP adds session,
 * madonvi (`?MaDinhDanhDV=`, as Hà Giang sends it, else the province) and service.
 */
async function lgsp(
  rt: SandboxRuntime,
  route: 'lgspInsert' | 'lgspUpdate' | 'lgspProgress',
  text: string,
  query: URLSearchParams,
): Promise<PortalReply> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    data = undefined;
  }
  if (!Array.isArray(data))
    return errorReply(rt, new PortalError('invalidPayload', portalRouteMessages.localize('lgsp.not-array')));
  const now = rt.clock.now().getTime();
  if (lgspSession === undefined || !rt.sessions.isValid(lgspSession, now))
    lgspSession = rt.sessions.create('lgsp', now + 365 * 86_400_000);
  const updating = route === 'lgspUpdate' || query.get('isUpdating') === 'True';
  const body = {
    session: lgspSession,
    madonvi: query.get('MaDinhDanhDV') ?? PROVINCE_AGENCY_CODE,
    service: route === 'lgspProgress' ? 'CapNhatTienDoHoSoMC' : 'DongBoHoSoMC',
    ...(route === 'lgspProgress' ? {} : { isUpdating: updating ? 'True' : 'False' }),
    data,
  };
  return integration(rt, JSON.stringify(body));
}
