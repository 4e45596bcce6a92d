import type { Kysely, Migration } from 'kysely';

/**
 * `0004-accounts`: citizens signed in through the provincial or national SSO (issue 14).
 * - `sso_transactions`: one pending sign-in (PKCE verifier, nonce, return address) per
 *   `state`, consumed once by whichever instance receives the callback;
 * - `sessions`: the browser session behind the httpOnly cookie (only a hash of the
 *   cookie's value is stored), with its idle and absolute expiry;
 * - `account_dossiers`: which account (TechID) filed which dossier, for "my dossiers".
 */
export const accountsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('sso_transactions')
      .addColumn('state_hash', 'text', (c) => c.primaryKey())
      .addColumn('payload', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('expires_at', 'bigint', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('sessions')
      .addColumn('id_hash', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('identity', 'text', (c) => c.notNull())
      .addColumn('id_token', 'text')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('last_seen_at', 'bigint', (c) => c.notNull())
      .addColumn('expires_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('sessions_account').on('sessions').column('account_id').execute();

    await db.schema
      .createTable('account_dossiers')
      .addColumn('dossier_code', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('account_dossiers_account')
      .on('account_dossiers')
      .columns(['account_id', 'created_at'])
      .execute();
  },
};
