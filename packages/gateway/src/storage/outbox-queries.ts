import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { toOutboxItem } from './rows';
import type { StorageFlavor } from './migrations';
import type { GatewayDatabase } from './schema';
import type { ClaimOutboxInput, OutboxCounts, OutboxFailure, OutboxItem, OutboxMessage } from './types';

type Db = Kysely<GatewayDatabase>;

/** Insert outbox messages (inside the caller's transaction when `db` is one). */
export async function insertOutbox(db: Db, messages: OutboxMessage[], now: number): Promise<number[]> {
  if (messages.length === 0) return [];
  const rows = await db
    .insertInto('outbox')
    .values(
      messages.map((m) => ({
        topic: m.topic,
        dossier_code: m.dossierCode ?? null,
        payload: JSON.stringify(m.payload),
        status: 'pending',
        attempts: 0,
        next_attempt_at: m.notBefore?.getTime() ?? now,
        lease_owner: null,
        lease_until: null,
        last_error: null,
        created_at: now,
        updated_at: now,
      })),
    )
    .returning('id')
    .execute();
  return rows.map((r) => Number(r.id));
}

/** Insert `message` unless an item of its topic and key waits unclaimed (see `GatewayStorage.enqueueOutboxOnce`). */
export async function insertOutboxOnce(
  db: Db,
  message: OutboxMessage & { dossierCode: string },
  now: number,
): Promise<number | undefined> {
  const waiting = await db
    .selectFrom('outbox')
    .select('id')
    .where('topic', '=', message.topic)
    .where('dossier_code', '=', message.dossierCode)
    .where('status', '=', 'pending')
    .where((w) => w.or([w('lease_until', 'is', null), w('lease_until', '<=', now)]))
    .executeTakeFirst();
  if (waiting !== undefined) return undefined;
  return (await insertOutbox(db, [message], now))[0];
}

/**
 * Lease due items to `worker`. An item is due when pending, its next attempt time has
 * come and no live lease holds it; items of one dossier go out in order (an item waits
 * while an earlier one of the same dossier is pending). On PostgreSQL the candidates are
 * locked `FOR UPDATE SKIP LOCKED`, so concurrent workers on any instance never share one.
 */
export async function claimOutbox(db: Db, flavor: StorageFlavor, input: ClaimOutboxInput): Promise<OutboxItem[]> {
  const now = (input.now ?? new Date()).getTime();
  const leaseUntil = now + (input.leaseMs ?? 60_000);
  const limit = input.limit ?? 10;
  const rows = await db
    .updateTable('outbox')
    .set({ lease_owner: input.worker, lease_until: leaseUntil, attempts: sql`attempts + 1`, updated_at: now })
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('outbox as candidate')
        .select('candidate.id')
        .where('candidate.status', '=', 'pending')
        .where('candidate.next_attempt_at', '<=', now)
        .where((w) => w.or([w('candidate.lease_until', 'is', null), w('candidate.lease_until', '<=', now)]))
        .where((w) =>
          w.not(
            w.exists(
              w
                .selectFrom('outbox as earlier')
                .select(sql.lit(1).as('one'))
                .whereRef('earlier.dossier_code', '=', 'candidate.dossier_code')
                .where('earlier.status', '=', 'pending')
                .whereRef('earlier.id', '<', 'candidate.id'),
            ),
          ),
        )
        .orderBy('candidate.id')
        .limit(limit)
        .$if(flavor === 'postgres', (q) => q.forUpdate().skipLocked()),
    )
    .returningAll()
    .execute();
  return rows.map(toOutboxItem).sort((a, b) => a.id - b.id);
}

/** Mark done if `worker` still holds a live-or-expired-but-unclaimed lease on it. */
export async function completeOutbox(db: Db, id: number, worker: string, now: number): Promise<boolean> {
  const result = await db
    .updateTable('outbox')
    .set({ status: 'done', lease_owner: null, lease_until: null, last_error: null, updated_at: now })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .where('lease_owner', '=', worker)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Record a failed attempt: schedule the retry, or park the item as `dead`. */
export async function failOutbox(
  db: Db,
  id: number,
  worker: string,
  failure: OutboxFailure,
  now: number,
): Promise<boolean> {
  const result = await db
    .updateTable('outbox')
    .set({
      status: failure.dead === true ? 'dead' : 'pending',
      next_attempt_at: failure.retryAt?.getTime() ?? now,
      lease_owner: null,
      lease_until: null,
      last_error: failure.error.slice(0, 2000),
      updated_at: now,
    })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .where('lease_owner', '=', worker)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function getOutboxItem(db: Db, id: number): Promise<OutboxItem | undefined> {
  const row = await db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? undefined : toOutboxItem(row);
}

export async function countOutbox(db: Db): Promise<OutboxCounts> {
  const rows = await db
    .selectFrom('outbox')
    .select(['status', (eb) => eb.fn.countAll().as('n')])
    .groupBy('status')
    .execute();
  const counts: OutboxCounts = { pending: 0, done: 0, dead: 0 };
  for (const row of rows) {
    if (row.status === 'pending' || row.status === 'done' || row.status === 'dead') counts[row.status] = Number(row.n);
  }
  return counts;
}
