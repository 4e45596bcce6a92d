import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'libsql';

/** The embedded SQLite connection (libsql, better-sqlite3-compatible API). */
export type SqliteDatabase = InstanceType<typeof Database>;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS dossiers (
  code TEXT PRIMARY KEY,
  agency TEXT NOT NULL,
  procedure_code TEXT NOT NULL,
  status TEXT NOT NULL,
  channel TEXT NOT NULL,
  received_at INTEGER,
  due_at INTEGER,
  finished_at INTEGER,
  returned_at INTEGER,
  digitized INTEGER NOT NULL,
  result_digitized INTEGER NOT NULL,
  reused INTEGER NOT NULL,
  paid_online INTEGER NOT NULL,
  has_fee INTEGER NOT NULL,
  rating INTEGER,
  origin TEXT NOT NULL,
  wire TEXT NOT NULL,
  version INTEGER NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS dossiers_agency ON dossiers(agency);
CREATE TABLE IF NOT EXISTS dossier_history (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  code TEXT NOT NULL,
  at INTEGER NOT NULL,
  kind TEXT NOT NULL,
  status TEXT NOT NULL,
  note TEXT
);
CREATE INDEX IF NOT EXISTS dossier_history_code ON dossier_history(code);
CREATE TABLE IF NOT EXISTS progress_steps (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  code TEXT NOT NULL,
  at INTEGER NOT NULL,
  wire TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS progress_steps_code ON progress_steps(code);
CREATE TABLE IF NOT EXISTS pending_transitions (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  code TEXT NOT NULL,
  at INTEGER NOT NULL,
  status TEXT NOT NULL,
  note TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS pending_transitions_at ON pending_transitions(at);
CREATE TABLE IF NOT EXISTS ratings (
  agency TEXT NOT NULL,
  period TEXT NOT NULL,
  procedure_code TEXT NOT NULL,
  wire TEXT NOT NULL,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (agency, period, procedure_code)
);
CREATE TABLE IF NOT EXISTS sessions (token TEXT PRIMARY KEY, username TEXT NOT NULL, expires_at INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS payments (
  reference TEXT PRIMARY KEY,
  dossier_code TEXT NOT NULL,
  amount INTEGER NOT NULL,
  status TEXT NOT NULL,
  wire TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS digitized_results (
  owner_id TEXT NOT NULL,
  result_code TEXT NOT NULL,
  number TEXT NOT NULL,
  agency TEXT NOT NULL,
  wire TEXT NOT NULL,
  PRIMARY KEY (owner_id, result_code, number)
);
`;

/**
 * Opens the sandbox database: `<dataDir>/sandbox.db` (WAL, synchronous=FULL) or an
 * in-memory one. Every write goes through SQLite transactions on this single
 * connection, so concurrent requests are serialised and never corrupt it.
 */
export function openDatabase(location: { dataDir: string } | { memory: true }): SqliteDatabase {
  let db: SqliteDatabase;
  if ('dataDir' in location) {
    mkdirSync(location.dataDir, { recursive: true });
    db = new Database(join(location.dataDir, 'sandbox.db'));
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
  } else {
    db = new Database(':memory:');
  }
  db.pragma('foreign_keys = ON');
  db.exec(SCHEMA);
  return db;
}

/** Reads a value from the `meta` table. */
export function readMeta(db: SqliteDatabase, key: string): string | undefined {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value;
}

/** Writes a value to the `meta` table. */
export function writeMeta(db: SqliteDatabase, key: string, value: string): void {
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(
    key,
    value,
  );
}

type Statement = ReturnType<SqliteDatabase['prepare']>;

/** The first column of the first row (libsql's `pluck()` does not apply to `get()`). */
export function scalar<T>(statement: Statement, ...args: unknown[]): T | undefined {
  const row = statement.raw(true).get(...args) as unknown[] | undefined;
  return row?.[0] as T | undefined;
}
