import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** Distinct SQL texts kept prepared before the cache starts over. */
const MAX_STATEMENTS = 256;

/** What {@link cachedStatements} needs of a SQLite handle (libsql's `Database`). */
export interface PreparingDatabase {
  prepare(sql: string): SqliteStatement;
  close(): void;
}

/**
 * A SQLite handle for Kysely that prepares each distinct SQL text once and reuses the
 * statement (Kysely prepares on every query; parsing the SQL was the largest part of a
 * point read). libsql resets a statement before each run, also after a failed one, and a
 * statement run to completion holds no lock. Kysely runs one query at a time per
 * connection and reads every row, so a statement is never shared mid-iteration.
 *
 * @param max statements kept before the cache is cleared. @default 256
 * @example
 * ```ts
 * const dialect = new SqliteDialect({ database: cachedStatements(new Database('gateway.db')) });
 * ```
 */
export function cachedStatements(database: PreparingDatabase, max = MAX_STATEMENTS): SqliteDatabase {
  const statements = new Map<string, SqliteStatement>();
  return {
    prepare(sql) {
      let statement = statements.get(sql);
      if (statement === undefined) {
        statement = database.prepare(sql);
        if (statements.size >= max) statements.clear();
        statements.set(sql, statement);
      }
      return statement;
    },
    close() {
      statements.clear();
      database.close();
    },
  };
}
