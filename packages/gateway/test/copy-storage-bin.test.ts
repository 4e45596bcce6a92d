// `dvc-gateway copy-storage` as an operator runs it: the BUILT bin in its own process.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSqliteStorage } from '../src/storage/sqlite';
import { TEST_POSTGRES_URL, dropSchema, randomSchema } from './postgres-schema';

const BIN = join(import.meta.dirname, '..', 'dist', 'bin.js');

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  if (!existsSync(BIN))
    throw new Error(`Needs the built gateway: run \`pnpm build\` in packages/gateway first (missing ${BIN}).`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => void (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('dvc-gateway copy-storage (built bin)', () => {
  // Three processes of the built bin: generous on a loaded CI machine (timed out at 20 s once).
  it('prints its help, and refuses a missing source with exit 1 and both languages', { timeout: 60_000 }, async () => {
    const help = await run(['copy-storage', '--help']);
    expect([help.code, help.stdout]).toEqual([0, expect.stringContaining('--from <file>')]);
    const usage = await run(['copy-storage', '--from', 'x.db']);
    expect(usage.code).toBe(2);
    const missing = await run([
      'copy-storage',
      '--from',
      join(tmpdir(), 'dvc-no-such', 'gateway.db'),
      '--to',
      'postgres://127.0.0.1:1/x',
    ]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('storage.copy-source-missing');
    expect(missing.stderr).toContain('Không tìm thấy tệp dữ liệu nguồn');
  });

  it.skipIf(TEST_POSTGRES_URL === undefined)(
    'copies into an empty schema (exit 0, summary), then refuses the same non-empty schema (exit 1)',
    async () => {
      const url = TEST_POSTGRES_URL as string;
      const dir = mkdtempSync(join(tmpdir(), 'dvc-copy-bin-'));
      const schema = randomSchema();
      try {
        const file = join(dir, 'gateway.db');
        const storage = await createSqliteStorage(file);
        await storage.submitDossier({
          idempotencyKey: 'bin-key-1',
          bodyHash: 'h',
          agency: 'A',
          day: '2025-03-04',
          build: () => ({ code: 'A-1', procedure: 'P', payload: {}, receipt: {} }),
        });
        await storage.close();
        const to = `${url}?schema=${schema}`;
        const first = await run(['copy-storage', '--from', `sqlite:${file}`, '--to', to]);
        expect(first.stderr).toBe('');
        expect(first.code).toBe(0);
        expect(first.stdout).toMatch(/dossiers\s+1\s+1\s+[0-9a-f]{16}\s+khớp \/ match/);
        expect(first.stdout).not.toContain('dvc:dvc@');
        const second = await run(['copy-storage', '--from', file, '--to', to]);
        expect(second.code).toBe(1);
        expect(second.stderr).toContain('storage.copy-target-not-empty');
      } finally {
        rmSync(dir, { recursive: true, force: true });
        await dropSchema(url, schema);
      }
    },
    30_000,
  );
});
