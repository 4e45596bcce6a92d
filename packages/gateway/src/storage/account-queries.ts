import type { Kysely, Selectable, Transaction } from 'kysely';
import type { SessionsTable } from './account-tables';
import { millis, toDossier } from './rows';
import type { GatewayDatabase } from './schema';
import type { DossierRecord, JsonValue } from './types';

type Db = Kysely<GatewayDatabase> | Transaction<GatewayDatabase>;

/** A stored session (the cookie's value itself is never stored, only its hash). */
export interface SessionRecord {
  idHash: string;
  /** Account id — wire: TechID. */
  accountId: string;
  /** The verified identity, as the sign-in stored it. */
  identity: JsonValue;
  idToken: string | null;
  createdAt: Date;
  lastSeenAt: Date;
  /** Absolute expiry. */
  expiresAt: Date;
}

/** Input of {@link AccountStore.createSession}. */
export interface NewSession {
  idHash: string;
  accountId: string;
  identity: JsonValue;
  idToken: string | null;
  now: Date;
  expiresAt: Date;
}

/** A page of an account's dossiers, newest first. */
export interface AccountDossierPage {
  total: number;
  items: DossierRecord[];
}

/**
 * Storage of signed-in citizens (migration `0004-accounts`): pending sign-ins, sessions and
 * which account filed which dossier. In the gateway's database, so every instance behind a
 * load balancer sees the same sessions.
 */
export interface AccountStore {
  /** Remember a pending sign-in until `expiresAt`. */
  saveTransaction(stateHash: string, payload: JsonValue, now: Date, expiresAt: Date): Promise<void>;
  /** Take (and delete, atomically) a pending sign-in: a second callback with the same state finds nothing. */
  takeTransaction(stateHash: string, now: Date): Promise<JsonValue | undefined>;
  createSession(session: NewSession): Promise<void>;
  /**
   * The session when it is neither past its absolute expiry nor idle for `idleMs`; records
   * the activity (at most once per `touchEveryMs`). An expired session is deleted.
   */
  useSession(idHash: string, now: Date, idleMs: number, touchEveryMs?: number): Promise<SessionRecord | undefined>;
  /** Delete a session (sign-out); returns it when it existed. */
  deleteSession(idHash: string): Promise<SessionRecord | undefined>;
  /** The account's dossiers, newest first. */
  listDossiers(accountId: string, page: { offset: number; limit: number }): Promise<AccountDossierPage>;
  /** The dossier when this account filed it, else `undefined` (another citizen's looks like none). */
  accountDossier(accountId: string, code: string): Promise<DossierRecord | undefined>;
  /** Delete expired sign-ins and sessions. Returns rows removed. */
  pruneExpired(now: Date, idleMs: number): Promise<number>;
}

const json = (text: string) => JSON.parse(text) as JsonValue;

/** A `sessions` row as a {@link SessionRecord}, last seen at `lastSeenAt` (ms). */
const toSession = (row: Selectable<SessionsTable>, lastSeenAt: number): SessionRecord => ({
  idHash: row.id_hash,
  accountId: row.account_id,
  identity: json(row.identity),
  idToken: row.id_token,
  createdAt: new Date(millis(row.created_at)),
  lastSeenAt: new Date(lastSeenAt),
  expiresAt: new Date(millis(row.expires_at)),
});

/** Link a dossier to the account that filed it (inside the submission's transaction). */
export async function linkAccountDossier(db: Db, accountId: string, dossierCode: string, now: number): Promise<void> {
  await db
    .insertInto('account_dossiers')
    .values({ dossier_code: dossierCode, account_id: accountId, created_at: now })
    .onConflict((oc) => oc.column('dossier_code').doNothing())
    .execute();
}

/** The {@link AccountStore} over the shared Kysely layer (SQLite and PostgreSQL alike). */
export function createAccountStore(db: Kysely<GatewayDatabase>): AccountStore {
  return {
    async saveTransaction(stateHash, payload, now, expiresAt) {
      await db
        .insertInto('sso_transactions')
        .values({
          state_hash: stateHash,
          payload: JSON.stringify(payload),
          created_at: now.getTime(),
          expires_at: expiresAt.getTime(),
        })
        .execute();
    },
    async takeTransaction(stateHash, now) {
      const row = await db
        .deleteFrom('sso_transactions')
        .where('state_hash', '=', stateHash)
        .returning(['payload', 'expires_at'])
        .executeTakeFirst();
      if (row === undefined || millis(row.expires_at) <= now.getTime()) return undefined;
      return json(row.payload);
    },
    async createSession(s) {
      const now = s.now.getTime();
      await db
        .insertInto('sessions')
        .values({
          id_hash: s.idHash,
          account_id: s.accountId,
          identity: JSON.stringify(s.identity),
          id_token: s.idToken,
          created_at: now,
          last_seen_at: now,
          expires_at: s.expiresAt.getTime(),
        })
        .execute();
    },
    async useSession(idHash, now, idleMs, touchEveryMs = 60_000) {
      const row = await db.selectFrom('sessions').selectAll().where('id_hash', '=', idHash).executeTakeFirst();
      if (row === undefined) return undefined;
      const t = now.getTime();
      const lastSeen = millis(row.last_seen_at);
      if (t >= millis(row.expires_at) || t - lastSeen >= idleMs) {
        await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
        return undefined;
      }
      if (t - lastSeen >= touchEveryMs)
        await db.updateTable('sessions').set({ last_seen_at: t }).where('id_hash', '=', idHash).execute();
      return toSession(row, t - lastSeen >= touchEveryMs ? t : lastSeen);
    },
    async deleteSession(idHash) {
      const row = await db.deleteFrom('sessions').where('id_hash', '=', idHash).returningAll().executeTakeFirst();
      return row === undefined ? undefined : toSession(row, millis(row.last_seen_at));
    },
    async listDossiers(accountId, { offset, limit }) {
      const count = await db
        .selectFrom('account_dossiers')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('account_id', '=', accountId)
        .executeTakeFirstOrThrow();
      const rows = await db
        .selectFrom('account_dossiers')
        .innerJoin('dossiers', 'dossiers.code', 'account_dossiers.dossier_code')
        .selectAll('dossiers')
        .where('account_dossiers.account_id', '=', accountId)
        .orderBy('dossiers.created_at', 'desc')
        .orderBy('dossiers.code', 'desc')
        .offset(offset)
        .limit(limit)
        .execute();
      return { total: Number(count.n), items: rows.map(toDossier) };
    },
    async accountDossier(accountId, code) {
      const row = await db
        .selectFrom('account_dossiers')
        .innerJoin('dossiers', 'dossiers.code', 'account_dossiers.dossier_code')
        .selectAll('dossiers')
        .where('account_dossiers.account_id', '=', accountId)
        .where('account_dossiers.dossier_code', '=', code)
        .executeTakeFirst();
      return row === undefined ? undefined : toDossier(row);
    },
    async pruneExpired(now, idleMs) {
      const t = now.getTime();
      const tx = await db.deleteFrom('sso_transactions').where('expires_at', '<=', t).executeTakeFirst();
      const sessions = await db
        .deleteFrom('sessions')
        .where((eb) => eb.or([eb('expires_at', '<=', t), eb('last_seen_at', '<=', t - idleMs)]))
        .executeTakeFirst();
      return Number(tx.numDeletedRows) + Number(sessions.numDeletedRows);
    },
  };
}
