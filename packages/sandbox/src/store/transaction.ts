import type { SqliteDatabase } from './database';

/**
 * Runs `fn` in a transaction; inside an open transaction it simply joins it (libsql's
 * `db.transaction` does not nest). Rolls back and rethrows on error.
 */
export function inTransaction<T>(db: SqliteDatabase, fn: () => T): T {
  if (db.inTransaction) return fn();
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = fn();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
}
