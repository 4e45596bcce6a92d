#!/usr/bin/env node
// The package's test command: size budgets (vitest, Node) then the browser tests
// (web-test-runner, Chromium). Each runner writes its own counts; this sums them into
// DVC_TEST_REPORT, the one report file the root `pnpm test` reads per package.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const report = process.env.DVC_TEST_REPORT;
const base = report ?? join(tmpdir(), `dvc-elements-${process.pid}`);
const runners = [
  ['vitest', ['run'], `${base}.size.json`],
  ['wtr', [], `${base}.wtr.json`],
];
const totals = { numPassedTests: 0, numFailedTests: 0, numPendingTests: 0, failures: [], testResults: [] };
let failed = false;
for (const [cmd, args, file] of runners) {
  rmSync(file, { force: true });
  const status = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, DVC_TEST_REPORT: file } }).status;
  const counts = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  let f = counts.numFailedTests ?? 0;
  if (status !== 0 && f === 0) f = 1; // a crash counts as a failure
  totals.numPassedTests += counts.numPassedTests ?? 0;
  totals.numFailedTests += f;
  totals.numPendingTests += (counts.numPendingTests ?? 0) + (counts.numTodoTests ?? 0);
  // Failed tests, named by the root test command: wtr's `failures`, vitest's own `testResults`.
  totals.failures.push(...(counts.failures ?? []));
  totals.testResults.push(...(counts.testResults ?? []));
  failed ||= status !== 0;
  rmSync(file, { force: true });
}
if (report) writeFileSync(report, JSON.stringify(totals));
console.log(`elements: ${totals.numPassedTests} passed, ${totals.numFailedTests} failed`);
process.exit(failed ? 1 : 0);
