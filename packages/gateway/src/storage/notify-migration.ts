import type { Kysely, Migration } from 'kysely';

/**
 * `0006-notify`: supplement answers (hồ sơ bổ sung), the status watch (open dossiers, the
 * shared per-minute polling budget, each recorded status change) and e-mail opt-outs.
 */
export const notifyMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('supplement_answers')
      .addColumn('dossier_code', 'text', (c) => c.notNull())
      .addColumn('round_id', 'text', (c) => c.notNull())
      .addColumn('note', 'text', (c) => c.notNull())
      .addColumn('files', 'text', (c) => c.notNull())
      .addColumn('answered_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('supplement_answers_pk', ['dossier_code', 'round_id'])
      .execute();

    await db.schema
      .createTable('watched_dossiers')
      .addColumn('code', 'text', (c) => c.primaryKey())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('next_poll_at', 'bigint', (c) => c.notNull())
      .addColumn('lease_owner', 'text')
      .addColumn('lease_until', 'bigint')
      .addColumn('failures', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('watched_dossiers_due')
      .on('watched_dossiers')
      .columns(['next_poll_at', 'code'])
      .execute();

    await db.schema
      .createTable('status_changes')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('dossier_code', 'text', (c) => c.notNull())
      .addColumn('from_status', 'text', (c) => c.notNull())
      .addColumn('to_status', 'text', (c) => c.notNull())
      .addColumn('changed_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('status_changes_dossier')
      .on('status_changes')
      .columns(['dossier_code', 'changed_at'])
      .execute();

    await db.schema
      .createTable('poll_budget')
      .addColumn('window_start', 'bigint', (c) => c.primaryKey())
      .addColumn('used', 'integer', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('email_optouts')
      .addColumn('address_hash', 'text', (c) => c.primaryKey())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .execute();
  },
};
