import { describe, it } from 'vitest';
import { dropSchema, randomSchema } from '../../test/postgres-schema';
import { createPostgresStorage } from './postgres';
import { runStorageSuite } from './storage-suite';

const url = process.env.DVC_TEST_POSTGRES_URL;

if (url === undefined || url === '') {
  describe('PostgreSQL storage', () => {
    it.skip('needs DVC_TEST_POSTGRES_URL (e.g. postgres://dvc:dvc@127.0.0.1:5432/dvc)', () => undefined);
  });
  console.warn('[gateway] PostgreSQL storage tests SKIPPED: set DVC_TEST_POSTGRES_URL to run them.');
} else {
  runStorageSuite('PostgreSQL', async () => {
    // A random schema per test keeps concurrent runs on one server apart.
    const schema = randomSchema();
    const storage = await createPostgresStorage(url, { schema });
    const peer = await createPostgresStorage(url, { schema });
    return {
      storage,
      peer,
      async dispose() {
        await Promise.all([storage.close(), peer.close()]);
        await dropSchema(url, schema);
      },
    };
  });
}
