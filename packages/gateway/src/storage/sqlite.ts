import { chmodSync, closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'libsql';
import { CompiledQuery, Kysely, SqliteDialect, SqliteDriver } from 'kysely';
import type { DatabaseConnection, Driver, SqliteDatabase } from 'kysely';
import { createKyselyStorage } from './kysely-storage';
import { migrateToLatest } from './migrations';
import { cachedStatements } from './statement-cache';
import type { GatewayDatabase } from './schema';
import type { GatewayStorage } from './types';

/**
 * Writes take the database lock at `BEGIN`, so a second process (e.g. the CLI) on the
 * same file waits on `busy_timeout` instead of failing half-way through a transaction.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  readonly #database: SqliteDatabase;
  constructor(database: Database.Database) {
    const cached = cachedStatements(database);
    super({ database: cached });
    this.#database = cached;
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver({ database: this.#database });
  }
}

/**
 * Creates the database's folder (0700) and file (0600) before SQLite opens it, so neither
 * is ever readable by other users; SQLite gives the WAL and shared-memory files the
 * database file's mode. An existing file is narrowed to 0600 too.
 */
function ownerOnlyFile(file: string): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  closeSync(openSync(file, 'a', 0o600));
  chmodSync(file, 0o600);
}

/** Options for {@link createSqliteStorage}. */
export interface SqliteStorageOptions {
  /** How long a write waits for another process's lock, in ms. @default 5000 */
  busyTimeoutMs?: number;
}

/**
 * Open (creating if needed) the gateway's SQLite database and migrate it. WAL journal,
 * `synchronous=FULL` (a received dossier survives power loss), foreign keys on.
 * SQLite is meant for ONE gateway process; use {@link createPostgresStorage} to run several.
 *
 * @param file path of the database file, or `':memory:'` for tests.
 * @example
 * ```ts
 * const storage = await createSqliteStorage('.data/gateway.db');
 * ```
 */
export async function createSqliteStorage(file: string, options: SqliteStorageOptions = {}): Promise<GatewayStorage> {
  if (file !== ':memory:') ownerOnlyFile(file);
  const database = new Database(file);
  database.pragma(`busy_timeout = ${Math.max(0, Math.trunc(options.busyTimeoutMs ?? 5000))}`);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  const db = new Kysely<GatewayDatabase>({ dialect: new ImmediateSqliteDialect(database) });
  try {
    await migrateToLatest(db as Kysely<unknown>, 'sqlite');
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return createKyselyStorage(db, 'sqlite');
}
