import type { ColumnType } from 'kysely';

type Millis = ColumnType<number | string, number, number>;

/** A pending sign-in, keyed by a hash of its `state` (migration `0004-accounts`). */
export interface SsoTransactionsTable {
  state_hash: string;
  /** JSON: PKCE verifier, nonce, return address. */
  payload: string;
  created_at: Millis;
  expires_at: Millis;
}

/** A signed-in browser session, keyed by a hash of the cookie value. */
export interface SessionsTable {
  id_hash: string;
  /** Account id — wire: TechID. */
  account_id: string;
  /** JSON: the verified identity (normalised claims plus the raw ones). */
  identity: string;
  /** Kept for the provider's end-session request (`id_token_hint`). */
  id_token: string | null;
  created_at: Millis;
  last_seen_at: Millis;
  /** Absolute expiry. */
  expires_at: Millis;
}

/** Which account filed which dossier. */
export interface AccountDossiersTable {
  dossier_code: string;
  account_id: string;
  created_at: Millis;
}

/** The tables of migration `0004-accounts`, merged into `GatewayDatabase`. */
export interface AccountTables {
  sso_transactions: SsoTransactionsTable;
  sessions: SessionsTable;
  account_dossiers: AccountDossiersTable;
}
