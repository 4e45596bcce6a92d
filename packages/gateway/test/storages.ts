import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPostgresStorage } from '../src/storage/postgres';
import { createSqliteStorage } from '../src/storage/sqlite';
import type { GatewayStorage } from '../src/storage/types';
import { TEST_POSTGRES_URL, dropSchema, randomSchema } from './postgres-schema';

/** A fresh storage (and a second instance on the same data, for PostgreSQL). */
export interface OpenedStorage {
  storage: GatewayStorage;
  peer: GatewayStorage;
  /** `storageUrl` a gateway can open on the same data. */
  url: string;
  dispose(): Promise<void>;
}

/** One database kind the tests run on. */
export interface StorageKind {
  name: 'SQLite' | 'PostgreSQL';
  open(): Promise<OpenedStorage>;
}

const sqlite: StorageKind = {
  name: 'SQLite',
  async open() {
    const dir = mkdtempSync(join(tmpdir(), 'dvc-hardening-'));
    const file = join(dir, 'gateway.db');
    const storage = await createSqliteStorage(file);
    return {
      storage,
      peer: storage,
      url: `sqlite:${file}`,
      async dispose() {
        await storage.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

const postgres = (url: string): StorageKind => ({
  name: 'PostgreSQL',
  async open() {
    const schema = randomSchema();
    const storage = await createPostgresStorage(url, { schema });
    const peer = await createPostgresStorage(url, { schema });
    const withSchema = new URL(url);
    withSchema.searchParams.set('schema', schema);
    return {
      storage,
      peer,
      url: withSchema.toString(),
      async dispose() {
        await Promise.all([storage.close(), peer.close()]);
        await dropSchema(url, schema);
      },
    };
  },
});

/** SQLite always; PostgreSQL when `DVC_TEST_POSTGRES_URL` is set. */
export const STORAGE_KINDS: StorageKind[] =
  TEST_POSTGRES_URL === undefined ? [sqlite] : [sqlite, postgres(TEST_POSTGRES_URL)];
