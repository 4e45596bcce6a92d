import { createHash } from 'node:crypto';
import type { Hash } from 'node:crypto';
import { sql } from 'kysely';
import type { Kysely, RawBuilder } from 'kysely';
import type { StorageFlavor } from './migrations';
import type { GatewayDatabase } from './schema';

/** A column as the copy sees it: text, or an integer (PostgreSQL returns `bigint` as a string). */
type ColumnKind = 'text' | 'int';

/** One table of the gateway's schema: its columns in order and its primary key. */
export interface CopyTable {
  name: keyof GatewayDatabase;
  columns: Record<string, ColumnKind>;
  /** Primary key columns: the copy and the checksum walk rows in this order. */
  key: string[];
}

/**
 * Every table of `schema.ts`, with every column. A test and the copy itself compare this
 * list with the migrated database, so a new migration cannot be forgotten here silently.
 */
export const COPY_TABLES: readonly CopyTable[] = [
  {
    name: 'dossiers',
    columns: {
      code: 'text',
      agency: 'text',
      procedure: 'text',
      payload: 'text',
      receipt: 'text',
      status: 'text',
      created_at: 'int',
      updated_at: 'int',
      portal_code: 'text',
      portal_sent_at: 'int',
    },
    key: ['code'],
  },
  {
    name: 'idempotency_keys',
    columns: { key: 'text', body_hash: 'text', dossier_code: 'text', created_at: 'int' },
    key: ['key'],
  },
  { name: 'dossier_sequences', columns: { agency: 'text', day: 'text', value: 'int' }, key: ['agency', 'day'] },
  {
    name: 'outbox',
    columns: {
      id: 'int',
      topic: 'text',
      dossier_code: 'text',
      payload: 'text',
      status: 'text',
      attempts: 'int',
      next_attempt_at: 'int',
      lease_owner: 'text',
      lease_until: 'int',
      last_error: 'text',
      created_at: 'int',
      updated_at: 'int',
    },
    key: ['id'],
  },
  {
    name: 'uploads',
    columns: {
      id: 'text',
      sha256: 'text',
      name: 'text',
      size: 'int',
      type: 'text',
      created_at: 'int',
      dossier_code: 'text',
      client_key: 'text',
    },
    key: ['id'],
  },
  {
    name: 'ratings',
    columns: { dossier_code: 'text', score: 'int', comment: 'text', created_at: 'int' },
    key: ['dossier_code'],
  },
  {
    name: 'lookup_failures',
    columns: { client_key: 'text', window_start: 'int', count: 'int' },
    key: ['client_key', 'window_start'],
  },
  {
    name: 'supplement_answers',
    columns: { dossier_code: 'text', round_id: 'text', note: 'text', files: 'text', answered_at: 'int' },
    key: ['dossier_code', 'round_id'],
  },
  {
    name: 'watched_dossiers',
    columns: {
      code: 'text',
      status: 'text',
      next_poll_at: 'int',
      lease_owner: 'text',
      lease_until: 'int',
      failures: 'int',
      created_at: 'int',
      updated_at: 'int',
    },
    key: ['code'],
  },
  {
    name: 'status_changes',
    columns: { id: 'text', dossier_code: 'text', from_status: 'text', to_status: 'text', changed_at: 'int' },
    key: ['id'],
  },
  { name: 'poll_budget', columns: { window_start: 'int', used: 'int' }, key: ['window_start'] },
  { name: 'email_optouts', columns: { address_hash: 'text', created_at: 'int' }, key: ['address_hash'] },
  {
    name: 'payments',
    columns: {
      reference: 'text',
      partner_code: 'text',
      status: 'text',
      result_code: 'text',
      amount: 'text',
      currency: 'text',
      transaction_id: 'text',
      bank_code: 'text',
      transaction_time: 'text',
      description: 'text',
      message: 'text',
      created_at: 'int',
      updated_at: 'int',
    },
    key: ['reference'],
  },
  {
    name: 'client_counters',
    columns: { scope: 'text', client_key: 'text', window_start: 'int', count: 'int' },
    key: ['scope', 'client_key', 'window_start'],
  },
  {
    name: 'sso_transactions',
    columns: { state_hash: 'text', payload: 'text', created_at: 'int', expires_at: 'int' },
    key: ['state_hash'],
  },
  {
    name: 'sessions',
    columns: {
      id_hash: 'text',
      account_id: 'text',
      identity: 'text',
      id_token: 'text',
      created_at: 'int',
      last_seen_at: 'int',
      expires_at: 'int',
    },
    key: ['id_hash'],
  },
  {
    name: 'account_dossiers',
    columns: { dossier_code: 'text', account_id: 'text', created_at: 'int' },
    key: ['dossier_code'],
  },
];

/** A row as read: column name → value. */
export type CopyRow = Record<string, unknown>;
type Db = Kysely<GatewayDatabase>;

/**
 * Key order must be the same on both sides for the checksum: SQLite compares text
 * bytewise, so PostgreSQL is told to do the same (`COLLATE "C"`) whatever the database's locale.
 */
function keyExpr(table: CopyTable, column: string, flavor: StorageFlavor): RawBuilder<unknown> {
  return flavor === 'postgres' && table.columns[column] === 'text'
    ? sql`${sql.ref(column)} collate "C"`
    : sql.ref(column);
}

/**
 * The rows of `table` in primary key order, `batchSize` at a time (keyset paging, so
 * memory stays flat however large the table).
 */
export async function* readBatches(
  db: Db,
  flavor: StorageFlavor,
  table: CopyTable,
  batchSize: number,
): AsyncGenerator<CopyRow[]> {
  const columns = sql.join(Object.keys(table.columns).map((c) => sql.ref(c)));
  const order = sql.join(table.key.map((k) => keyExpr(table, k, flavor)));
  let last: CopyRow | undefined;
  for (;;) {
    const after =
      last === undefined ? sql`` : sql`where (${order}) > (${sql.join(table.key.map((k) => (last as CopyRow)[k]))})`;
    const { rows } =
      await sql<CopyRow>`select ${columns} from ${sql.table(table.name)} ${after} order by ${order} limit ${batchSize}`.execute(
        db,
      );
    if (rows.length > 0) yield rows;
    if (rows.length < batchSize) return;
    last = rows[rows.length - 1];
  }
}

/** Insert a batch as read from the other side, primary keys and all. */
export async function insertBatch(db: Db, table: CopyTable, rows: CopyRow[]): Promise<void> {
  const names = Object.keys(table.columns);
  const values = rows.map((row) => sql`(${sql.join(names.map((c) => row[c] ?? null))})`);
  await sql`insert into ${sql.table(table.name)} (${sql.join(names.map((c) => sql.ref(c)))}) values ${sql.join(values)}`.execute(
    db,
  );
}

/**
 * Running sha256 over a canonical form of the rows (JSON array per row, integers as
 * decimal strings, one per line), identical for the same data on SQLite and PostgreSQL.
 */
export class RowDigest {
  readonly #hash: Hash = createHash('sha256');
  readonly #table: CopyTable;
  rows = 0;
  /** UTF-8 bytes of all text values, to compare with what SQLite itself counts. */
  textBytes = 0;

  constructor(table: CopyTable) {
    this.#table = table;
  }

  add(rows: CopyRow[]): void {
    const names = Object.keys(this.#table.columns);
    for (const row of rows) {
      const canonical = names.map((c) => {
        const value = row[c];
        if (value === null || value === undefined) return null;
        if (this.#table.columns[c] === 'int') return String(value);
        this.textBytes += Buffer.byteLength(String(value), 'utf8');
        return value;
      });
      this.#hash.update(`${JSON.stringify(canonical)}\n`);
    }
    this.rows += rows.length;
  }

  hex(): string {
    return this.#hash.digest('hex');
  }
}

/** What SQLite itself says about a table, to prove the driver read it faithfully. */
export interface SqliteFacts {
  rows: number;
  /** UTF-8 bytes of all text values (a NUL inside a text would be cut off when read). */
  textBytes: number;
  /** Values JavaScript cannot carry exactly: integers beyond 2^53, or the wrong storage class. */
  oddValues: number;
}

/** One aggregate query per table on the SQLite source (same snapshot as the copy). */
export async function sqliteFacts(db: Db, table: CopyTable): Promise<SqliteFacts> {
  const entries = Object.entries(table.columns);
  const bytes = entries
    .filter(([, kind]) => kind === 'text')
    .map(([c]) => sql`coalesce(sum(length(cast(${sql.ref(c)} as blob))), 0)`);
  const odd = entries.map(([c, kind]) =>
    kind === 'text'
      ? sql`sum(typeof(${sql.ref(c)}) not in ('text', 'null'))`
      : sql`sum(typeof(${sql.ref(c)}) not in ('integer', 'null') or ${sql.ref(c)} not between -9007199254740991 and 9007199254740991)`,
  );
  const { rows } = await sql<{ n: number; bytes: number; odd: number | null }>`
    select count(*) as n, ${bytes.length > 0 ? sql.join(bytes, sql` + `) : sql`0`} as bytes, ${sql.join(odd, sql` + `)} as odd from ${sql.table(table.name)}`.execute(
    db,
  );
  const row = rows[0];
  return { rows: Number(row?.n ?? 0), textBytes: Number(row?.bytes ?? 0), oddValues: Number(row?.odd ?? 0) };
}
