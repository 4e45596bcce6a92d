import type { ColumnType, Generated } from 'kysely';
import type { AccountTables } from './account-tables';

/**
 * Row types of the gateway's tables, as Kysely sees them. Times are epoch
 * milliseconds in `bigint` columns (PostgreSQL returns them as strings, so reads go
 * through `Number`); JSON is stored as text so both dialects share one query layer.
 */
type Millis = ColumnType<number | string, number, number>;

export interface DossiersTable {
  code: string;
  agency: string;
  procedure: string;
  payload: string;
  receipt: string;
  status: string;
  created_at: Millis;
  updated_at: Millis;
}

export interface IdempotencyKeysTable {
  key: string;
  body_hash: string;
  dossier_code: string | null;
  created_at: Millis;
}

export interface DossierSequencesTable {
  agency: string;
  day: string;
  value: number;
}

export interface OutboxTable {
  id: Generated<number>;
  topic: string;
  dossier_code: string | null;
  payload: string;
  status: string;
  attempts: number;
  next_attempt_at: Millis;
  lease_owner: string | null;
  lease_until: ColumnType<number | string | null, number | null, number | null>;
  last_error: string | null;
  created_at: Millis;
  updated_at: Millis;
}

export interface UploadsTable {
  id: string;
  sha256: string;
  name: string;
  size: Millis;
  type: string;
  created_at: Millis;
}

export interface RatingsTable {
  dossier_code: string;
  score: number;
  comment: string | null;
  created_at: Millis;
}

export interface LookupFailuresTable {
  client_key: string;
  window_start: Millis;
  count: number;
}

/** The whole database, for `Kysely<GatewayDatabase>`. */
export interface GatewayDatabase extends AccountTables {
  dossiers: DossiersTable;
  idempotency_keys: IdempotencyKeysTable;
  dossier_sequences: DossierSequencesTable;
  outbox: OutboxTable;
  uploads: UploadsTable;
  ratings: RatingsTable;
  lookup_failures: LookupFailuresTable;
}
