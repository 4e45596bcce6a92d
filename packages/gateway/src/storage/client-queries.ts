import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { GatewayDatabase } from './schema';
import type { CounterInput, LookupFailureInput } from './types';

type Db = Kysely<GatewayDatabase>;

/** PostgreSQL refuses NUL in text (a 500); no stored key can contain one, so it is simply absent. */
export const hasNul = (value: string) => value.includes('\u0000');

/** `INSERT … ON CONFLICT DO UPDATE … RETURNING`: adds and reads back in one statement on both dialects. */
export async function addToCounter(
  db: Db,
  { scope, clientKey, windowStart, amount = 1 }: CounterInput,
): Promise<number> {
  const row = await db
    .insertInto('client_counters')
    .values({ scope, client_key: clientKey, window_start: windowStart.getTime(), count: amount })
    .onConflict((oc) =>
      oc
        .columns(['scope', 'client_key', 'window_start'])
        .doUpdateSet({ count: sql`client_counters.count + ${amount}` }),
    )
    .returning('count')
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** A client's counter in a window (0 when nothing was counted). */
export async function readCounter(
  db: Db,
  { scope, clientKey, windowStart }: Omit<CounterInput, 'amount'>,
): Promise<number> {
  const row = await db
    .selectFrom('client_counters')
    .select('count')
    .where('scope', '=', scope)
    .where('client_key', '=', clientKey)
    .where('window_start', '=', windowStart.getTime())
    .executeTakeFirst();
  return row === undefined ? 0 : Number(row.count);
}

/** One counted look-up failure taken back (never below zero). */
export async function refundLookupFailure(db: Db, { clientKey, windowStart }: LookupFailureInput): Promise<void> {
  await db
    .updateTable('lookup_failures')
    .set({ count: sql`count - 1` })
    .where('client_key', '=', clientKey)
    .where('window_start', '=', windowStart.getTime())
    .where('count', '>', 0)
    .execute();
}

/** Deletes look-up windows and per-client counters that began before `before`; returns rows removed. */
export async function pruneClientWindows(db: Db, before: Date): Promise<number> {
  const cutoff = before.getTime();
  const windows = await db.deleteFrom('lookup_failures').where('window_start', '<', cutoff).executeTakeFirst();
  const counters = await db.deleteFrom('client_counters').where('window_start', '<', cutoff).executeTakeFirst();
  return Number(windows.numDeletedRows) + Number(counters.numDeletedRows);
}

/**
 * Deletes unreferenced uploads older than `before` and returns the hashes no upload uses
 * any more. A dossier marks its uploads in its own transaction and fails if one is gone,
 * so a collected upload can never end up half-referenced.
 */
export async function collectUploads(db: Db, before: Date): Promise<string[]> {
  const gone = await db
    .deleteFrom('uploads')
    .where('dossier_code', 'is', null)
    .where('created_at', '<', before.getTime())
    .returning('sha256')
    .execute();
  const hashes = [...new Set(gone.map((r) => r.sha256))];
  if (hashes.length === 0) return [];
  const kept = await db.selectFrom('uploads').select('sha256').distinct().where('sha256', 'in', hashes).execute();
  const still = new Set(kept.map((r) => r.sha256));
  return hashes.filter((h) => !still.has(h));
}

/** Distinct hashes of every upload. */
export async function listUploadHashes(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('uploads').select('sha256').distinct().orderBy('sha256').execute();
  return rows.map((r) => r.sha256);
}

/** Marks the uploads a new dossier references; false when one of them no longer exists. */
export async function markUploads(db: Db, code: string, uploadIds: readonly string[]): Promise<boolean> {
  const ids = [...new Set(uploadIds)];
  if (ids.length === 0) return true;
  const result = await db.updateTable('uploads').set({ dossier_code: code }).where('id', 'in', ids).executeTakeFirst();
  return Number(result.numUpdatedRows) === ids.length;
}
