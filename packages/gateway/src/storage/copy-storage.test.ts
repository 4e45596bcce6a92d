import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'libsql';
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_POSTGRES_URL, dropSchema, queryPostgres, randomSchema } from '../../test/postgres-schema';
import { StorageCopyError } from './copy-error';
import { copyStorage } from './copy-storage';
import { COPY_TABLES } from './copy-tables';
import { createPostgresStorage } from './postgres';
import { createSqliteStorage } from './sqlite';

const fileHash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A small gateway SQLite file made through the storage API: dossiers, their outbox, a rating. */
async function sqliteGateway(dossiers = 3): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'dvc-copy-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'gateway.db');
  const storage = await createSqliteStorage(file);
  for (let i = 1; i <= dossiers; i++) {
    await storage.submitDossier({
      idempotencyKey: `key-${i}`,
      bodyHash: 'h',
      agency: 'A',
      day: '2025-03-04',
      build: (seq) => ({
        code: `A-250304-${seq}`,
        procedure: 'P',
        payload: { i, name: 'Nguyễn Thị Hoa' },
        receipt: {},
        outbox: [{ topic: 't', dossierCode: `A-250304-${seq}`, payload: {} }],
      }),
    });
  }
  await storage.saveRating({ dossierCode: 'A-250304-1', score: 5, comment: 'Tốt', createdAt: new Date() });
  await storage.close();
  return file;
}

async function expectCopyError(promise: Promise<unknown>, code: string): Promise<StorageCopyError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StorageCopyError);
  expect((error as StorageCopyError).code).toBe(code);
  expect((error as StorageCopyError).messages.vi).not.toBe((error as StorageCopyError).messages.en);
  return error as StorageCopyError;
}

describe('copyStorage refusals without a database server', () => {
  it('refuses a missing source, a PostgreSQL source and a SQLite target, writing nothing', async () => {
    const missing = join(tmpdir(), 'dvc-copy-missing', 'gateway.db');
    await expectCopyError(
      copyStorage({ from: missing, to: 'postgres://127.0.0.1:1/x' }),
      'storage.copy-source-missing',
    );
    await expectCopyError(
      copyStorage({ from: `sqlite:${missing}`, to: 'postgres://127.0.0.1:1/x' }),
      'storage.copy-source-missing',
    );
    await expectCopyError(
      copyStorage({ from: 'postgres://u:p@127.0.0.1/db', to: 'postgres://127.0.0.1:1/x' }),
      'storage.copy-source-unsupported',
    );
    const file = await sqliteGateway(1);
    await expectCopyError(copyStorage({ from: file, to: `sqlite:${file}.copy` }), 'storage.copy-target-unsupported');
  });

  it('refuses a file that is not a gateway database, without changing it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dvc-copy-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'other.db');
    const other = new Database(file);
    other.exec('create table notes (id integer primary key, body text)');
    other.close();
    const before = fileHash(file);
    await expectCopyError(copyStorage({ from: file, to: 'postgres://127.0.0.1:1/x' }), 'storage.copy-source-invalid');
    expect(fileHash(file)).toBe(before);
  });
});

const url = TEST_POSTGRES_URL;
if (url === undefined) {
  describe('copyStorage into PostgreSQL', () => {
    it.skip('needs DVC_TEST_POSTGRES_URL (e.g. postgres://dvc:dvc@127.0.0.1:5432/dvc)', () => undefined);
  });
  console.warn('[gateway] copy-storage PostgreSQL tests SKIPPED: set DVC_TEST_POSTGRES_URL to run them.');
} else {
  const target = () => {
    const schema = randomSchema();
    cleanups.push(() => dropSchema(url, schema));
    return { schema, to: `${url}?schema=${schema}` };
  };
  const count = async (schema: string, table: string) =>
    Number((await queryPostgres<{ n: string }>(url, `select count(*) as n from ${schema}.${table}`))[0]?.n);

  describe('copyStorage into PostgreSQL', () => {
    it('copies, verifies and leaves the source byte-identical; a second copy into the same schema is refused', async () => {
      const file = await sqliteGateway(3);
      const before = fileHash(file);
      const { schema, to } = target();
      const result = await copyStorage({ from: file, to, batchSize: 2 });
      expect(result.tables.map((t) => [t.table, t.targetRows])).toEqual([
        ['dossiers', 3],
        ['idempotency_keys', 3],
        ['dossier_sequences', 1],
        ['outbox', 3],
        ['uploads', 0],
        ['ratings', 1],
        ['lookup_failures', 0],
        ['supplement_answers', 0],
        ['watched_dossiers', 0],
        ['status_changes', 0],
        ['poll_budget', 0],
        ['email_optouts', 0],
        ['payments', 0],
        ['client_counters', 0],
        ['sso_transactions', 0],
        ['sessions', 0],
        ['account_dossiers', 0],
      ]);
      for (const t of result.tables) expect(t.targetSha256).toBe(t.sourceSha256);
      expect(fileHash(file)).toBe(before);

      const again = await expectCopyError(copyStorage({ from: file, to }), 'storage.copy-target-not-empty');
      expect(again.messages.en).toContain('dossiers: 3');
      expect(await count(schema, 'dossiers')).toBe(3);
      expect(fileHash(file)).toBe(before);

      // New outbox ids continue after the copied ones.
      const storage = await createPostgresStorage(url, { schema });
      await storage.enqueueOutbox([{ topic: 't', payload: {} }]);
      expect((await storage.getOutboxItem(4))?.topic).toBe('t');
      expect(await storage.nextSequence('A', '2025-03-04')).toBe(4);
      await storage.close();
    });

    it('rolls everything back when a row cannot be written, leaving the target empty', async () => {
      const file = await sqliteGateway(2);
      const raw = new Database(file);
      // PostgreSQL text cannot hold NUL; ratings are copied after dossiers, outbox, ….
      raw.exec(`update ratings set comment = 'a' || char(0) || 'b'`);
      raw.close();
      const { schema, to } = target();
      // libsql cuts the text at the NUL; SQLite's own byte count gives it away.
      const unreadable = await expectCopyError(copyStorage({ from: file, to }), 'storage.copy-source-unreadable');
      expect(unreadable.messages.en).toContain('ratings');
      for (const table of COPY_TABLES) expect(await count(schema, table.name)).toBe(0);
      // An error on the target side after dossiers were written (a second outbox row breaks an index) rolls back too.
      const fixed = new Database(file);
      fixed.exec(`update ratings set comment = 'ok'`);
      fixed.close();
      await queryPostgres(url, `create unique index one_outbox_row on ${schema}.outbox ((1))`);
      const error = await expectCopyError(copyStorage({ from: file, to }), 'storage.copy-failed');
      expect(error.messages.en).toContain('target is unchanged');
      for (const table of COPY_TABLES) expect(await count(schema, table.name)).toBe(0);
      await queryPostgres(url, `drop index ${schema}.one_outbox_row`);
      expect((await copyStorage({ from: file, to })).rows).toBe(2 + 2 + 1 + 2 + 1);
    });

    it('knows every table and column of the migrated PostgreSQL schema', async () => {
      const { schema } = target();
      await (await createPostgresStorage(url, { schema })).close();
      const rows = await queryPostgres<{ table_name: string; column_name: string }>(
        url,
        `select table_name, column_name from information_schema.columns where table_schema = '${schema}' and table_name not like 'kysely_%' order by 1, 2`,
      );
      const expected = COPY_TABLES.flatMap((t) => Object.keys(t.columns).map((c) => `${t.name}.${c}`)).sort();
      expect(rows.map((r) => `${r.table_name}.${r.column_name}`)).toEqual(expected);
    });
  });
}
