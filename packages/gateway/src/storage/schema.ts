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
  /** Code on the portal when the receipt's code was taken there (0003). */
  portal_code: ColumnType<string | null, string | null | undefined, string | null>;
  /** When the first insert was about to be sent (0003). */
  portal_sent_at: ColumnType<number | string | null, number | null | undefined, number | null>;
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
  /** Referencing dossier; null = unreferenced, collected after a while (0003). */
  dossier_code: ColumnType<string | null, string | null | undefined, string | null>;
  /** HMAC of the uploader's address (0003). */
  client_key: ColumnType<string | null, string | null | undefined, string | null>;
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

export interface SupplementAnswersTable {
  dossier_code: string;
  round_id: string;
  note: string;
  files: string;
  answered_at: Millis;
}

export interface WatchedDossiersTable {
  code: string;
  status: string;
  next_poll_at: Millis;
  lease_owner: string | null;
  lease_until: ColumnType<number | string | null, number | null, number | null>;
  failures: number;
  created_at: Millis;
  updated_at: Millis;
}

/** Payments confirmed by the platform's CONFIRM callback (migration `0002-payments`). */
export interface PaymentsTable {
  reference: string;
  partner_code: string;
  status: string;
  result_code: string;
  amount: string;
  currency: string;
  transaction_id: string;
  bank_code: string;
  transaction_time: string;
  description: string;
  message: string;
  created_at: Millis;
  updated_at: Millis;
}

export interface StatusChangesTable {
  id: string;
  dossier_code: string;
  from_status: string;
  to_status: string;
  changed_at: Millis;
}

export interface PollBudgetTable {
  window_start: Millis;
  used: number;
}

export interface EmailOptoutsTable {
  address_hash: string;
  created_at: Millis;
}

export interface ClientCountersTable {
  scope: string;
  client_key: string;
  window_start: Millis;
  count: Millis;
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
  supplement_answers: SupplementAnswersTable;
  watched_dossiers: WatchedDossiersTable;
  status_changes: StatusChangesTable;
  poll_budget: PollBudgetTable;
  email_optouts: EmailOptoutsTable;
  payments: PaymentsTable;
  client_counters: ClientCountersTable;
}
