#!/usr/bin/env node
// `pnpm start`: the local DVC Kit stack on loopback — the sandbox portal, the gateway
// (upstream = sandbox, allowing the site's origin, the docs' dev/preview origins, so the
// widget reference's live examples work, the custom portal example's, and every origin in
// GATEWAY_ALLOWED_ORIGINS) and the example commune site.
// Data lives under .data/. Ports: SANDBOX_PORT (8790), GATEWAY_PORT (8787), SITE_PORT (5173).
// SANDBOX_PROFILE=observed runs the sandbox without its documented extensions (default: extended).
// Ctrl-C (or SIGTERM) stops all three. `--no-build` skips the build step.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { allowedOrigins, sandboxProfile, startServices } from './lib/services.mjs';

const root = resolve(import.meta.dirname, '..');
const ports = {
  sandbox: Number(process.env.SANDBOX_PORT ?? 8790),
  gateway: Number(process.env.GATEWAY_PORT ?? 8787),
  site: Number(process.env.SITE_PORT ?? 5173),
};

if (!process.argv.includes('--no-build')) {
  // JavaScript only: the stack runs the code; type declarations (most of a full
  // `pnpm build`) are left for `pnpm build` / `pnpm test`.
  console.log('› building packages (JavaScript only)…');
  const started = Date.now();
  const build = spawnSync('pnpm', ['-r', '--reporter=append-only', 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DVC_BUILD_JS_ONLY: '1' },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
  console.log(`› built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

const dataDir = join(root, '.data');
mkdirSync(dataDir, { recursive: true });

// The example site is Xã Ea Bung's; its gateway submits as UBND xã Ea Bung in the sandbox.
const agencyCode = process.env.PORTAL_AGENCY_CODE ?? '000.50.20.H66';
const stack = await startServices({ root, dataDir, ports, agencyCode, log: (line) => console.log(line) });
console.log(`
DVC Kit is running (Ctrl-C to stop):
  Commune site   ${stack.urls.site}
  Gateway API    ${stack.urls.gateway}   (reference: ${stack.urls.gateway}/docs)
  Sandbox portal ${stack.urls.sandbox}   (profile: ${sandboxProfile()})
  Allowed sites  ${allowedOrigins(stack.urls.site, process.env.GATEWAY_ALLOWED_ORIGINS).join(' ')}
                 (add yours: GATEWAY_ALLOWED_ORIGINS=http://127.0.0.1:8080 pnpm start)
  Data           ${dataDir}
`);

let stopping = false;
const stop = async (code = 0) => {
  if (stopping) return;
  stopping = true;
  console.log('\n› stopping…');
  await stack.stop();
  process.exit(code);
};
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
stack.exited.then((name) => {
  console.error(`✗ ${name} exited; stopping the stack.`);
  void stop(1);
});
