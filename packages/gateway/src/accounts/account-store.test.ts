import { afterEach, describe, expect, it } from 'vitest';
import { TEST_POSTGRES_URL, dropSchema, randomSchema } from '../../test/postgres-schema';
import { createPostgresStorage } from '../storage/postgres';
import { createSqliteStorage } from '../storage/sqlite';
import type { GatewayStorage } from '../storage/types';

const kinds: [string, () => Promise<{ storage: GatewayStorage; dispose(): Promise<void> }>][] = [
  [
    'SQLite',
    async () => {
      const storage = await createSqliteStorage(':memory:');
      return { storage, dispose: () => storage.close() };
    },
  ],
];
const postgresUrl = TEST_POSTGRES_URL;
if (postgresUrl) {
  kinds.push([
    'PostgreSQL',
    async () => {
      const schema = randomSchema();
      const storage = await createPostgresStorage(postgresUrl, { schema });
      return {
        storage,
        async dispose() {
          await storage.close();
          await dropSchema(postgresUrl, schema);
        },
      };
    },
  ]);
}

describe.each(kinds)('account store on %s', (_, open) => {
  let dispose: (() => Promise<void>) | undefined;
  afterEach(async () => dispose?.());
  const t0 = new Date('2026-01-05T08:00:00Z');
  const at = (ms: number) => new Date(t0.getTime() + ms);

  it('takes a pending sign-in once; an expired one is gone', async () => {
    const opened = await open();
    dispose = opened.dispose;
    const { accounts } = opened.storage;
    await accounts.saveTransaction('s1', { nonce: 'n' }, t0, at(600_000));
    expect(await accounts.takeTransaction('s1', at(1000))).toEqual({ nonce: 'n' });
    expect(await accounts.takeTransaction('s1', at(2000))).toBeUndefined();
    await accounts.saveTransaction('s2', { nonce: 'n' }, t0, at(1000));
    expect(await accounts.takeTransaction('s2', at(5000))).toBeUndefined();
  });

  it('ends a session after the idle or the absolute timeout, and on delete', async () => {
    const opened = await open();
    dispose = opened.dispose;
    const { accounts } = opened.storage;
    await accounts.createSession({
      idHash: 'h1',
      accountId: 'a',
      identity: { accountId: 'a' },
      idToken: null,
      now: t0,
      expiresAt: at(10_000),
    });
    expect((await accounts.useSession('h1', at(3000), 4000, 1000))?.accountId).toBe('a');
    expect((await accounts.useSession('h1', at(6500), 4000, 1000))?.accountId).toBe('a');
    expect(await accounts.useSession('h1', at(10_500), 4000, 1000)).toBeUndefined();
    await accounts.createSession({
      idHash: 'h2',
      accountId: 'a',
      identity: {},
      idToken: 'x',
      now: t0,
      expiresAt: at(60_000),
    });
    expect(await accounts.useSession('h2', at(5000), 4000, 1000)).toBeUndefined();
    await accounts.createSession({
      idHash: 'h3',
      accountId: 'a',
      identity: {},
      idToken: 'x',
      now: t0,
      expiresAt: at(60_000),
    });
    expect((await accounts.deleteSession('h3'))?.idToken).toBe('x');
    expect(await accounts.useSession('h3', at(1000), 4000)).toBeUndefined();
    await accounts.saveTransaction('old', {}, t0, at(1));
    await accounts.createSession({
      idHash: 'h4',
      accountId: 'b',
      identity: {},
      idToken: null,
      now: t0,
      expiresAt: at(2),
    });
    expect(await accounts.pruneExpired(at(10), 4000)).toBe(2);
  });
});
