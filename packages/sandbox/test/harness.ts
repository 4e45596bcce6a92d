import { startSandbox, type RunningSandbox, type SandboxOptions } from '../src/index';

/** The instant every test sandbox's frozen clock starts at. */
export const TEST_NOW = '2025-10-01T08:00:00+07:00';
/** A commune agency code of the seed (the first commune). */
export const COMMUNE = '000.01.20.H66';

/** A started sandbox with a logged-in raw JSON client. */
export interface Harness {
  sandbox: RunningSandbox;
  session: string;
  /** POSTs `{ service, session, madonvi, ...body }` and returns status + parsed body. */
  call(
    service: string,
    body?: Record<string, unknown>,
    options?: { madonvi?: string; session?: string },
  ): Promise<{ status: number; body: Record<string, any> }>;
  /** Logs in again (sessions expire as simulated time passes). */
  login(): Promise<string>;
  post(path: string, body: unknown): Promise<{ status: number; body: Record<string, any> }>;
  admin(path: string, init?: { method?: string; body?: unknown }): Promise<Record<string, any>>;
}

/** Starts an in-memory sandbox on a free loopback port and logs in. */
export async function startHarness(options: SandboxOptions = {}): Promise<Harness> {
  const sandbox = await startSandbox({ port: 0, clock: TEST_NOW, ...options });
  const post = async (path: string, body: unknown) => {
    const res = await fetch(`${sandbox.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Record<string, any> };
  };
  const login = await post('/auth/login', { username: 'dvc-sandbox', password: 'dvc-sandbox' });
  const harness: Harness = {
    sandbox,
    session: String(login.body.session),
    call: (service, body = {}, o = {}) =>
      post('/integration', { service, session: o.session ?? harness.session, madonvi: o.madonvi ?? COMMUNE, ...body }),
    post,
    async login() {
      harness.session = String(
        (await post('/auth/login', { username: 'dvc-sandbox', password: 'dvc-sandbox' })).body.session,
      );
      return harness.session;
    },
    async admin(path, init = {}) {
      const res = await fetch(`${sandbox.adminUrl}${path}`, {
        method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
        headers: { 'content-type': 'application/json' },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      });
      return { status: res.status, ...((await res.json()) as Record<string, any>) };
    },
  };
  return harness;
}
