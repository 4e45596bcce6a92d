import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The PostgreSQL server tests may use, or undefined (tests then skip with a notice). */
export const TEST_POSTGRES_URL = process.env.DVC_TEST_POSTGRES_URL || undefined;

/** A fresh schema name per test keeps concurrent runs on one server apart. */
export function randomSchema(): string {
  return `dvc_test_${randomBytes(6).toString('hex')}`;
}

/** Run one statement on its own connection (checks and clean-up outside the gateway). */
export async function queryPostgres<Row extends pg.QueryResultRow>(url: string, text: string): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(text)).rows;
  } finally {
    await client.end();
  }
}

/** Drop a test schema and everything in it. */
export async function dropSchema(url: string, schema: string): Promise<void> {
  await queryPostgres(url, `drop schema if exists ${schema} cascade`);
}
