import type { Kysely, Migration } from 'kysely';

/**
 * `0003-hardening`: what issue 11 needed in the schema.
 * - `dossiers.portal_code`: the code the dossier carries on the portal when its receipt code
 *   was found taken there (the receipt code stays the key and an alias in every look-up);
 *   `dossiers.portal_sent_at`: marker written BEFORE the first insert is sent, so a later
 *   "already exists" can be judged ours (see the client's `verify-own` policy).
 * - `uploads.dossier_code`: the dossier that references the upload (unreferenced uploads
 *   are collected); `uploads.client_key`: who uploaded (HMAC of the address).
 * - `client_counters`: per-window counters (submission throttle, upload quota), each
 *   updated and read in ONE statement so limits hold across instances.
 */
export const hardeningMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('dossiers').addColumn('portal_code', 'text').execute();
    await db.schema.alterTable('dossiers').addColumn('portal_sent_at', 'bigint').execute();
    await db.schema.createIndex('dossiers_portal_code').unique().on('dossiers').column('portal_code').execute();

    await db.schema.alterTable('uploads').addColumn('dossier_code', 'text').execute();
    await db.schema.alterTable('uploads').addColumn('client_key', 'text').execute();
    await db.schema.createIndex('uploads_unreferenced').on('uploads').columns(['dossier_code', 'created_at']).execute();
    await db.schema.createIndex('uploads_sha256').on('uploads').column('sha256').execute();

    await db.schema
      .createTable('client_counters')
      .addColumn('scope', 'text', (c) => c.notNull())
      .addColumn('client_key', 'text', (c) => c.notNull())
      .addColumn('window_start', 'bigint', (c) => c.notNull())
      .addColumn('count', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('client_counters_pk', ['scope', 'client_key', 'window_start'])
      .execute();
  },
};
