// A web-test-runner plugin that runs the REAL stack next to the test server: the
// @dvc-kit/sandbox (portal simulator, in memory) and the @dvc-kit/gateway (upstream = the
// sandbox, SQLite in memory, CORS open to the wtr origin), both from their built dist on
// 127.0.0.1 with free ports. Tests read the URLs from GET /__dvc/stack.json:
//   { gateway, limitedGateway, sandbox, agencyCode }
// `limitedGateway` is a second gateway over the same sandbox that answers 429 after
// LIMITED_LOOKUP_FAILURES failed look-ups (its own counter, so other tests are not limited).
// Also: GET /__dvc/synced-count — dossiers the gateway delivered into the sandbox for the
// agency (the sandbox admin API, `origin=sync`). {@link stackProxy} (a wtr middleware) serves
// `/__dvc/gw/*` as a same-origin pass-through to the main gateway whose "network" a test can
// cut: GET /__dvc/network?down=1 makes every proxied request fail at the socket, as a dropped
// mobile connection does (fetch rejects); ?down=0 restores it.
// (Chromium's own offline emulation cannot be used: it cuts the test runner's connection too.)
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The running stack's URLs, shared with {@link stackProxy}. */
let info;
/** Whether the proxied network is cut. */
let networkDown = false;

/** Request headers the proxy passes on. */
const PASSED = ['content-type', 'idempotency-key', 'accept', 'accept-language', 'x-request-id'];

/**
 * wtr middleware: `/__dvc/gw/*` → the main gateway (same origin for the page), and
 * `/__dvc/network?down=1|0` to cut or restore that path's network.
 */
export function stackProxy() {
  return async (ctx, next) => {
    if (ctx.path === '/__dvc/network') {
      networkDown = ctx.query.down === '1';
      ctx.body = { down: networkDown };
      return;
    }
    if (!ctx.path.startsWith('/__dvc/gw/')) return next();
    if (networkDown) {
      ctx.respond = false;
      ctx.req.socket.destroy();
      return;
    }
    const chunks = [];
    for await (const chunk of ctx.req) chunks.push(chunk);
    const headers = {};
    for (const name of PASSED) if (ctx.get(name)) headers[name] = ctx.get(name);
    const url = `${info.gateway}${ctx.path.slice('/__dvc/gw'.length)}${ctx.querystring ? `?${ctx.querystring}` : ''}`;
    const response = await fetch(url, {
      method: ctx.method,
      headers,
      body: chunks.length ? Buffer.concat(chunks) : undefined,
    });
    ctx.status = response.status;
    for (const name of ['content-type', 'retry-after', 'x-request-id'])
      if (response.headers.has(name)) ctx.set(name, response.headers.get(name));
    ctx.body = Buffer.from(await response.arrayBuffer());
  };
}

/** Failed look-ups `limitedGateway` allows per window. */
const LIMITED_LOOKUP_FAILURES = 2;

const packages = fileURLToPath(new URL('../..', import.meta.url));

/** Imports a workspace package's built entry, or fails with the command that builds it. */
async function importDist(name) {
  const file = join(packages, name, 'dist', 'index.js');
  if (!existsSync(file)) {
    throw new Error(
      `[dvc-stack] ${file} is missing. Build it first: \`pnpm --filter @dvc-kit/${name} build\` ` +
        '(the root `pnpm test` builds every package before running tests).',
    );
  }
  return import(pathToFileURL(file).href);
}

/**
 * @param {{ agencyCode?: string }} [options] agencyCode — the commune agency the gateway
 *   submits for. @default the sandbox's first seeded commune agency
 */
export function stackPlugin(options = {}) {
  let sandbox;
  let gateway;
  let limited;
  let dataDir;
  return {
    name: 'dvc-stack',
    async serverStart({ config }) {
      const { startSandbox, communeAgencyCode } = await importDist('sandbox');
      const { createGateway } = await importDist('gateway');
      sandbox = await startSandbox({ memory: true, port: 0 });
      dataDir = mkdtempSync(join(tmpdir(), 'dvc-wtr-gateway-'));
      const agencyCode = options.agencyCode ?? communeAgencyCode(1);
      const host = config.hostname ?? 'localhost';
      const settings = (name, limits) => ({
        port: 0,
        dataDir: join(dataDir, name),
        storageUrl: 'sqlite::memory:',
        quiet: true,
        allowedOrigins: [
          `http://${host}:${config.port}`,
          `http://localhost:${config.port}`,
          `http://127.0.0.1:${config.port}`,
        ],
        portal: { baseUrl: sandbox.url, username: 'dvc-sandbox', password: 'dvc-sandbox', agencyCode },
        limits,
        outbox: { pollMs: 100 },
      });
      gateway = await createGateway(settings('main', {}));
      // The gateway counts failures in fixed windows aligned to the clock (15 min by default): a test
      // that straddled :00/:15/:30/:45 had its count reset and got no 429. A one-day window moves
      // that edge to midnight UTC.
      limited = await createGateway(
        settings('limited', { lookupFailures: LIMITED_LOOKUP_FAILURES, lookupWindowMs: 24 * 60 * 60 * 1000 }),
      );
      const [main, second] = await Promise.all([gateway.start(), limited.start()]);
      info = {
        gateway: main.url,
        limitedGateway: second.url,
        sandbox: sandbox.url,
        agencyCode,
        limitedLookupFailures: LIMITED_LOOKUP_FAILURES,
      };
    },
    async serve(context) {
      if (context.path === '/__dvc/stack.json') return { body: JSON.stringify(info), type: 'json' };
      if (context.path === '/__dvc/synced-count') {
        const url = `${sandbox.url}/admin/dossiers/count?agency=${encodeURIComponent(info.agencyCode)}&origin=sync`;
        return { body: await (await fetch(url)).text(), type: 'json' };
      }
      // The desk acts on a dossier (sandbox admin: supplement, finish …), e.g. /__dvc/desk?code=…&kind=supplement
      if (context.path === '/__dvc/desk') {
        const code = context.query.code ?? '';
        const response = await fetch(`${sandbox.url}/admin/dossiers/${encodeURIComponent(code)}/events`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            kind: context.query.kind,
            content: context.query.content,
            requestedBy: 'Công chức tư pháp - hộ tịch',
          }),
        });
        return { body: await response.text(), type: 'json', status: response.status };
      }
      if (context.path === '/__dvc/portal-dossier') {
        const response = await fetch(
          `${sandbox.url}/admin/dossiers/${encodeURIComponent(context.query.code ?? '')}/supplements`,
        );
        return { body: await response.text(), type: 'json', status: response.status };
      }
      return undefined;
    },
    async serverStop() {
      await limited?.close();
      await gateway?.close();
      await sandbox?.close();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
