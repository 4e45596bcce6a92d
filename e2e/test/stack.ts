import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
// The same module `pnpm start` uses, so the test runs what users run.
// @ts-expect-error -- plain ESM script without type declarations
import { startServices } from '../../scripts/lib/services.mjs';

/** UBND xã Ea Bung in the sandbox's seeded agencies (the example site's commune). */
export const EA_BUNG_AGENCY_CODE = '000.50.20.H66';

export const root = resolve(import.meta.dirname, '../..');

/** The built files the stack runs; `pnpm test` builds them first. */
const REQUIRED = [
  'packages/sandbox/dist/bin.js',
  'packages/gateway/dist/bin.js',
  'packages/elements/dist/cdn/dvc-elements.js',
];

export interface Stack {
  urls: { sandbox: string; gateway: string; site: string };
  logs: string[];
  stop(): Promise<void>;
}

/** Ports this test process has handed out: the OS may offer a just-closed port again. */
const handedOut = new Set<number>();

/**
 * A free TCP port on 127.0.0.1 (the OS picks it; free when this returns), never one handed out
 * before in this process: the ports are listened on later, and a port given to two servers made
 * one of them fail with EADDRINUSE (seen in CI: the custom-portal test's site and the stack).
 */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = await new Promise<number>((resolvePort, reject) => {
      const server = createServer();
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const address = server.address();
        server.close(() =>
          typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port')),
        );
      });
    });
    if (!handedOut.has(port)) {
      handedOut.add(port);
      return port;
    }
  }
}

/** How to start the stack. */
export interface StackOptions {
  /**
   * The sandbox profile: `observed` serves only what the portal contract corpus shows (the
   * gateway gets its forms from a forms directory), `extended` adds the documented extensions.
   * @default `SANDBOX_PROFILE`, else 'extended'
   */
  profile?: 'observed' | 'extended';
  /** More gateway environment variables (e.g. `GATEWAY_WEBHOOKS`, `GATEWAY_SMTP_URL`, `GATEWAY_WATCH_*`). */
  gatewaySettings?: Record<string, string>;
}

/** Starts sandbox → gateway → commune site on free loopback ports with a temporary data directory. */
export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const missing = REQUIRED.filter((file) => !existsSync(join(root, file)));
  if (missing.length)
    throw new Error(
      `The end-to-end test runs the built stack; missing ${missing.join(', ')}. Run \`pnpm -r build\` (pnpm test does).`,
    );
  const dataDir = mkdtempSync(join(tmpdir(), 'dvc-e2e-'));
  const ports = { sandbox: await freePort(), gateway: await freePort(), site: await freePort() };
  const logs: string[] = [];
  let services: { urls: Stack['urls']; stop(): Promise<void> };
  try {
    services = await startServices({
      root,
      dataDir,
      ports,
      agencyCode: EA_BUNG_AGENCY_CODE,
      log: (line: string) => logs.push(line),
      ...options,
    });
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw new Error(`The stack did not start: ${(error as Error).message}\n${logs.slice(-30).join('\n')}`, {
      cause: error,
    });
  }
  return {
    urls: services.urls,
    logs,
    async stop() {
      await services.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
