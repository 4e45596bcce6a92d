import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { createKyselyStorage } from './kysely-storage';
import { migrateToLatest } from './migrations';
import type { GatewayDatabase } from './schema';
import type { GatewayStorage } from './types';

/** Options for {@link createPostgresStorage}. */
export interface PostgresStorageOptions {
  /**
   * Schema holding the gateway's tables; created if missing and put first on the
   * `search_path`. Lets tests (or several gateways) share one database. @default 'public'
   */
  schema?: string;
  /** Most connections this instance opens. @default 10 */
  maxConnections?: number;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Connect to PostgreSQL and migrate. Use this when several gateway instances run behind
 * a load balancer: sequences, idempotency and the outbox stay correct across them.
 *
 * @param url e.g. `postgres://dvc:dvc@127.0.0.1:5432/dvc`
 * @example
 * ```ts
 * const storage = await createPostgresStorage(process.env.DATABASE_URL!, { schema: 'gateway' });
 * ```
 */
export async function createPostgresStorage(
  url: string,
  options: PostgresStorageOptions = {},
): Promise<GatewayStorage> {
  return createKyselyStorage(await connectPostgres(url, options), 'postgres');
}

/**
 * Open a migrated Kysely handle on PostgreSQL (what {@link createPostgresStorage} wraps);
 * also used by the storage copy, which writes the tables directly.
 */
export async function connectPostgres(
  url: string,
  options: PostgresStorageOptions = {},
): Promise<Kysely<GatewayDatabase>> {
  const schema = options.schema ?? 'public';
  if (!SCHEMA_NAME.test(schema)) throw new TypeError(`Invalid PostgreSQL schema name: ${schema}`);
  const pool = new pg.Pool({
    connectionString: url,
    max: options.maxConnections ?? 10,
    options: `-c search_path=${schema}`,
  });
  // An idle connection dropped by the server must not crash the process; the next
  // query reconnects and /readyz reports the outage meanwhile.
  pool.on('error', () => undefined);
  const db = new Kysely<GatewayDatabase>({ dialect: new PostgresDialect({ pool }) });
  try {
    if (schema !== 'public') await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
    await migrateToLatest(db as Kysely<unknown>, 'postgres', schema);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return db;
}
