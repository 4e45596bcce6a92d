import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway } from '../../test/start-gateway';
import type { TestGateway } from '../../test/start-gateway';

/** Redocly CLI's own entry (2.77.0: the newest that declares Node 20; 1.34.20 also works). */
const redocly = join(dirname(createRequire(import.meta.url).resolve('@redocly/cli/package.json')), 'bin/cli.js');

/**
 * Problems the recommended ruleset reports that the API cannot honestly fix: the liveness and
 * readiness probes have no client error to declare (they answer 200, or 503 when not ready), and
 * `operation-4xx-response` asks every operation for a 4XX answer.
 */
const ACCEPTED = new Set([
  'operation-4xx-response #/paths/~1healthz/get/responses',
  'operation-4xx-response #/paths/~1readyz/get/responses',
]);

interface LintReport {
  totals: { errors: number; warnings: number };
  problems: { ruleId: string; severity: string; message: string; location: { pointer: string }[] }[];
}

let t: TestGateway;
let dir: string;
beforeAll(async () => {
  t = await startTestGateway();
  dir = mkdtempSync(join(tmpdir(), 'dvc-openapi-lint-'));
});
afterAll(async () => {
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the OpenAPI document under Redocly's recommended ruleset", () => {
  it("has no errors and no warnings besides the probes' missing 4XX", { timeout: 60_000 }, async () => {
    const file = join(dir, 'openapi.json');
    writeFileSync(file, await (await fetch(`${t.url}/openapi.json`)).text());
    const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' };
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [redocly, 'lint', file, '--extends', 'recommended', '--format', 'json'],
      { env, cwd: dir },
    ).catch((error: { stdout?: string; stderr?: string }) => ({
      stdout: error.stdout ?? '',
      stderr: error.stderr ?? '',
    }));
    const report = JSON.parse(stdout) as LintReport;
    const found = report.problems.map((p) => `${p.ruleId} ${p.location[0]?.pointer ?? ''}`);
    expect(
      found.filter((p) => !ACCEPTED.has(p)),
      report.problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message}`).join('\n'),
    ).toEqual([]);
    expect(report.totals.errors).toBe(0);
  });
});
