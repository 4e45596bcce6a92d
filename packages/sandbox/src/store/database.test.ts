import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, readMeta, scalar, writeMeta } from './database';

const root = mkdtempSync(join(tmpdir(), 'dvc-sandbox-db-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('openDatabase', () => {
  it('creates a missing data directory and keeps the database there in WAL mode', () => {
    const dir = join(root, 'nested', 'sandbox');
    const db = openDatabase({ dataDir: dir });
    try {
      expect(existsSync(join(dir, 'sandbox.db'))).toBe(true);
      expect(scalar(db.prepare('PRAGMA journal_mode'))).toBe('wal');
      writeMeta(db, 'k', 'v1');
      writeMeta(db, 'k', 'v2');
      expect(readMeta(db, 'k')).toBe('v2');
      expect(readMeta(db, 'missing')).toBeUndefined();
    } finally {
      db.close();
    }
  });
});
