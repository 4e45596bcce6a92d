#!/usr/bin/env node
// The README's test command: builds every package, runs every package's test
// runner (vitest, web-test-runner, end-to-end) one after another, and ends with
// one line `N passed, N failed` summed over all of them.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const results = join(root, '.test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...opts }).status ?? 1;

if (!process.argv.includes('--no-build') && run('pnpm', ['-r', 'build']) !== 0) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}

/** Workspace packages with the given script, in dependency order. */
function packagesWith(script) {
  const out = spawnSync(
    'pnpm',
    [
      '-r',
      '--sort',
      'exec',
      'node',
      '-e',
      `const p=require("./package.json");if(p.scripts&&p.scripts[${JSON.stringify(script)}])console.log(JSON.stringify([p.name,process.cwd()]))`,
    ],
    { cwd: root, encoding: 'utf8' },
  );
  return out.stdout
    .split('\n')
    .filter((l) => l.startsWith('['))
    .map((l) => JSON.parse(l));
}

const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));

/**
 * The static checks `pnpm test` runs after the suites: each counts as one test, and on failure
 * its first problems (`file:line message`) go to the "Failed:" list.
 */
const STATIC_CHECKS = [
  {
    name: 'lint (ESLint)',
    script: 'lint',
    // ESLint's default output: a file's path on its own line, then `  12:5  error  message  rule`.
    firstErrors(text) {
      const found = [];
      let file = '';
      for (const line of text.split('\n')) {
        if (line.startsWith('/')) file = line.trim().slice(root.length + 1);
        const m = /^\s+(\d+):(\d+)\s+error\s+(.*)$/.exec(line);
        if (m) found.push(`${file}:${m[1]}:${m[2]} ${m[3].trim().replace(/\s{3,}/g, '  ')}`);
        else if (/^(Oops!|Error:|SyntaxError|TypeError)/.test(line)) found.push(line.trim());
      }
      return found;
    },
  },
  {
    name: 'format (Prettier)',
    script: 'format:check',
    // `prettier --check` names each unformatted file as `[warn] path`, then a summary line.
    firstErrors: (text) =>
      text.split('\n').flatMap((line) => {
        const m = /^\[(warn|error)\] (.+)$/.exec(line.trim());
        if (!m || /^Code style issues|^All matched files/.test(m[2])) return [];
        return [m[1] === 'warn' ? `${m[2]} is not formatted (pnpm format)` : m[2]];
      }),
  },
];
/**
 * `--node-suites`: only the suites that run in Node, not those that drive a browser (the
 * elements' web-test-runner, the end-to-end run in Chromium). `.ci/run` runs them again under
 * Node 24 this way (that Node first on PATH), next to the full run under the machine's Node 20.
 */
const nodeSuitesOnly = process.argv.includes('--node-suites');
const BROWSER_SUITES = new Set(['@dvc-kit/elements', '@dvc-kit/e2e']);
let passed = 0;
let failed = 0;
let skipped = 0;
const lines = [];
/** Failed tests by name with their first error line, printed above the closing line (CI logs keep the tail). */
const failures = [];

/** Names and first error lines of the failed tests in a report: vitest JSON, or `failures` written by our other runners. */
function failuresIn(report, runner) {
  const found = [...(report.failures ?? [])];
  for (const file of report.testResults ?? []) {
    for (const t of file.assertionResults ?? []) {
      if (t.status === 'failed') found.push({ name: t.fullName ?? t.title, message: t.failureMessages?.[0] ?? '' });
    }
    if (file.status === 'failed' && !(file.assertionResults ?? []).some((t) => t.status === 'failed')) {
      found.push({ name: file.name, message: file.message ?? 'the file failed to run' });
    }
  }
  return found.map(
    ({ name, message }) =>
      `${runner}: ${name}\n    ${
        String(message)
          .split('\n')
          .find((l) => l.trim()) ?? ''
      }`,
  );
}
for (const [name, dir] of packagesWith('test')) {
  if (only.length && !only.some((o) => name.includes(o))) continue;
  if (nodeSuitesOnly && BROWSER_SUITES.has(name)) continue;
  const report = join(results, `${name.replace(/[@/]/g, '_')}.json`);
  console.log(`\n── ${name}${nodeSuitesOnly ? ` (Node ${process.versions.node})` : ''} ──`);
  const status = run('pnpm', ['run', 'test'], { cwd: dir, env: { ...process.env, DVC_TEST_REPORT: report } });
  let p = 0,
    f = 0,
    s = 0;
  if (existsSync(report)) {
    const r = JSON.parse(readFileSync(report, 'utf8'));
    p = r.numPassedTests ?? 0;
    f = r.numFailedTests ?? 0;
    s = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
    failures.push(...failuresIn(r, name));
  }
  // A runner that crashed or failed without reporting a failed test still counts as a failure.
  if (status !== 0 && f === 0) f = 1;
  passed += p;
  failed += f;
  skipped += s;
  lines.push(`${name.padEnd(28)} ${String(p).padStart(5)} passed ${String(f).padStart(3)} failed`);
}
// Release checks, dry run (scripts/release.mjs --skip-build): publint --strict and attw per
// package, size budgets, packed tarballs installed into fresh CommonJS, ESM, TypeScript
// node16 and Vite consumer projects, changeset status. Each check counts as one test.
if (!process.argv.includes('--no-release') && !only.length && !nodeSuitesOnly) {
  console.log('\n── release checks (dry run) ──');
  const report = join(results, 'release.json');
  const status = run('node', ['scripts/release.mjs', '--skip-build'], {
    env: { ...process.env, DVC_TEST_REPORT: report },
  });
  let p = 0,
    f = 0;
  if (existsSync(report)) {
    const r = JSON.parse(readFileSync(report, 'utf8'));
    ({ numPassedTests: p, numFailedTests: f } = r);
    failures.push(...failuresIn(r, 'release'));
  }
  if (status !== 0 && f === 0) f = 1;
  passed += p;
  failed += f;
  lines.push(`${'release checks'.padEnd(28)} ${String(p).padStart(5)} passed ${String(f).padStart(3)} failed`);
}

// Lint (ESLint, `pnpm lint`) and format check (Prettier, `pnpm format:check`), one test each.
// They read the sources, not the Node running them, so `--node-suites` leaves them out;
// `--no-lint` skips both for a faster local run; `pnpm test -- lint` (or `-- format`) runs only that one.
if (!process.argv.includes('--no-lint') && !nodeSuitesOnly) {
  for (const { name, script, firstErrors } of STATIC_CHECKS) {
    if (only.length && !only.some((o) => script.startsWith(o))) continue;
    console.log(`\n── ${name} (pnpm ${script}) ──`);
    const out = spawnSync('pnpm', ['--silent', script], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    process.stdout.write(out.stdout ?? '');
    process.stderr.write(out.stderr ?? '');
    const ok = out.status === 0;
    if (ok) passed++;
    else {
      failed++;
      const errors = firstErrors(`${out.stdout ?? ''}\n${out.stderr ?? ''}`);
      const shown = errors
        .slice(0, 5)
        .map((e) => `\n    ${e}`)
        .join('');
      const more = errors.length > 5 ? `\n    … and ${errors.length - 5} more` : '';
      const count = errors.length ? `${errors.length} problem${errors.length === 1 ? '' : 's'}` : 'failed';
      failures.push(`${name}: ${count}${shown || `\n    ${out.error?.message ?? 'see its output above'}`}${more}`);
    }
    lines.push(`${name.padEnd(28)} ${ok ? 'passed' : 'FAILED'}`);
  }
}

// The documentation site must build without warnings (docs/scripts/build.mjs fails on any).
if (!process.argv.includes('--no-docs') && !only.length && !nodeSuitesOnly) {
  console.log('\n── docs (pnpm docs:build) ──');
  const ok = run('pnpm', ['docs:build']) === 0;
  if (ok) passed++;
  else {
    failed++;
    failures.push('docs site: the build failed (see its output above)');
  }
  lines.push(`${'docs site'.padEnd(28)} build ${ok ? 'passed' : 'FAILED'}`);
}
console.log('\n' + lines.join('\n'));
if (failures.length) console.log(`\nFailed:\n${failures.map((f) => `  ✗ ${f}`).join('\n')}\n`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed ? 1 : 0);
