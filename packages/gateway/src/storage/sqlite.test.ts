import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'libsql';
import { expect, it } from 'vitest';
import { createSqliteStorage } from './sqlite';
import { runStorageSuite } from './storage-suite';

runStorageSuite('SQLite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dvc-gateway-sqlite-'));
  const storage = await createSqliteStorage(join(dir, 'gateway.db'));
  return {
    storage,
    // SQLite serves one gateway process; its single connection serialises the calls.
    peer: storage,
    async dispose() {
      await storage.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

it('keeps data across reopen of the same file, in WAL mode', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dvc-gateway-sqlite-'));
  const file = join(dir, 'nested', 'gateway.db');
  try {
    const first = await createSqliteStorage(file);
    await first.submitDossier({
      idempotencyKey: 'k',
      bodyHash: 'h',
      agency: 'A',
      day: 'd',
      build: () => ({ code: 'C1', procedure: 'P', payload: {}, receipt: {} }),
    });
    await first.close();
    const raw = new Database(file);
    expect(raw.pragma('journal_mode')).toEqual([{ journal_mode: 'wal' }]);
    raw.close();
    const second = await createSqliteStorage(file);
    expect((await second.getDossier('C1'))?.code).toBe('C1');
    expect(await second.nextSequence('A', 'd')).toBe(2);
    await second.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
