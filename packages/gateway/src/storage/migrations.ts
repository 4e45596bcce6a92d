import { Migrator } from 'kysely';
import type { Kysely, Migration, MigrationProvider } from 'kysely';
import { notifyMigration } from './notify-migration';
import { paymentsMigration } from './payment-migration';
import { hardeningMigration } from './hardening-migration';
import { accountsMigration } from './migration-0004-accounts';
import { storageMessages } from './messages';
import { StorageError } from './storage-errors';

/** Which SQL dialect the migrations target; only the outbox id column differs. */
export type StorageFlavor = 'sqlite' | 'postgres';

function initial(flavor: StorageFlavor): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('dossiers')
        .addColumn('code', 'text', (c) => c.primaryKey())
        .addColumn('agency', 'text', (c) => c.notNull())
        .addColumn('procedure', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('receipt', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('dossiers_agency_created').on('dossiers').columns(['agency', 'created_at']).execute();

      await db.schema
        .createTable('idempotency_keys')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('body_hash', 'text', (c) => c.notNull())
        .addColumn('dossier_code', 'text')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('dossier_sequences')
        .addColumn('agency', 'text', (c) => c.notNull())
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('value', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('dossier_sequences_pk', ['agency', 'day'])
        .execute();

      await db.schema
        .createTable('outbox')
        .addColumn('id', flavor === 'postgres' ? 'bigserial' : 'integer', (c) =>
          flavor === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
        )
        .addColumn('topic', 'text', (c) => c.notNull())
        .addColumn('dossier_code', 'text')
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('next_attempt_at', 'bigint', (c) => c.notNull())
        .addColumn('lease_owner', 'text')
        .addColumn('lease_until', 'bigint')
        .addColumn('last_error', 'text')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('outbox_due').on('outbox').columns(['status', 'next_attempt_at']).execute();
      await db.schema.createIndex('outbox_dossier').on('outbox').column('dossier_code').execute();

      await db.schema
        .createTable('uploads')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('sha256', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('size', 'bigint', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('ratings')
        .addColumn('dossier_code', 'text', (c) => c.primaryKey())
        .addColumn('score', 'integer', (c) => c.notNull())
        .addColumn('comment', 'text')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('lookup_failures')
        .addColumn('client_key', 'text', (c) => c.notNull())
        .addColumn('window_start', 'bigint', (c) => c.notNull())
        .addColumn('count', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('lookup_failures_pk', ['client_key', 'window_start'])
        .execute();
    },
  };
}

/** Migrations in code, in order. Never edit a released one; add the next. */
function migrationsFor(flavor: StorageFlavor): Record<string, Migration> {
  return {
    '0001-initial': initial(flavor),
    '0002-payments': paymentsMigration,
    '0003-hardening': hardeningMigration,
    '0004-accounts': accountsMigration,
    '0006-notify': notifyMigration,
  };
}

/** Names of the migrations this version knows, in order (what `kysely_migration` lists once migrated). */
export function migrationNames(): string[] {
  return Object.keys(migrationsFor('sqlite')).sort();
}

/** Bring the schema up to date; safe to run from several instances at once (Kysely locks). */
export async function migrateToLatest(db: Kysely<unknown>, flavor: StorageFlavor, schema?: string): Promise<void> {
  const provider: MigrationProvider = { getMigrations: async () => migrationsFor(flavor) };
  // Kysely looks its bookkeeping tables up in `public` unless told the schema; without this a
  // restart on another schema would try to create them again and fail.
  const { error, results } = await new Migrator({
    db,
    provider,
    ...(schema ? { migrationTableSchema: schema } : {}),
  }).migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new StorageError(
      'storage.migration-failed',
      storageMessages.localize('storage.migration-failed', { migration: failed }),
      { cause: error },
    );
  }
}
