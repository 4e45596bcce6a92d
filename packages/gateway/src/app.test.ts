import { afterEach, describe, expect, it } from 'vitest';
import { startTestGateway } from '../test/start-gateway';
import type { TestGateway } from '../test/start-gateway';
import { createSqliteStorage } from './storage/sqlite';

let t: TestGateway | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe('health and readiness', () => {
  it('reports healthy and ready with a working SQLite storage in the data dir', async () => {
    t = await startTestGateway();
    expect(t.gateway.storage.kind).toBe('sqlite');
    const health = await fetch(`${t.url}/healthz`);
    expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);
    const ready = await fetch(`${t.url}/readyz`);
    expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready', checks: { storage: 'ok' } }]);
    expect(t.logs.some((l) => l.includes('"event":"gateway.started"'))).toBe(true);
  });

  it('is not ready while storage or an injected check fails', async () => {
    const storage = await createSqliteStorage(':memory:');
    let portalUp = false;
    t = await startTestGateway(
      {},
      {
        storage,
        readinessChecks: {
          portal: async () => {
            if (!portalUp) throw new Error('down');
          },
        },
      },
    );
    const down = await fetch(`${t.url}/readyz`, { headers: { 'accept-language': 'en' } });
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({
      code: 'gateway.not-ready',
      errors: [{ path: 'portal', code: 'readiness.portal' }],
    });
    portalUp = true;
    expect((await fetch(`${t.url}/readyz`)).status).toBe(200);
    await storage.close();
    const closed = await fetch(`${t.url}/readyz`);
    expect(closed.status).toBe(503);
    expect(((await closed.json()) as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual(['storage']);
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
  });
});

const postgresUrl = process.env.DVC_TEST_POSTGRES_URL;
describe.skipIf(!postgresUrl)('PostgreSQL storage URL', () => {
  it('opens PostgreSQL from storageUrl with a schema and reports ready', async () => {
    const schema = `dvc_app_${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
    const url = new URL(postgresUrl ?? '');
    url.searchParams.set('schema', schema);
    t = await startTestGateway({ storageUrl: url.toString() });
    expect(t.gateway.storage.kind).toBe('postgres');
    expect((await fetch(`${t.url}/readyz`)).status).toBe(200);
    const { default: pg } = await import('pg');
    await t.close();
    t = undefined;
    const client = new pg.Client({ connectionString: postgresUrl });
    await client.connect();
    await client.query(`drop schema ${schema} cascade`);
    await client.end();
  });
});
