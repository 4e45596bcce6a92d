// The Node sync example (examples/node-sync) against the stack `pnpm start` runs, as its README
// says: `node examples/node-sync/sync.mjs --portal <the stack's sandbox> data/sample.csv`. It is
// a Node program, so "opening" it means running it; what it synced is then read back the way an
// operator would, with `dvc lookup` against the same portal.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { root, startStack, type Stack } from './stack';

const exec = promisify(execFile);
const sample = join(root, 'examples/node-sync/data/sample.csv');
let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
}, 120_000);
afterAll(() => stack?.stop());

/** Runs a Node script to its end; its exit code and output, whatever the code. */
const node = (args: string[], env: Record<string, string> = {}) =>
  exec(process.execPath, args, { encoding: 'utf8', env: { ...process.env, ...env } }).then(
    ({ stdout, stderr }) => ({ code: 0, out: stdout + stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
  );

/** A summary row's number, e.g. `row(out, 'inserted')`. */
const row = (out: string, label: string) => Number(out.match(new RegExp(`/ ${label}\\s+(\\d+)`))?.[1] ?? NaN);

describe('examples/node-sync against the pnpm start stack', () => {
  test('syncs the sample once, a second run updates, and `dvc lookup` finds a synced dossier', async () => {
    const script = join(root, 'examples/node-sync/sync.mjs');
    const first = await node([script, '--portal', stack.urls.sandbox, sample]);
    expect(first.code, first.out).toBe(0);
    expect(row(first.out, 'inserted')).toBe(50);
    const second = await node([script, '--portal', stack.urls.sandbox, sample]);
    expect(second.code, second.out).toBe(0);
    expect(row(second.out, 'updated')).toBe(50);

    const [header, line] = readFileSync(sample, 'utf8').split('\n');
    const record = Object.fromEntries(header!.split(',').map((k, i) => [k, line!.split(',')[i]]));
    const lookup = await node([join(root, 'packages/cli/dist/bin.js'), 'lookup', record.MaHoSo!, '--lang', 'en'], {
      DVC_PORTAL_URL: stack.urls.sandbox,
      DVC_USERNAME: 'dvc-sandbox',
      DVC_PASSWORD: 'dvc-sandbox',
      DVC_AGENCY: '000.00.00.H66',
    });
    expect(lookup.code, lookup.out).toBe(0);
    expect(lookup.out).toContain(record.MaHoSo);
    expect(lookup.out).toContain(record.ChuHoSo);
    expect(lookup.out).not.toContain(record.SoGiayToChuHoSo); // masked
  });
});
