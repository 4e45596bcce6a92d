import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { insertOutbox } from './outbox-queries';
import { millis } from './rows';
import type { StorageFlavor } from './migrations';
import type { GatewayDatabase } from './schema';
import type { NotificationStore, StatusChange, SupplementAnswer, SupplementFile } from './notify-types';

type Db = Kysely<GatewayDatabase>;

/** The notification store on the shared Kysely layer (`FOR UPDATE SKIP LOCKED` on PostgreSQL). */
export function createNotificationStore(db: Db, flavor: StorageFlavor): NotificationStore {
  const budgetUsed = async (windowStart: Date) => {
    const row = await db
      .selectFrom('poll_budget')
      .select('used')
      .where('window_start', '=', windowStart.getTime())
      .executeTakeFirst();
    return row === undefined ? 0 : Number(row.used);
  };
  return {
    async saveSupplementAnswer(answer, outbox) {
      return db.transaction().execute(async (trx) => {
        const inserted = await trx
          .insertInto('supplement_answers')
          .values({
            dossier_code: answer.dossierCode,
            round_id: answer.roundId,
            note: answer.note,
            files: JSON.stringify(answer.files),
            answered_at: answer.answeredAt.getTime(),
          })
          .onConflict((oc) => oc.columns(['dossier_code', 'round_id']).doNothing())
          .returning('round_id')
          .executeTakeFirst();
        if (inserted === undefined) return 'exists';
        await insertOutbox(trx, outbox, answer.answeredAt.getTime());
        return 'created';
      });
    },
    async listSupplementAnswers(dossierCode) {
      const rows = await db
        .selectFrom('supplement_answers')
        .selectAll()
        .where('dossier_code', '=', dossierCode)
        .orderBy('answered_at')
        .execute();
      return rows.map((r): SupplementAnswer => ({
        dossierCode: r.dossier_code,
        roundId: r.round_id,
        note: r.note,
        files: JSON.parse(r.files) as SupplementFile[],
        answeredAt: new Date(millis(r.answered_at)),
      }));
    },

    async watch(code, status, now) {
      const at = now.getTime();
      await db
        .insertInto('watched_dossiers')
        .values({
          code,
          status,
          next_poll_at: at,
          lease_owner: null,
          lease_until: null,
          failures: 0,
          created_at: at,
          updated_at: at,
        })
        .onConflict((oc) => oc.column('code').doNothing())
        .execute();
    },
    async claimPolls({ worker, limit, leaseMs, now }) {
      const at = now.getTime();
      const rows = await db
        .updateTable('watched_dossiers')
        .set({ lease_owner: worker, lease_until: at + leaseMs, updated_at: at })
        .where('code', 'in', (eb) =>
          eb
            .selectFrom('watched_dossiers as w')
            .select('w.code')
            .where('w.next_poll_at', '<=', at)
            .where((w) => w.or([w('w.lease_until', 'is', null), w('w.lease_until', '<=', at)]))
            .orderBy('w.next_poll_at')
            .orderBy('w.code')
            .limit(limit)
            .$if(flavor === 'postgres', (q) => q.forUpdate().skipLocked()),
        )
        .returningAll()
        .execute();
      return rows
        .map((r) => ({
          code: r.code,
          status: r.status,
          nextPollAt: new Date(millis(r.next_poll_at)),
          failures: r.failures,
        }))
        .sort((a, b) => a.nextPollAt.getTime() - b.nextPollAt.getTime() || (a.code < b.code ? -1 : 1));
    },
    async recordPoll(outcome) {
      const at = outcome.now.getTime();
      if (outcome.release === true) {
        await db
          .updateTable('watched_dossiers')
          .set({ lease_owner: null, lease_until: null })
          .where('code', '=', outcome.code)
          .where('lease_owner', '=', outcome.worker)
          .execute();
        return undefined;
      }
      const release = {
        lease_owner: null,
        lease_until: null,
        updated_at: at,
        next_poll_at: outcome.nextPollAt.getTime(),
      };
      if (outcome.status === undefined || outcome.status === outcome.previous) {
        if (outcome.close === true) {
          await db
            .deleteFrom('watched_dossiers')
            .where('code', '=', outcome.code)
            .where('lease_owner', '=', outcome.worker)
            .execute();
        } else {
          await db
            .updateTable('watched_dossiers')
            .set({ ...release, failures: outcome.failed === true ? sql`failures + 1` : 0 })
            .where('code', '=', outcome.code)
            .where('lease_owner', '=', outcome.worker)
            .execute();
        }
        return undefined;
      }
      const next = outcome.status;
      return db.transaction().execute(async (trx) => {
        // The status guard makes the change recorded once, even if a lease expired and two pollers raced.
        const moved = await trx
          .updateTable('watched_dossiers')
          .set({ ...release, status: next, failures: 0 })
          .where('code', '=', outcome.code)
          .where('status', '=', outcome.previous)
          .executeTakeFirst();
        if (Number(moved.numUpdatedRows) !== 1) return undefined;
        const change: StatusChange = {
          id: randomUUID(),
          dossierCode: outcome.code,
          from: outcome.previous,
          to: next,
          at: outcome.now,
        };
        await trx
          .insertInto('status_changes')
          .values({
            id: change.id,
            dossier_code: change.dossierCode,
            from_status: change.from,
            to_status: change.to,
            changed_at: at,
          })
          .execute();
        await insertOutbox(trx, outcome.events?.(change) ?? [], at);
        if (outcome.close === true) await trx.deleteFrom('watched_dossiers').where('code', '=', outcome.code).execute();
        return change;
      });
    },
    async takeBudget(windowStart, want, max) {
      const w = windowStart.getTime();
      for (let attempt = 0; attempt < 5; attempt++) {
        const used = await budgetUsed(windowStart);
        const grant = Math.min(want, max - used);
        if (grant <= 0) return 0;
        // Guarded increment: refused (no row back) when another instance took the tokens first.
        const row = await db
          .insertInto('poll_budget')
          .values({ window_start: w, used: grant })
          .onConflict((oc) =>
            oc
              .column('window_start')
              .doUpdateSet({ used: sql`poll_budget.used + ${grant}` })
              .where(sql<boolean>`poll_budget.used + ${grant} <= ${max}`),
          )
          .returning('used')
          .executeTakeFirst();
        if (row !== undefined) return grant;
      }
      return 0;
    },
    budgetUsed,
    async countWatched() {
      const row = await db
        .selectFrom('watched_dossiers')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async listStatusChanges(dossierCode) {
      const rows = await db
        .selectFrom('status_changes')
        .selectAll()
        .where('dossier_code', '=', dossierCode)
        .orderBy('changed_at')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        dossierCode: r.dossier_code,
        from: r.from_status,
        to: r.to_status,
        at: new Date(millis(r.changed_at)),
      }));
    },

    async optOut(addressHash, now) {
      await db
        .insertInto('email_optouts')
        .values({ address_hash: addressHash, created_at: now.getTime() })
        .onConflict((oc) => oc.column('address_hash').doNothing())
        .execute();
    },
    async isOptedOut(addressHash) {
      return (
        (await db
          .selectFrom('email_optouts')
          .select('address_hash')
          .where('address_hash', '=', addressHash)
          .executeTakeFirst()) !== undefined
      );
    },
    async prune({ before, outboxTopics }) {
      const cutoff = before.getTime();
      const outbox = outboxTopics.length
        ? await db
            .deleteFrom('outbox')
            .where('status', '=', 'done')
            .where('topic', 'in', [...outboxTopics])
            .where('updated_at', '<', cutoff)
            .executeTakeFirst()
        : { numDeletedRows: 0n };
      const budget = await db.deleteFrom('poll_budget').where('window_start', '<', cutoff).executeTakeFirst();
      // A watched dossier's changes stay: they are what makes each change recorded once.
      const changes = await db
        .deleteFrom('status_changes')
        .where('changed_at', '<', cutoff)
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('watched_dossiers')
                .select('code')
                .whereRef('watched_dossiers.code', '=', 'status_changes.dossier_code'),
            ),
          ),
        )
        .executeTakeFirst();
      return {
        outbox: Number(outbox.numDeletedRows),
        budget: Number(budget.numDeletedRows),
        changes: Number(changes.numDeletedRows),
      };
    },
  };
}
