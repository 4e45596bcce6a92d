import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSandbox, type RunningSandbox } from '@dvc-kit/sandbox';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

// The example as its README runs it: `node sync.mjs --portal <url> <file.csv>`, a real
// process against a real sandbox on loopback (the workspace packages' built dist).
const script = join(import.meta.dirname, '..', 'sync.mjs');
const sample = join(import.meta.dirname, '..', 'data', 'sample.csv');
const agency = '000.50.20.H66';

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, clock: '2025-10-20T08:00:00+07:00' });
});
afterAll(() => sandbox?.close());

/** Runs the script to its end (asynchronously: the sandbox answers from this process). */
function sync(file: string): Promise<{ status: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, '--portal', sandbox.url, file], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, out }));
  });
}

/** A summary row's number, e.g. `row(out, 'inserted')`. */
const row = (out: string, label: string) => Number(out.match(new RegExp(`/ ${label}\\s+(\\d+)`))?.[1] ?? NaN);

async function syncedCount(): Promise<number> {
  const res = await fetch(`${sandbox.url}/admin/dossiers/count?agency=${agency}&origin=sync`);
  return ((await res.json()) as { count: number }).count;
}

describe('examples/node-sync', () => {
  test('syncs the 50 sample dossiers once, and a second run updates them instead of duplicating', async () => {
    const first = await sync(sample);
    expect(first.status, first.out).toBe(0);
    expect(row(first.out, 'rows read')).toBe(50);
    expect(row(first.out, 'inserted')).toBe(50);
    expect(row(first.out, 'failed')).toBe(0);
    expect(first.out).toContain('50/50');
    expect(await syncedCount()).toBe(50);

    const second = await sync(sample);
    expect(second.status, second.out).toBe(0);
    expect(row(second.out, 'updated')).toBe(50);
    expect(row(second.out, 'inserted')).toBe(0);
    expect(await syncedCount()).toBe(50);
  });

  test('reports an invalid row by its line, sends the valid ones and exits 1', async () => {
    const lines = readFileSync(sample, 'utf8').trimEnd().split('\n');
    const broken = lines[3]!.replace(/,20251\d{9},/, ',20251399999999,'); // month 13: not a wire date
    expect(broken).not.toBe(lines[3]);
    const file = join(mkdtempSync(join(tmpdir(), 'dvc-node-sync-')), 'export.csv');
    writeFileSync(file, [lines[0], lines[1], lines[2], broken].join('\n'));
    const run = await sync(file);
    expect(run.status, run.out).toBe(1);
    expect(row(run.out, 'rows read')).toBe(3);
    expect(row(run.out, 'invalid, not sent')).toBe(1);
    expect(row(run.out, 'inserted') + row(run.out, 'updated')).toBe(2); // the valid rows went
    expect(row(run.out, 'failed')).toBe(0);
    expect(run.out).toMatch(/✗ dòng 4: /);
  });
});
