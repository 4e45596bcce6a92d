import { createPostgresStorage } from './postgres';
import { createSqliteStorage } from './sqlite';
import type { GatewayStorage } from './types';

/**
 * Open the storage a URL names: `postgres://…` / `postgresql://…` → PostgreSQL,
 * `sqlite:<file>` (or `sqlite::memory:`) → SQLite. A `schema` query parameter on a
 * PostgreSQL URL (`postgres://…/dvc?schema=gateway`) selects the schema.
 *
 * @example
 * ```ts
 * const storage = await openStorage('sqlite:.data/gateway.db');
 * ```
 */
export async function openStorage(url: string): Promise<GatewayStorage> {
  if (/^postgres(ql)?:\/\//.test(url)) {
    const parsed = new URL(url);
    const schema = parsed.searchParams.get('schema') ?? undefined;
    parsed.searchParams.delete('schema');
    return createPostgresStorage(parsed.toString(), schema === undefined ? {} : { schema });
  }
  if (url.startsWith('sqlite:')) return createSqliteStorage(url.slice('sqlite:'.length));
  throw new TypeError(`Unsupported storage URL (use postgres://… or sqlite:<file>): ${url.replace(/\/\/[^@]*@/, '//***@')}`);
}
