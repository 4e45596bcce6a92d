import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import {
  addToCounter,
  collectUploads,
  hasNul,
  listUploadHashes,
  markUploads,
  pruneClientWindows,
  readCounter,
  refundLookupFailure,
} from './client-queries';
import { createAccountStore, linkAccountDossier } from './account-queries';
import {
  claimOutbox,
  completeOutbox,
  countOutbox,
  failOutbox,
  getOutboxItem,
  insertOutbox,
  insertOutboxOnce,
} from './outbox-queries';
import { findDossierEvenly } from './even-lookup';
import { createNotificationStore } from './notify-queries';
import { getPayment, recordPayment } from './payment-queries';
import { toDossier, toRating, toUpload } from './rows';
import { storageMessages } from './messages';
import { IdempotencyConflictError, StorageError } from './storage-errors';
import { UploadGoneError } from './upload-gone-error';
import type { StorageFlavor } from './migrations';
import type { GatewayDatabase } from './schema';
import type { DossierRecord, GatewayStorage, SubmitDossierInput, SubmitDossierResult } from './types';

type Db = Kysely<GatewayDatabase>;

async function findDossier(db: Db, code: string): Promise<DossierRecord | undefined> {
  if (hasNul(code)) return undefined;
  // The receipt's code first; a code renumbered on the portal answers too (an alias).
  // One statement whether or not the code exists (equal look-up time for hits and misses).
  const row = await db
    .selectFrom('dossiers')
    .selectAll()
    .where((eb) => eb.or([eb('code', '=', code), eb('portal_code', '=', code)]))
    .orderBy(sql`case when code = ${code} then 0 else 1 end`)
    .limit(1)
    .executeTakeFirst();
  return row === undefined ? undefined : toDossier(row);
}

/** `INSERT … ON CONFLICT DO UPDATE … RETURNING`: one atomic statement on both dialects. */
async function allocateSequence(db: Db, agency: string, day: string): Promise<number> {
  const row = await db
    .insertInto('dossier_sequences')
    .values({ agency, day, value: 1 })
    .onConflict((oc) => oc.columns(['agency', 'day']).doUpdateSet({ value: sql`dossier_sequences.value + 1` }))
    .returning('value')
    .executeTakeFirstOrThrow();
  return Number(row.value);
}

async function submit(db: Db, input: SubmitDossierInput): Promise<SubmitDossierResult> {
  const now = (input.now ?? new Date()).getTime();
  return db.transaction().execute(async (trx) => {
    // DO NOTHING waits for a concurrent holder of the same key to commit or roll back,
    // so exactly one transaction wins the key and the others see its dossier.
    const claimed = await trx
      .insertInto('idempotency_keys')
      .values({ key: input.idempotencyKey, body_hash: input.bodyHash, dossier_code: null, created_at: now })
      .onConflict((oc) => oc.column('key').doNothing())
      .returning('key')
      .executeTakeFirst();
    if (claimed === undefined) {
      const previous = await trx
        .selectFrom('idempotency_keys')
        .selectAll()
        .where('key', '=', input.idempotencyKey)
        .executeTakeFirstOrThrow();
      if (previous.body_hash !== input.bodyHash) throw new IdempotencyConflictError(input.idempotencyKey);
      const dossier = previous.dossier_code === null ? undefined : await findDossier(trx, previous.dossier_code);
      if (dossier === undefined) {
        throw new StorageError('storage.idempotency-orphan', storageMessages.localize('storage.idempotency-orphan'));
      }
      return { outcome: 'replayed', dossier };
    }
    const sequence = await allocateSequence(trx, input.agency, input.day);
    const draft = await input.build(sequence);
    const row = {
      code: draft.code,
      agency: input.agency,
      procedure: draft.procedure,
      payload: JSON.stringify(draft.payload),
      receipt: JSON.stringify(draft.receipt),
      status: draft.status ?? 'registered',
      created_at: now,
      updated_at: now,
      portal_code: null,
      portal_sent_at: null,
    };
    await trx.insertInto('dossiers').values(row).execute();
    if (!(await markUploads(trx, draft.code, draft.uploadIds ?? []))) {
      throw new UploadGoneError();
    }
    await trx
      .updateTable('idempotency_keys')
      .set({ dossier_code: draft.code })
      .where('key', '=', input.idempotencyKey)
      .execute();
    await insertOutbox(trx, draft.outbox ?? [], now);
    if (draft.account !== undefined) await linkAccountDossier(trx, draft.account, draft.code, now);
    return { outcome: 'created', dossier: toDossier(row) };
  });
}

/**
 * The one query layer both storages share. `flavor` only switches row locking
 * (`FOR UPDATE SKIP LOCKED` on PostgreSQL); every statement is otherwise the same.
 */
export function createKyselyStorage(db: Db, flavor: StorageFlavor): GatewayStorage {
  return {
    kind: flavor,
    accounts: createAccountStore(db),
    submitDossier: (input) => submit(db, input),
    getDossier: (code) => findDossier(db, code),
    lookUpDossier: (code) => findDossierEvenly(db, code),
    async updateDossier(code, change) {
      const result = await db
        .updateTable('dossiers')
        .set({
          updated_at: (change.now ?? new Date()).getTime(),
          ...(change.status === undefined ? {} : { status: change.status }),
          ...(change.receipt === undefined ? {} : { receipt: JSON.stringify(change.receipt) }),
          ...(change.portalCode === undefined ? {} : { portal_code: change.portalCode }),
          ...(change.portalSentAt === undefined ? {} : { portal_sent_at: change.portalSentAt?.getTime() ?? null }),
        })
        .where('code', '=', code)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    nextSequence: (agency, day) => allocateSequence(db, agency, day),
    async renumberDossier(code, { from, day, format, now }) {
      return db.transaction().execute(async (trx) => {
        const query = trx.selectFrom('dossiers').select(['code', 'agency', 'portal_code']).where('code', '=', code);
        const row = await (flavor === 'postgres' ? query.forUpdate() : query).executeTakeFirstOrThrow();
        const current = row.portal_code ?? row.code;
        if (current !== from) return current;
        const portalCode = format(await allocateSequence(trx, row.agency, day));
        await trx
          .updateTable('dossiers')
          .set({ portal_code: portalCode, portal_sent_at: null, updated_at: (now ?? new Date()).getTime() })
          .where('code', '=', code)
          .execute();
        return portalCode;
      });
    },
    async markDossierSent(code, portalCode, now) {
      const result = await db
        .updateTable('dossiers')
        .set({ portal_sent_at: (now ?? new Date()).getTime() })
        .where('code', '=', code)
        .where('portal_sent_at', 'is', null)
        .where((eb) =>
          portalCode === code
            ? eb.or([eb('portal_code', 'is', null), eb('portal_code', '=', code)])
            : eb('portal_code', '=', portalCode),
        )
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    enqueueOutbox: (messages, now) => insertOutbox(db, messages, (now ?? new Date()).getTime()),
    claimOutbox: (input) => claimOutbox(db, flavor, input),
    completeOutbox: (id, worker, now) => completeOutbox(db, id, worker, (now ?? new Date()).getTime()),
    failOutbox: (id, worker, failure, now) => failOutbox(db, id, worker, failure, (now ?? new Date()).getTime()),
    getOutboxItem: (id) => getOutboxItem(db, id),
    enqueueOutboxOnce: (message, now) => insertOutboxOnce(db, message, (now ?? new Date()).getTime()),
    countOutbox: () => countOutbox(db),

    async saveUpload(upload) {
      await db
        .insertInto('uploads')
        .values({
          id: upload.id,
          sha256: upload.sha256,
          name: upload.name,
          size: upload.size,
          type: upload.type,
          created_at: upload.createdAt.getTime(),
          client_key: upload.clientKey ?? null,
        })
        .execute();
    },
    collectUploads: (before) => collectUploads(db, before),
    listUploadHashes: () => listUploadHashes(db),
    async getUpload(id) {
      if (hasNul(id)) return undefined;
      const row = await db.selectFrom('uploads').selectAll().where('id', '=', id).executeTakeFirst();
      return row === undefined ? undefined : toUpload(row);
    },

    async saveRating(rating) {
      const inserted = await db
        .insertInto('ratings')
        .values({
          dossier_code: rating.dossierCode,
          score: rating.score,
          comment: rating.comment,
          created_at: rating.createdAt.getTime(),
        })
        .onConflict((oc) => oc.column('dossier_code').doNothing())
        .returning('dossier_code')
        .executeTakeFirst();
      return inserted === undefined ? 'exists' : 'created';
    },
    async getRating(dossierCode) {
      const row = await db.selectFrom('ratings').selectAll().where('dossier_code', '=', dossierCode).executeTakeFirst();
      return row === undefined ? undefined : toRating(row);
    },
    async countRatings({ agency, from, to }) {
      const rows = await db
        .selectFrom('ratings')
        .innerJoin('dossiers', 'dossiers.code', 'ratings.dossier_code')
        .select(['dossiers.procedure as procedure', 'ratings.score as score', (eb) => eb.fn.countAll().as('count')])
        .where('dossiers.agency', '=', agency)
        .where('ratings.created_at', '>=', from.getTime())
        .where('ratings.created_at', '<', to.getTime())
        .groupBy(['dossiers.procedure', 'ratings.score'])
        .orderBy('dossiers.procedure')
        .orderBy('ratings.score')
        .execute();
      return rows.map((r) => ({ procedure: r.procedure, score: Number(r.score), count: Number(r.count) }));
    },

    async recordLookupFailure({ clientKey, windowStart }) {
      const row = await db
        .insertInto('lookup_failures')
        .values({ client_key: clientKey, window_start: windowStart.getTime(), count: 1 })
        .onConflict((oc) =>
          oc.columns(['client_key', 'window_start']).doUpdateSet({ count: sql`lookup_failures.count + 1` }),
        )
        .returning('count')
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },
    refundLookupFailure: (input) => refundLookupFailure(db, input),
    addToCounter: (input) => addToCounter(db, input),
    readCounter: (input) => readCounter(db, input),
    async countLookupFailures({ clientKey, windowStart }) {
      const row = await db
        .selectFrom('lookup_failures')
        .select('count')
        .where('client_key', '=', clientKey)
        .where('window_start', '=', windowStart.getTime())
        .executeTakeFirst();
      return row === undefined ? 0 : Number(row.count);
    },
    async prune(before) {
      const keys = await db
        .deleteFrom('idempotency_keys')
        .where('created_at', '<', before.getTime())
        .executeTakeFirst();
      return Number(keys.numDeletedRows) + (await pruneClientWindows(db, before));
    },
    pruneClientWindows: (before) => pruneClientWindows(db, before),

    notifications: createNotificationStore(db, flavor),
    recordPayment: (input) => recordPayment(db, input),
    getPayment: (reference) => getPayment(db, reference),

    async ping() {
      await sql`select 1`.execute(db);
    },
    close: () => db.destroy(),
  };
}
