import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { Hono } from 'hono';
import { mountAdminRoutes } from '../admin/admin-routes';
import { mountKhoRoutes } from '../kho/kho-routes';
import { mountPayGovRoutes } from '../paygov/paygov-routes';
import { mountPublicReportRoutes } from '../public-site/public-report-routes';
import { createClock, toInstant, type ClockOptions, type SandboxClock } from '../clock/sandbox-clock';
import type { FaultConfig, FaultConfigInput } from '../faults/fault-config';
import { createFaultInjector } from '../faults/fault-injector';
import { createLifecycleSimulator } from '../lifecycle/simulator';
import { templatePage } from '../seed/form-templates';
import { PROCEDURES } from '../seed/procedures';
import { seedDatabase, type SeedInfo } from '../seed/seed-database';
import { openDatabase, readMeta, writeMeta } from '../store/database';
import { createDossierStore } from '../store/dossier-store';
import { createSessionStore } from '../store/session-store';
import { handlePortalCall, PORTAL_PATHS } from './portal-routes';
import { messageFields } from './messages';
import { DEFAULT_CREDENTIALS, type SandboxCredentials, type SandboxRuntime } from './runtime';
import { json, readText, sendReply } from './respond';
import { inTransaction } from '../store/transaction';
import type { SandboxProfile } from '../profile/extensions';
import { mountSsoAdminRoutes } from '../sso/sso-admin';
import { SSO_PREFIX, startSandboxSso, type SandboxIdentityProvider, type SandboxSso } from '../sso/sso-server';
import { DEFAULT_SSO_CLIENT, type SsoClient } from '../sso/sso-provider';

/** Options of {@link startSandbox}. */
export interface SandboxOptions {
  /** TCP port; 0 picks a free one. @default 8790 */
  port?: number;
  /** Interface to listen on. @default '127.0.0.1' */
  host?: string;
  /** Keep state in `<dataDir>/sandbox.db` (SQLite, WAL). Without it the sandbox runs in memory. */
  dataDir?: string;
  /** Run in memory even if `dataDir` is set. @default true when no dataDir is given */
  memory?: boolean;
  /**
   * The simulated clock: an instant (frozen there; moves only through `clock.advance`/`set`
   * or the admin endpoint) or clock options. @default running wall-clock time, or the
   * clock saved in `dataDir` on restart
   */
  clock?: Date | string | number | ClockOptions;
  /** Fault injection settings; see the README. @default none */
  faults?: FaultConfigInput;
  /** Seed of the generated historic dossiers. @default 20250701 */
  seed?: number;
  /** Last instant historic dossiers are received. @default the clock's now at first start */
  seedUntil?: Date | string | number;
  /** Accepted logins. @default [{ username: 'dvc-sandbox', password: 'dvc-sandbox' }] */
  credentials?: SandboxCredentials | SandboxCredentials[];
  /** Session lifetime in simulated ms. @default 1_800_000 (30 minutes) */
  sessionTtlMs?: number;
  /** Partner secret key for payment signatures (MaXacThuc). @default 'dvc-sandbox-secret' */
  paymentSecret?: string;
  /** PayGov: the partner token INIT/QUERY/GET_BILL must carry as `Authorization: Bearer …`. @default none (not checked, as OCPS) */
  paymentAccessToken?: string;
  /** PayGov: where the CONFIRM callback is POSTed when a sandbox payment completes (the gateway's `/paygov/confirm`). @default none (no callback) */
  paymentCallbackUrl?: string;
  /** PayGov: INIT answers flat (`direct`, OCPS) or wrapped as `{error_code, message:"<JSON>"}` (`lgsp`, TH). @default 'direct' */
  paymentAnswer?: 'direct' | 'lgsp';
  /** When set, `/admin/*` needs `Authorization: Bearer <adminToken>`. @default none (open) */
  adminToken?: string;
  /**
   * `observed` does only what the portal contract corpus shows the real portal doing;
   * `extended` adds the documented extensions (`SANDBOX_EXTENSIONS`): per-item results,
   * progress steps in TraCuuHoSo, BaoCaoSoHoa, own error codes, portal-made status changes.
   * @default 'extended'
   */
  profile?: SandboxProfile;
  /**
   * `error_code`s of "already exists" answers (always with a message containing "đã tồn tại"),
   * used in turn — the corpus shows `"0"`, `"3"` and `"-3"`. @default [3] (extended), ['3'] (observed)
   */
  alreadyExistsCodes?: readonly (string | number)[];
  /** Clients of the identity provider at `/sso`. @default [DEFAULT_SSO_CLIENT] (a gateway on loopback, any port) */
  ssoClients?: SsoClient[];
}

/** A running sandbox. */
export interface RunningSandbox {
  /** Base URL, e.g. `http://127.0.0.1:8790`. */
  url: string;
  port: number;
  /** `POST` login endpoint. */
  loginUrl: string;
  /** `POST` integration endpoint (every service). */
  integrationUrl: string;
  /** Admin API base. */
  adminUrl: string;
  /** Base URL of the result store (Kho), for the client's `store.baseUrl`. */
  khoUrl: string;
  /** Base URL of the payment platform (PayGov), for the client's `payment.baseUrl`. */
  paygovUrl: string;
  /** The public scoreboard endpoint (`POST`, form field `params`), for the gateway's `scoreboard.url`. */
  publicReportUrl: string;
  /** The simulated clock (advance it to move dossiers along). */
  clock: SandboxClock;
  /** What the database was seeded with. */
  seed: SeedInfo;
  /** Milliseconds from the call to listening, seeding included. */
  startupMs: number;
  /** The identity provider (OpenID Connect) at `<url>/sso`: issuer, test identities, faults. */
  sso: SandboxIdentityProvider;
  /** Replaces the fault settings. */
  setFaults(faults: FaultConfigInput): FaultConfig;
  /** Stops listening and closes the database. */
  close(): Promise<void>;
}

function resolveClock(option: SandboxOptions['clock'], saved: string | undefined): SandboxClock {
  if (option instanceof Date || typeof option === 'string' || typeof option === 'number')
    return createClock({ start: option, frozen: true });
  if (option) return createClock(option);
  if (saved) {
    const state = JSON.parse(saved) as { frozen: boolean; at: number };
    return createClock({ start: state.at, frozen: state.frozen });
  }
  return createClock();
}

/**
 * Starts the sandbox: opens (and on first start seeds) the database, then listens.
 *
 * @example
 * const sandbox = await startSandbox({ port: 0, clock: '2025-10-01T08:00:00+07:00' });
 * await fetch(sandbox.loginUrl, { method: 'POST', body: JSON.stringify({ username: 'dvc-sandbox', password: 'dvc-sandbox' }) });
 * await sandbox.close();
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const started = performance.now();
  const memory = options.memory ?? options.dataDir === undefined;
  const db = openDatabase(memory ? { memory: true } : { dataDir: options.dataDir as string });
  const clock = resolveClock(options.clock, readMeta(db, 'clock'));
  const saveClock = () => writeMeta(db, 'clock', JSON.stringify({ frozen: clock.frozen, at: clock.now().getTime() }));
  clock.onChange(saveClock);
  const seedOptions = {
    seed: options.seed ?? 20_250_701,
    until: options.seedUntil === undefined ? clock.now().getTime() : toInstant(options.seedUntil),
  };
  let seed = seedDatabase(db, seedOptions);
  saveClock();
  const store = createDossierStore(db);
  let simulator = createLifecycleSimulator(db, store);
  const profile = options.profile ?? 'extended';
  if (profile === 'extended') simulator.catchUp(clock.now().getTime());
  const existsCodes = options.alreadyExistsCodes?.length
    ? [...options.alreadyExistsCodes]
    : [profile === 'observed' ? '3' : 3];
  let existsTurn = 0;
  let url = '';
  const rt: SandboxRuntime = {
    db,
    store,
    sessions: createSessionStore(db),
    get simulator() {
      return simulator;
    },
    clock,
    faults: createFaultInjector(options.faults),
    credentials: Array.isArray(options.credentials)
      ? options.credentials
      : [options.credentials ?? { ...DEFAULT_CREDENTIALS }],
    sessionTtlMs: options.sessionTtlMs ?? 30 * 60_000,
    paymentSecret: options.paymentSecret ?? 'dvc-sandbox-secret',
    paygov: {
      ...(options.paymentAccessToken !== undefined ? { accessToken: options.paymentAccessToken } : {}),
      ...(options.paymentCallbackUrl !== undefined ? { callbackUrl: options.paymentCallbackUrl } : {}),
      wrapping: options.paymentAnswer ?? 'direct',
    },
    adminToken: options.adminToken,
    seed: () => seed,
    reset() {
      const info = seed;
      inTransaction(db, () => {
        for (const table of [
          'dossiers',
          'dossier_history',
          'progress_steps',
          'pending_transitions',
          'ratings',
          'payments',
          'digitized_results',
          'sessions',
        ])
          db.exec(`DELETE FROM ${table}`);
        db.prepare("DELETE FROM meta WHERE key = 'seed'").run();
      });
      seed = seedDatabase(db, { seed: info.seed, until: info.until });
      simulator = createLifecycleSimulator(db, store);
      if (profile === 'extended') simulator.catchUp(clock.now().getTime());
      return seed;
    },
    baseUrl: () => url,
    profile,
    existsCode: () => existsCodes[existsTurn++ % existsCodes.length] as string | number,
  };

  const app = new Hono();
  app.get('/', () =>
    json({
      name: '@dvc-kit/sandbox',
      profile,
      login: '/auth/login',
      integration: '/integration',
      admin: '/admin',
      health: '/healthz',
      now: clock.now().toISOString(),
    }),
  );
  // Liveness for process supervisors (`pnpm start` waits on it); never faulted, no admin token.
  app.get('/healthz', () => json({ status: 'ok' }));
  // Form templates (mẫu đơn, tờ khai) that procedures' documents link to (GIAYTO.URL).
  app.get('/mau-don/:code', (c) => {
    const page = templatePage(PROCEDURES, c.req.param('code'));
    return page === undefined ? c.notFound() : c.html(page);
  });
  mountAdminRoutes(app, rt);
  mountKhoRoutes(app, rt);
  mountPayGovRoutes(app, rt);
  // Set once the server listens (the provider needs its URL); requests before that see undefined.
  // eslint-disable-next-line prefer-const -- a const declared down there would throw for those requests
  let sso: SandboxSso | undefined;
  mountSsoAdminRoutes(app, rt, () => sso);
  mountPublicReportRoutes(app, rt);
  app.notFound(() => json({ error_code: 404, ...messageFields('path.unknown') }, 404));
  app.onError(() => json({ error_code: -1, ...messageFields('internal') }, 500));

  // The portal endpoints run straight on Node's http module (the hot path: no
  // Request/Response objects, no router); everything else goes to the Hono app.
  const rest = getRequestListener(app.fetch);
  const portal = async (route: keyof typeof PORTAL_PATHS, req: IncomingMessage, res: ServerResponse) => {
    try {
      const text = await readText(req);
      if (text === undefined) {
        sendReply(req, res, {
          status: 413,
          text: JSON.stringify({ error_code: 2, reason: 'invalidPayload', ...messageFields('body.too-large') }),
        });
        return;
      }
      sendReply(req, res, await handlePortalCall(rt, route, text, new URLSearchParams(req.url?.split('?')[1] ?? '')));
    } catch {
      if (!res.headersSent)
        sendReply(req, res, {
          status: 500,
          text: JSON.stringify({ error_code: -1, ...messageFields('internal') }),
        });
    }
  };
  const server = createServer((req, res) => {
    const path = req.url?.split('?', 1)[0];
    if (req.method === 'POST' && path === PORTAL_PATHS.integration) void portal('integration', req, res);
    else if (req.method === 'POST' && path === PORTAL_PATHS.login) void portal('login', req, res);
    else if (sso !== undefined && (path === SSO_PREFIX || path?.startsWith(`${SSO_PREFIX}/`)))
      void sso.handle(req, res);
    else if (req.method === 'POST' && path === PORTAL_PATHS.lgspInsert) void portal('lgspInsert', req, res);
    else if (req.method === 'POST' && path === PORTAL_PATHS.lgspUpdate) void portal('lgspUpdate', req, res);
    else if (req.method === 'POST' && path === PORTAL_PATHS.lgspProgress) void portal('lgspProgress', req, res);
    else void rest(req, res);
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8790, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  // The issuer names the listening address, known only now (port 0 picks one).
  sso = await startSandboxSso(url, options.ssoClients ?? [{ ...DEFAULT_SSO_CLIENT }]);
  return {
    url,
    port,
    loginUrl: `${url}/auth/login`,
    integrationUrl: `${url}/integration`,
    adminUrl: `${url}/admin`,
    khoUrl: `${url}/kho`,
    paygovUrl: `${url}/paygov`,
    publicReportUrl: `${url}/jsp/rest.jsp`,
    clock,
    seed,
    startupMs: Math.round(performance.now() - started),
    sso,
    setFaults: (faults) => rt.faults.set(faults),
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      saveClock();
      // Fold the write-ahead log into sandbox.db so a stopped sandbox is one file.
      if (!memory) db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
      db.close();
    },
  };
}
