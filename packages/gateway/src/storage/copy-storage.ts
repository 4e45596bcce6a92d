import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'libsql';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { listUploadHashes } from './client-queries';
import type { MessageParams } from '@dvc-kit/core';
import { StorageCopyError, tableMatches } from './copy-error';
import { storageMessages } from './messages';
import type { StorageMessageCode } from './messages';
import type { CopiedTable } from './copy-error';
import { COPY_TABLES, RowDigest, insertBatch, readBatches, sqliteFacts } from './copy-tables';
import type { CopyTable } from './copy-tables';
import { migrationNames } from './migrations';
import { openStorage } from './open-storage';
import { connectPostgres } from './postgres';
import { cachedStatements } from './statement-cache';
import type { GatewayDatabase } from './schema';
import { parseStorageUrl, redactStorageUrl } from './storage-url';

type Db = Kysely<GatewayDatabase>;

/** Options of {@link copyStorage}. */
export interface CopyStorageOptions {
  /** The gateway's SQLite database: a file path or `sqlite:<file>`. Only ever read. */
  from: string;
  /** An empty PostgreSQL target: `postgres://user:pass@host:5432/db`, optionally `?schema=name`. */
  to: string;
  /** Rows read and inserted per statement. @default 500 */
  batchSize?: number;
  /** Called after each copied batch with the rows copied so far of that table. @default none */
  onProgress?: (progress: { table: string; rows: number }) => void;
}

/** What {@link copyStorage} copied and verified. */
export interface CopyStorageResult {
  /** Every table, in copy order, with counts and checksums of both sides (all equal). */
  tables: CopiedTable[];
  /** Rows copied over all tables. */
  rows: number;
  /** Wall time of the copy and verification, in ms. */
  durationMs: number;
}

const fail = (code: string, text: StorageMessageCode, params?: MessageParams, cause?: unknown) =>
  new StorageCopyError(code, storageMessages.localize(text, params), cause === undefined ? {} : { cause });

function sourceFile(from: string): string {
  const location = parseStorageUrl(from);
  if (location?.kind === 'postgres' || (location === undefined && /^[a-z][a-z0-9+.-]*:\/\//i.test(from))) {
    throw fail('storage.copy-source-unsupported', 'copy.source-unsupported', { url: redactStorageUrl(from) });
  }
  const file = location?.kind === 'sqlite' ? location.file : from;
  if (file === '' || file === ':memory:' || !existsSync(file) || !statSync(file).isFile()) {
    throw fail('storage.copy-source-missing', 'copy.source-missing', { file });
  }
  return resolve(file);
}

/** Opens the SQLite file read-only (`mode=ro`: SQLite itself refuses every write). */
function openSource(file: string): Db {
  let database: Database.Database;
  try {
    database = new Database(`${pathToFileURL(file).href}?mode=ro`);
  } catch (error) {
    throw fail('storage.copy-source-invalid', 'copy.source-unopenable', { file }, error);
  }
  return new Kysely<GatewayDatabase>({ dialect: new SqliteDialect({ database: cachedStatements(database) }) });
}

/** The source must be a gateway database migrated by exactly this version, with the tables the copy knows. */
async function checkSource(db: Db): Promise<void> {
  const invalid = (text: StorageMessageCode, params?: MessageParams, cause?: unknown) =>
    fail('storage.copy-source-invalid', text, params, cause);
  let applied: string[];
  try {
    const { rows } = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
    applied = rows.map((r) => r.name);
  } catch (error) {
    throw invalid('copy.source-not-gateway', undefined, error);
  }
  const known = migrationNames();
  if (applied.some((name) => !known.includes(name))) {
    throw invalid('copy.source-newer');
  }
  if (applied.length !== known.length) {
    throw invalid('copy.source-not-migrated');
  }
  const { rows: tables } = await sql<{ name: string; columns: string }>`
    select m.name as name, group_concat(c.name, ',') as columns
    from sqlite_master m join pragma_table_info(m.name) c
    where m.type = 'table' and m.name not like 'sqlite\\_%' escape '\\' and m.name not like 'kysely\\_%' escape '\\'
    group by m.name order by m.name`.execute(db);
  const found = tables.map((t) => `${t.name}(${t.columns.split(',').sort().join(',')})`).join(' ');
  const expected = [...COPY_TABLES]
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .map((t) => `${t.name}(${Object.keys(t.columns).sort().join(',')})`)
    .join(' ');
  if (found !== expected) {
    throw invalid('copy.source-tables', { tables: found });
  }
}

async function lockEmptyTarget(trx: Db): Promise<void> {
  await sql`lock table ${sql.join(COPY_TABLES.map((t) => sql.table(t.name)))} in exclusive mode`.execute(trx);
  const used: string[] = [];
  for (const table of COPY_TABLES) {
    const { rows } = await sql<{ n: string }>`select count(*) as n from ${sql.table(table.name)}`.execute(trx);
    if (Number(rows[0]?.n ?? 0) > 0) used.push(`${table.name}: ${rows[0]?.n}`);
  }
  if (used.length > 0) {
    throw fail('storage.copy-target-not-empty', 'copy.target-not-empty', { tables: used.join(', ') });
  }
}

async function copyTable(
  source: Db,
  target: Db,
  table: CopyTable,
  options: CopyStorageOptions,
  batchSize: number,
): Promise<RowDigest> {
  const digest = new RowDigest(table);
  for await (const rows of readBatches(source, 'sqlite', table, batchSize)) {
    digest.add(rows);
    await insertBatch(target, table, rows);
    options.onProgress?.({ table: table.name, rows: digest.rows });
  }
  const facts = await sqliteFacts(source, table);
  if (facts.rows !== digest.rows || facts.textBytes !== digest.textBytes || facts.oddValues > 0) {
    throw fail('storage.copy-source-unreadable', 'copy.source-unreadable', {
      table: table.name,
      odd: facts.oddValues,
      lost: facts.textBytes - digest.textBytes,
    });
  }
  return digest;
}

async function targetDigest(target: Db, table: CopyTable, batchSize: number): Promise<RowDigest> {
  const digest = new RowDigest(table);
  for await (const rows of readBatches(target, 'postgres', table, batchSize)) digest.add(rows);
  return digest;
}

/** New outbox ids continue after the highest ever used in SQLite (`sqlite_sequence` remembers deleted ones too). */
async function continueOutboxIds(source: Db, target: Db): Promise<void> {
  const { rows } = await sql<{ last: number | null }>`
    select max(coalesce((select seq from sqlite_sequence where name = 'outbox'), 0), coalesce((select max(id) from outbox), 0)) as last`.execute(
    source,
  );
  const last = Number(rows[0]?.last ?? 0);
  if (last > 0) await sql`select setval(pg_get_serial_sequence('outbox', 'id'), ${last})`.execute(target);
}

async function copyAll(source: Db, target: Db, options: CopyStorageOptions, batchSize: number): Promise<CopiedTable[]> {
  await lockEmptyTarget(target);
  const sources: RowDigest[] = [];
  for (const table of COPY_TABLES) sources.push(await copyTable(source, target, table, options, batchSize));
  const tables: CopiedTable[] = [];
  for (const [i, table] of COPY_TABLES.entries()) {
    const copied = await targetDigest(target, table, batchSize);
    const read = sources[i] as RowDigest;
    tables.push({
      table: table.name,
      sourceRows: read.rows,
      targetRows: copied.rows,
      sourceSha256: read.hex(),
      targetSha256: copied.hex(),
    });
  }
  if (!tables.every(tableMatches)) {
    throw new StorageCopyError('storage.copy-verify-failed', storageMessages.localize('copy.verify-failed'), {
      tables,
    });
  }
  await continueOutboxIds(source, target);
  return tables;
}

/**
 * Copy a gateway's SQLite database into an empty PostgreSQL schema, safely: the target
 * is migrated, locked and checked empty; every table is copied in primary key order in
 * batches inside ONE target transaction (primary keys, per-agency-per-day dossier
 * counters, idempotency keys, pending outbox entries with their attempts and times,
 * ratings, uploads, look-up failure counters — all verbatim); then every table is read
 * back and its row count and sha256 over a canonical serialisation compared with the
 * source. Any difference or error rolls the whole copy back. The outbox id sequence is
 * moved past the copied ids. The source is opened read-only and read in one snapshot;
 * stop the gateway first so nothing is written after the snapshot.
 *
 * Throws {@link StorageCopyError} (Vietnamese and English messages) when refused or failed.
 *
 * @example
 * ```ts
 * const result = await copyStorage({ from: '.data/gateway.db', to: 'postgres://dvc:secret@db:5432/dvc?schema=gateway' });
 * for (const t of result.tables) console.log(t.table, t.targetRows);
 * ```
 */
export async function copyStorage(options: CopyStorageOptions): Promise<CopyStorageResult> {
  const started = performance.now();
  const batchSize = Math.max(1, Math.trunc(options.batchSize ?? 500));
  const file = sourceFile(options.from);
  const location = parseStorageUrl(options.to);
  if (location?.kind !== 'postgres') {
    throw fail('storage.copy-target-unsupported', 'copy.target-unsupported', { url: redactStorageUrl(options.to) });
  }
  const source = openSource(file);
  let target: Db | undefined;
  try {
    await checkSource(source);
    target = await connectPostgres(location.url, {
      maxConnections: 2,
      ...(location.schema === undefined ? {} : { schema: location.schema }),
    });
    const into = target;
    const tables = await source
      .transaction()
      .execute((snapshot) => into.transaction().execute((trx) => copyAll(snapshot, trx, options, batchSize)));
    return { tables, rows: tables.reduce((sum, t) => sum + t.sourceRows, 0), durationMs: performance.now() - started };
  } catch (error) {
    if (error instanceof StorageCopyError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw fail('storage.copy-failed', 'copy.failed', { detail }, error);
  } finally {
    await Promise.all([source.destroy(), target?.destroy()]);
  }
}

/**
 * The distinct SHA-256 of every upload a gateway's storage holds (the blobs `copyBlobs`
 * must move): from a SQLite file opened read-only, or from a PostgreSQL URL.
 *
 * Throws {@link StorageCopyError} when the source cannot be read.
 */
export async function readUploadHashes(from: string): Promise<string[]> {
  if (parseStorageUrl(from)?.kind === 'postgres') {
    const storage = await openStorage(from).catch((error: unknown) => {
      const detail = error instanceof Error ? error.message : String(error);
      throw fail('storage.copy-failed', 'copy.source-read-failed', { detail }, error);
    });
    try {
      return await storage.listUploadHashes();
    } finally {
      await storage.close();
    }
  }
  const source = openSource(sourceFile(from));
  try {
    await checkSource(source);
    return await listUploadHashes(source);
  } finally {
    await source.destroy();
  }
}
