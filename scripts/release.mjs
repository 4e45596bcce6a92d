#!/usr/bin/env node
// `pnpm release [--publish] [--skip-build] [--keep]`: everything that must hold before a
// DVC Kit package reaches npm, then (only with --publish) `changeset publish`.
//   1. build every package;
//   2. per package: publint --strict and attw (its `lint:pkg` script), size budgets (`size`);
//   3. `pnpm pack` each publishable package into a temp dir (workspace:^ rewritten to versions);
//   4. fresh consumer projects install ONLY those tarballs (npm, overrides → file:) and run:
//      CommonJS require, ESM import, TypeScript `moduleResolution: node16` (tsc), a Vite build,
//      and an app on newer minors of lit and zod that must end with one copy of each;
//   5. `changeset status` (the pending changesets and the versions they make).
// Without --publish nothing leaves this machine. CHANGELOGs are written by `changeset version`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { installedCopies, nextMinorTarball } from './lib/newer-minor.mjs';

const root = resolve(import.meta.dirname, '..');
const args = new Set(process.argv.slice(2));
const publish = args.has('--publish');
const work = mkdtempSync(join(tmpdir(), 'dvc-release-'));
const results = [];

function run(cmd, cmdArgs, opts = {}) {
  const r = spawnSync(cmd, cmdArgs, {
    cwd: root,
    encoding: 'utf8',
    stdio: opts.quiet ? 'pipe' : 'inherit',
    env: { ...process.env, ...opts.env },
    ...opts,
  });
  return { ok: r.status === 0, out: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}
function step(name, fn) {
  const started = Date.now();
  process.stdout.write(`\n── ${name}\n`);
  let ok;
  let detail = '';
  try {
    const r = fn();
    ok = r === undefined ? true : typeof r === 'boolean' ? r : r.ok;
    if (r && typeof r === 'object' && !r.ok) detail = r.out?.split('\n').slice(-25).join('\n') ?? '';
  } catch (error) {
    ok = false;
    detail = error.stack ?? String(error);
  }
  if (detail) console.error(detail);
  results.push({ name, ok, seconds: (Date.now() - started) / 1000 });
  console.log(`${ok ? '✓' : '✗'} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return ok;
}

const packages = readdirSync(join(root, 'packages'))
  .map((dir) => ({
    dir: join(root, 'packages', dir),
    pkg: JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8')),
  }))
  .filter(({ pkg }) => !pkg.private);

// 1. Build.
if (!args.has('--skip-build'))
  step('build every package', () => run('pnpm', ['-r', '--filter', './packages/*', 'build']));

// 2. Package checks and size budgets.
for (const { dir, pkg } of packages) {
  if (pkg.scripts?.['lint:pkg'])
    step(`${pkg.name}: publint --strict + attw`, () => run('pnpm', ['run', 'lint:pkg'], { cwd: dir, quiet: true }));
  if (pkg.scripts?.size) step(`${pkg.name}: size budgets`, () => run('pnpm', ['run', 'size'], { cwd: dir }));
}

// 3. Pack.
const tarballs = join(work, 'tarballs');
mkdirSync(tarballs);
for (const { dir, pkg } of packages)
  step(`${pkg.name}: pnpm pack`, () =>
    run('pnpm', ['pack', '--pack-destination', tarballs], { cwd: dir, quiet: true }),
  );
const tarballOf = Object.fromEntries(
  packages.map(({ pkg }) => {
    const file = readdirSync(tarballs).find(
      (f) => f === `${pkg.name.replace('@', '').replace('/', '-')}-${pkg.version}.tgz`,
    );
    return [pkg.name, file ? `file:${join(tarballs, file)}` : undefined];
  }),
);

// 4. Consumers: each installs only tarballs (plus public dependencies from the registry).
function consumer(name, files, extraDeps = {}) {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  const deps = { ...Object.fromEntries(Object.entries(tarballOf).filter(([, v]) => v)), ...extraDeps };
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify(
      {
        name: `consumer-${name}`,
        private: true,
        dependencies: deps,
        overrides: Object.fromEntries(Object.entries(tarballOf).filter(([, v]) => v)),
      },
      null,
      2,
    ),
  );
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  const install = run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, quiet: true });
  if (!install.ok) throw new Error(`npm install failed in ${name}:\n${install.out}`);
  return dir;
}
const nodePackages = [
  '@dvc-kit/core',
  '@dvc-kit/core/units',
  '@dvc-kit/client',
  '@dvc-kit/client/public',
  '@dvc-kit/client/errors',
  '@dvc-kit/client/errors/guards',
];

step('consumer: CommonJS require', () => {
  const dir = consumer('cjs', {
    'index.cjs': `const assert = require('node:assert');
for (const id of ${JSON.stringify(nodePackages)}) assert.ok(Object.keys(require(id)).length > 0, id);
assert.strictEqual(require('@dvc-kit/core').foldVietnamese('Đắk Lắk'), 'dak lak');
console.log('cjs ok');\n`,
  });
  return run('node', ['index.cjs'], { cwd: dir });
});
step('consumer: ESM import', () => {
  const dir = consumer('esm', {
    'index.mjs': `import assert from 'node:assert';
for (const id of ${JSON.stringify([...nodePackages, '@dvc-kit/gateway', '@dvc-kit/sandbox'])}) assert.ok(Object.keys(await import(id)).length > 0, id);
const { startSandbox } = await import('@dvc-kit/sandbox');
const { createPortalClient } = await import('@dvc-kit/client');
const sandbox = await startSandbox({ port: 0, clock: '2025-10-01T08:00:00+07:00' });
const portal = createPortalClient({ baseUrl: sandbox.url, agencyCode: '000.50.20.H66', credentials: { username: 'dvc-sandbox', password: 'dvc-sandbox' } });
assert.ok((await portal.listAgencies()).length > 100);
await sandbox.close();
console.log('esm ok');\n`,
  });
  return run('node', ['index.mjs'], { cwd: dir });
});
step('consumer: TypeScript (module node16)', () => {
  const dir = consumer(
    'ts-node16',
    {
      'tsconfig.json': JSON.stringify({
        compilerOptions: {
          module: 'node16',
          moduleResolution: 'node16',
          target: 'es2022',
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          lib: ['es2022', 'dom'],
          types: [],
        },
        include: ['*.mts', '*.cts'],
      }),
      'index.mts': `import { decodeWire, dossierCodec, type Dossier } from '@dvc-kit/core';
import { provinces } from '@dvc-kit/core/units';
import { createPortalClient, type PortalClient } from '@dvc-kit/client';
import { createPublicClient } from '@dvc-kit/client/public';
import { createGateway } from '@dvc-kit/gateway';
import { startSandbox } from '@dvc-kit/sandbox';
import type { DvcDossierForm } from '@dvc-kit/elements';
export type Checked = [Dossier, PortalClient, DvcDossierForm, typeof decodeWire, typeof dossierCodec, typeof provinces, typeof createPublicClient, typeof createGateway, typeof startSandbox, typeof createPortalClient];\n`,
      'index.cts': `import core = require('@dvc-kit/core');
import client = require('@dvc-kit/client');
export const fold: typeof core.foldVietnamese = core.foldVietnamese;
export const create: typeof client.createPortalClient = client.createPortalClient;\n`,
    },
    { typescript: '6.0.3', '@types/node': '^20.19.0' },
  );
  return run(join(dir, 'node_modules/.bin/tsc'), ['-p', '.'], { cwd: dir });
});
step('consumer: Vite build (widgets + React + public client)', () => {
  const dir = consumer(
    'vite',
    {
      'index.html':
        '<!doctype html><html lang="vi"><body><div id="root"></div><dvc-dossier-status endpoint="https://dvc.example"></dvc-dossier-status><script type="module" src="/main.js"></script></body></html>',
      'main.js': `import '@dvc-kit/elements/define/all.js';
import { createPublicClient } from '@dvc-kit/client/public';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { DvcProcedureSearch } from '@dvc-kit/react';
createRoot(document.getElementById('root')).render(createElement(DvcProcedureSearch, { agency: '000.50.20.H66' }));
console.log(createPublicClient({ endpoint: 'https://dvc.example' }));\n`,
    },
    { vite: '8.3.8', react: '19.3.1', 'react-dom': '19.3.1' },
  );
  return run(join(dir, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], { cwd: dir });
});

step('consumer: an app on newer minors of lit and zod gets one copy of each', () => {
  // DVC Kit's runtime dependencies are caret ranges, so the app's newer minor satisfies them.
  const wanted = {
    lit: JSON.parse(readFileSync(join(root, 'packages/elements/package.json'), 'utf8')).dependencies.lit,
    zod: JSON.parse(readFileSync(join(root, 'packages/core/package.json'), 'utf8')).dependencies.zod,
  };
  const newer = Object.fromEntries(
    Object.entries(wanted).map(([name, range]) => [name, nextMinorTarball(name, range.replace(/^\^/, ''), work)]),
  );
  const dir = consumer(
    'newer-minors',
    {
      'index.mjs': `import assert from 'node:assert';
import { decodeWire, dossierCodec } from '@dvc-kit/core';
import { createPublicClient } from '@dvc-kit/client/public';
assert.throws(() => decodeWire(dossierCodec, {}));
assert.ok(createPublicClient({ endpoint: 'https://dvc.example' }));
console.log('newer minors ok');\n`,
    },
    { lit: newer.lit.spec, zod: newer.zod.spec },
  );
  const copies = { lit: installedCopies(dir, 'lit'), zod: installedCopies(dir, 'zod') };
  console.log(`lit: ${copies.lit.join(', ')}\nzod: ${copies.zod.join(', ')}`);
  const one = Object.entries(copies).every(
    ([name, list]) => list.length === 1 && list[0].endsWith(`@${newer[name].version}`),
  );
  return one && run('node', ['index.mjs'], { cwd: dir }).ok;
});

// 5. Changesets.
step('changeset status', () => run('pnpm', ['changeset', 'status']));

const failed = results.filter((r) => !r.ok);
// Under the root `pnpm test`, each check counts as one test in its closing line.
if (process.env.DVC_TEST_REPORT) {
  writeFileSync(
    process.env.DVC_TEST_REPORT,
    JSON.stringify({
      numPassedTests: results.length - failed.length,
      numFailedTests: failed.length,
      failures: failed.map((r) => ({ name: r.name, message: 'the check failed (see its output above)' })),
    }),
  );
}
console.log(`\n${results.map((r) => `${r.ok ? '✓' : '✗'} ${r.name}`).join('\n')}`);
if (!args.has('--keep')) rmSync(work, { recursive: true, force: true });
else console.log(`kept: ${work}`);
if (failed.length) {
  console.error(`\n✗ ${failed.length} check(s) failed; nothing was published.`);
  process.exit(1);
}
if (!publish) {
  console.log(
    '\n✓ every check passed. Dry run: nothing was published (pass --publish; run `pnpm changeset version` first to bump versions and write CHANGELOGs).',
  );
  process.exit(0);
}
process.exit(run('pnpm', ['changeset', 'publish']).ok ? 0 : 1);
