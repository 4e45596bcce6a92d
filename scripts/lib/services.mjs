// Starts the local stack (sandbox → gateway → commune site) as child processes.
// Shared by `pnpm start` and the end-to-end test, so the test runs what users run.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Writes one `<procedure code>.json` form per seeded procedure into `dir` (the gateway's forms directory format). */
async function writeForms(root, dir) {
  const { PROCEDURES, buildForm } = await import(pathToFileURL(join(root, 'packages/sandbox/dist/index.js')).href);
  mkdirSync(dir, { recursive: true });
  for (const procedure of PROCEDURES)
    writeFileSync(join(dir, `${procedure.code}.json`), JSON.stringify(buildForm(procedure)));
  return dir;
}

/** Sandbox credentials the gateway uses locally (the sandbox's documented defaults). */
const SANDBOX_CREDENTIALS = { username: 'dvc-sandbox', password: 'dvc-sandbox' };
/** The sandbox's default PayGov partner secret (its `--payment-secret` default). */
const SANDBOX_PAYMENT_SECRET = 'dvc-sandbox-secret';
/** The sandbox identity provider's default client (`DEFAULT_SSO_CLIENT` in packages/sandbox). */
const SANDBOX_SSO_CLIENT = { clientId: 'dvc-gateway', clientSecret: 'dvc-gateway-sandbox-secret' };
/** The sandbox's province agency (UBND tỉnh Đắk Lắk): as madonvi it may submit for every commune. */
const SANDBOX_PROVINCE_AGENCY = '000.00.00.H66';

/**
 * Origins of the docs site, whose widget reference runs its live examples against this
 * gateway: the VitePress dev server (`pnpm docs:dev`, port 5174 in docs/.vitepress/config.mts)
 * and `pnpm docs:preview` (port 4173 in docs/package.json), as localhost and 127.0.0.1.
 */
export const DOCS_ORIGINS = [5174, 4173].flatMap((port) => [`http://localhost:${port}`, `http://127.0.0.1:${port}`]);

/**
 * Origins of the React custom portal example (`examples/custom-portal`): its Vite dev server
 * (port 5175) and `vite preview` (port 4175), as localhost and 127.0.0.1. Distinct from the
 * docs' ports, so both can run beside `pnpm start`.
 */
export const EXAMPLE_ORIGINS = [5175, 4175].flatMap((port) => [`http://localhost:${port}`, `http://127.0.0.1:${port}`]);

/**
 * The origins the local gateway allows: the site's own first, then the docs' and the custom
 * portal's, then every origin listed in `GATEWAY_ALLOWED_ORIGINS` (comma-separated) — added,
 * never replacing the defaults, so `GATEWAY_ALLOWED_ORIGINS=http://127.0.0.1:8080 pnpm start`
 * lets one more site use the gateway.
 * @param {string} site the commune site's origin
 * @param {string | undefined} extra the value of `GATEWAY_ALLOWED_ORIGINS`, if any
 * @returns {string[]}
 */
export function allowedOrigins(site, extra) {
  const added = (extra ?? '')
    .split(',')
    .map((o) => o.trim().replace(/\/+$/, ''))
    .filter(Boolean);
  return [...new Set([site, ...DOCS_ORIGINS, ...EXAMPLE_ORIGINS, ...added])];
}

/**
 * The environment the local gateway runs with: upstream = the sandbox, and CORS allowing
 * {@link allowedOrigins} (the environment's `GATEWAY_ALLOWED_ORIGINS` added to the defaults).
 * @param {{ urls: { sandbox: string, gateway: string, site: string }, dataDir: string, agencyCode?: string,
 *           formsDir?: string, env?: Record<string, string | undefined> }} options
 * @returns {Record<string, string>}
 */
export function gatewayEnv({ urls, dataDir, agencyCode, formsDir, env = process.env }) {
  const { hostname, port } = new URL(urls.gateway);
  return {
    ...(formsDir ? { GATEWAY_FORMS_DIR: formsDir } : {}),
    GATEWAY_PORT: port || '80',
    GATEWAY_HOST: hostname,
    GATEWAY_DATA_DIR: join(dataDir, 'gateway'),
    GATEWAY_ALLOWED_ORIGINS: allowedOrigins(urls.site, env.GATEWAY_ALLOWED_ORIGINS).join(','),
    PORTAL_BASE_URL: urls.sandbox,
    PORTAL_USERNAME: SANDBOX_CREDENTIALS.username,
    PORTAL_PASSWORD: SANDBOX_CREDENTIALS.password,
    PORTAL_AGENCY_CODE: agencyCode ?? SANDBOX_PROVINCE_AGENCY,
    // The PayGov CONFIRM callback, signed with the sandbox's default partner secret.
    GATEWAY_PAYGOV_SECRET: SANDBOX_PAYMENT_SECRET,
    // Citizen sign-in through the sandbox's identity provider (its default client accepts a
    // gateway on loopback at any port).
    SSO_ISSUER: `${urls.sandbox}/sso`,
    SSO_CLIENT_ID: SANDBOX_SSO_CLIENT.clientId,
    SSO_CLIENT_SECRET: SANDBOX_SSO_CLIENT.clientSecret,
    // The public scoreboard from the sandbox's copy of the portal's web back end, so the board
    // shows figures out of the box (the real one: https://dichvucong.gov.vn/jsp/rest.jsp).
    GATEWAY_SCOREBOARD_URL: `${urls.sandbox}/jsp/rest.jsp`,
  };
}

/** The sandbox profile `SANDBOX_PROFILE` asks for: `observed` (only what the corpus shows) or `extended` (default). */
export function sandboxProfile(env = process.env) {
  return env.SANDBOX_PROFILE === 'observed' ? 'observed' : 'extended';
}

/** Polls `url` until it answers any HTTP status, or throws after `timeoutMs`. */
async function waitForHttp(url, child, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited with code ${child.exitCode}`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(1000) });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

function launch(name, args, { root, env, log }) {
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = `[${name}]`.padEnd(10);
  for (const stream of [child.stdout, child.stderr]) {
    let buffered = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) if (line.trim()) log(`${prefix} ${line}`);
    });
  }
  return child;
}

/**
 * Starts sandbox, gateway and site on 127.0.0.1.
 * `profile` is the sandbox's: `observed` serves only what the portal contract corpus shows,
 * `extended` (the default) adds its documented extensions; default from `SANDBOX_PROFILE`.
 * @param {{ root: string, dataDir: string, ports: { sandbox: number, gateway: number, site: number },
 *           log?: (line: string) => void, agencyCode?: string, profile?: 'observed' | 'extended',
 *           gatewaySettings?: Record<string, string> }} options
 *   `gatewaySettings`: more gateway environment variables, applied last (the end-to-end test passes
 *   its webhook receiver, test mailbox and a fast status watch this way: `GATEWAY_WEBHOOKS`,
 *   `GATEWAY_SMTP_URL`, `GATEWAY_WATCH_*`, `GATEWAY_STATUS_CACHE_MS`). `pnpm start` passes the
 *   same variables from its own environment, since the gateway inherits it.
 */
export async function startServices({
  root,
  dataDir,
  ports,
  log = () => {},
  agencyCode,
  profile = sandboxProfile(),
  gatewaySettings = {},
}) {
  const host = '127.0.0.1';
  const urls = {
    sandbox: `http://${host}:${ports.sandbox}`,
    gateway: `http://${host}:${ports.gateway}`,
    site: `http://${host}:${ports.site}`,
  };
  const children = [];
  const ctx = { root, log };
  try {
    const sandbox = launch(
      'sandbox',
      [
        join(root, 'packages/sandbox/dist/bin.js'),
        '--port',
        String(ports.sandbox),
        '--host',
        host,
        '--data',
        join(dataDir, 'sandbox'),
        '--profile',
        profile,
        '--payment-callback-url',
        `${urls.gateway}/paygov/confirm`,
      ],
      { ...ctx, env: {} },
    );
    children.push(['sandbox', sandbox]);
    // The sandbox has no /healthz; its root answers once it is up.
    await waitForHttp(`${urls.sandbox}/`, sandbox);

    // The real portal publishes no forms (BIEUMAU is an extension): on the observed profile the
    // gateway gets the sandbox's forms as an operator would supply them, in a forms directory.
    const formsDir = profile === 'observed' ? await writeForms(root, join(dataDir, 'forms')) : undefined;
    const gateway = launch('gateway', [join(root, 'packages/gateway/dist/bin.js')], {
      ...ctx,
      env: { ...gatewayEnv({ urls, dataDir, agencyCode, formsDir }), ...gatewaySettings },
    });
    children.push(['gateway', gateway]);
    await waitForHttp(`${urls.gateway}/healthz`, gateway);

    const site = launch(
      'site',
      [
        join(root, 'examples/commune-site/serve.mjs'),
        '--port',
        String(ports.site),
        '--host',
        host,
        '--gateway',
        urls.gateway,
      ],
      { ...ctx, env: {} },
    );
    children.push(['site', site]);
    await waitForHttp(`${urls.site}/`, site);
  } catch (error) {
    for (const [, child] of children) child.kill('SIGTERM');
    throw error;
  }

  let stopped = false;
  const exited = new Promise((resolveExit) => {
    for (const [name, child] of children)
      child.once('exit', () => {
        if (!stopped) resolveExit(name);
      });
  });
  async function stop() {
    stopped = true;
    await Promise.all(
      children.map(
        ([, child]) =>
          new Promise((r) => {
            if (child.exitCode !== null) return r();
            const force = setTimeout(() => child.kill('SIGKILL'), 5000);
            child.once('exit', () => {
              clearTimeout(force);
              r();
            });
            child.kill('SIGTERM');
          }),
      ),
    );
  }
  return { urls, stop, exited };
}
