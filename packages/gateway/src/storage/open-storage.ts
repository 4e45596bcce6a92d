import { createPostgresStorage } from './postgres';
import { createSqliteStorage } from './sqlite';
import { parseStorageUrl, redactStorageUrl } from './storage-url';
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
  const location = parseStorageUrl(url);
  if (location?.kind === 'postgres') {
    return createPostgresStorage(location.url, location.schema === undefined ? {} : { schema: location.schema });
  }
  if (location?.kind === 'sqlite') return createSqliteStorage(location.file);
  throw new TypeError(`Unsupported storage URL (use postgres://… or sqlite:<file>): ${redactStorageUrl(url)}`);
}
