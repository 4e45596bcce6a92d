import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGateway, createJsonLogger, loadConfig, type Gateway } from '@dvc-kit/gateway';
import { startSandbox } from '@dvc-kit/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

// A real sandbox portal, a real gateway over it and two real web pages, all on 127.0.0.1:
// one site the gateway allows, one it does not.
const EA_BUNG = '000.50.20.H66';
let sandbox: Awaited<ReturnType<typeof startSandbox>>;
let gateway: Gateway;
let gatewayUrl: string;
let dataDir: string;
const sites: { server: Server; url: string }[] = [];
const gatewayLog: string[] = [];

async function serveSite(html: (gateway: string) => string, csp?: (gateway: string) => string): Promise<string> {
  const server = createServer((_, res) => {
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      ...(csp ? { 'Content-Security-Policy': csp(gatewayUrl) } : {}),
    });
    res.end(html(gatewayUrl));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
  sites.push({ server, url });
  return url;
}

const page = (agency: string) => (gw: string) =>
  `<!doctype html><dvc-provider endpoint="${gw}"><dvc-procedure-search agency="${agency}" form-url="thu-tuc.html?code={code}"></dvc-procedure-search></dvc-provider>`;

let allowed: string;
let stranger: string;
let wrongAgency: string;
let strictCsp: string;

beforeAll(async () => {
  sandbox = await startSandbox({ memory: true, port: 0 });
  allowed = await serveSite(page(EA_BUNG), (gw) => `default-src 'self'; connect-src 'self' ${new URL(gw).origin}`);
  stranger = await serveSite(page(EA_BUNG));
  wrongAgency = await serveSite(page('000.99.99.H66'));
  strictCsp = await serveSite(page(EA_BUNG), () => "default-src 'self'");
  dataDir = mkdtempSync(join(tmpdir(), 'dvc-cli-gw-'));
  const origins = [allowed, wrongAgency, strictCsp].map((u) => new URL(u).origin).join(',');
  const env = {
    GATEWAY_ALLOWED_ORIGINS: origins,
    GATEWAY_DATA_DIR: dataDir,
    PORTAL_BASE_URL: sandbox.url,
    PORTAL_USERNAME: 'dvc-sandbox',
    PORTAL_PASSWORD: 'dvc-sandbox',
    PORTAL_AGENCY_CODE: '000.00.00.H66',
  };
  const logger = createJsonLogger({ write: (line) => void gatewayLog.push(line) });
  gateway = await createGateway(loadConfig({ env, overrides: { port: 0, host: '127.0.0.1', quiet: true } }), {
    logger,
  });
  gatewayUrl = (await gateway.start()).url;
}, 60_000);

afterAll(async () => {
  await gateway?.close();
  await sandbox?.close();
  for (const { server } of sites) await new Promise((r) => server.close(r));
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('dvc agencies', () => {
  it("finds a commune's agency code by province and name, without diacritics", async () => {
    const run = await runCli(['agencies', '--province', '66', '--search', 'ea bung'], {
      env: { DVC_GATEWAY_URL: gatewayUrl },
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`${EA_BUNG.replace(/\./g, '\\.')}\\s+UBND xã Ea Bung\\s+Xã`));
    expect(run.stdout.split('\n').filter((l) => l.includes('.H66'))).toHaveLength(1);
    expect(run.stderr).toContain('agency="…"');
    const json = await runCli(['agencies', '--gateway', gatewayUrl, '--province', '66', '--json', '--lang', 'en']);
    const list = JSON.parse(json.stdout) as { code: string; provinceCode: string }[];
    expect(list.length).toBeGreaterThan(100);
    expect(list.every((a) => a.provinceCode === '66')).toBe(true);
  });

  it('says what to do when nothing matches, and when the gateway is not given', async () => {
    const none = await runCli(
      ['agencies', '--gateway', gatewayUrl, '--province', '66', '--search', 'khong co xa nay'],
      { env: {} },
    );
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('Không có cơ quan nào khớp');
    const missing = await runCli(['agencies', '--province', '66', '--lang', 'en']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--gateway <url> or the DVC_GATEWAY_URL');
    expect((await runCli(['agencies', '--gateway', gatewayUrl, '--province', 'dak lak'])).code).toBe(2);
  });
});

describe('dvc doctor', () => {
  it('passes a site the gateway allows, naming its gateway, CORS and agency', async () => {
    const run = await runCli(['doctor', '--gateway', gatewayUrl, '--site', allowed]);
    expect(run.stdout).toContain(`✓ Gateway trả lời tại ${gatewayUrl}`);
    expect(run.stdout).toContain('✓ Gateway đọc được danh mục của Cổng');
    expect(run.stdout).toContain(`✓ Gateway cho phép trang web ${new URL(allowed).origin} (CORS)`);
    expect(run.stdout).toMatch(
      new RegExp(`✓ Mã cơ quan ${EA_BUNG.replace(/\./g, '\\.')}: UBND xã Ea Bung, \\d+ thủ tục`),
    );
    expect(run.stdout).toContain('Không thấy vấn đề nào.');
    expect(run.code).toBe(0);
  });

  it('names the fix for a site the gateway does not allow (in English too)', async () => {
    const run = await runCli(['doctor', '--gateway', gatewayUrl, '--site', stranger, '--lang', 'en']);
    expect(run.code).toBe(6);
    const origin = new URL(stranger).origin;
    expect(run.stdout).toContain(`✗ The gateway does NOT allow the site ${origin} (CORS)`);
    expect(run.stdout).toContain(`→ The gateway operator adds ${origin} to GATEWAY_ALLOWED_ORIGINS`);
    expect(run.stdout).toContain('1 problem(s) to fix');
    // The gateway's operator sees the same site in the log, with the same fix.
    expect(gatewayLog.some((l) => l.includes('"cors.origin-refused"') && l.includes(origin))).toBe(true);
  });

  it('catches an unknown agency code and a Content-Security-Policy that blocks the gateway', async () => {
    const agency = await runCli(['doctor', '--gateway', gatewayUrl, '--site', wrongAgency]);
    expect(agency.code).toBe(6);
    expect(agency.stdout).toContain('✗ Gateway không biết mã cơ quan 000.99.99.H66.');
    expect(agency.stdout).toContain(`→ Tìm mã cơ quan của xã: dvc agencies --gateway ${gatewayUrl} --province 66`);
    const csp = await runCli(['doctor', '--gateway', gatewayUrl, '--site', strictCsp]);
    expect(csp.code).toBe(6);
    expect(csp.stdout).toContain(`→ Thêm ${new URL(gatewayUrl).origin} vào connect-src`);
  });

  it('says the gateway cannot be reached, and how to start it', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const down = `http://127.0.0.1:${(closed.address() as { port: number }).port}`;
    await new Promise((r) => closed.close(r));
    const run = await runCli(['doctor', '--gateway', down, '--agency', EA_BUNG]);
    expect(run.code).toBe(6);
    expect(run.stdout).toContain(`✗ Không kết nối được gateway ${down} (ECONNREFUSED)`);
    expect(run.stdout).toContain('pnpm start');
  });
});
