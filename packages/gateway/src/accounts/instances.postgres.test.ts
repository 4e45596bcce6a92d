import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '@dvc-kit/sandbox';
import { TEST_POSTGRES_URL, dropSchema, randomSchema } from '../../test/postgres-schema';
import { startRoundRobin } from '../../test/round-robin';
import type { RoundRobin } from '../../test/round-robin';
import { CookieBrowser, SITE_ORIGIN, signIn } from '../../test/sso-browser';
import { CITIZENS, HNHI_APPLICANT, SSO_CLIENT, signedInSubmission } from '../../test/sso-stack';
import { PROVINCE_AGENCY } from '../../test/stack';
import { startTestGateway } from '../../test/start-gateway';
import type { TestGateway } from '../../test/start-gateway';

const url = TEST_POSTGRES_URL;

describe.skipIf(url === undefined)('sessions and my-dossiers with three gateway instances on PostgreSQL', () => {
  let sandbox: Awaited<ReturnType<typeof startSandbox>>;
  let balancer: RoundRobin;
  const gateways: TestGateway[] = [];
  const schema = randomSchema();

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0 });
    balancer = await startRoundRobin();
    for (let i = 0; i < 3; i++) {
      gateways.push(
        await startTestGateway({
          storageUrl: `${url}?schema=${schema}`,
          publicUrl: balancer.url,
          portal: {
            baseUrl: sandbox.url,
            username: 'dvc-sandbox',
            password: 'dvc-sandbox',
            agencyCode: PROVINCE_AGENCY,
          },
          outbox: { pollMs: 50, retryBaseMs: 50, retryMaxMs: 500, leaseMs: 5000 },
          allowedOrigins: [SITE_ORIGIN],
          sso: { issuer: sandbox.sso.issuer, ...SSO_CLIENT },
        }),
      );
    }
    balancer.targets = gateways.map((g) => g.url);
  });
  afterAll(async () => {
    for (const g of gateways) await g.close();
    await balancer?.close();
    await sandbox?.close();
    if (url) await dropSchema(url, schema);
  });

  it('signs in, submits, lists and signs out across instances', async () => {
    const browser = new CookieBrowser();
    const first = balancer.served.length;
    const done = await signIn(browser, balancer.url, CITIZENS.hnhi);
    expect(done.status).toBe(303);
    const headers = { 'content-type': 'application/json', origin: SITE_ORIGIN, 'x-dvc-request': '1' };
    // Each of the next calls lands on another instance than the one before it.
    for (let i = 0; i < 3; i++)
      expect(await (await browser.request(`${balancer.url}/v1/me`)).json()).toMatchObject({
        signedIn: true,
        name: "H'Nhi Niê",
      });
    const body = await signedInSubmission(balancer.url, HNHI_APPLICANT);
    const submitted = await browser.request(`${balancer.url}/v1/dossiers`, {
      method: 'POST',
      headers: { ...headers, 'idempotency-key': 'pg-three-0001' },
      body: JSON.stringify(body),
    });
    expect(submitted.status).toBe(201);
    const { code } = (await submitted.json()) as { code: string };
    for (let i = 0; i < 3; i++) {
      const page = (await (await browser.request(`${balancer.url}/v1/me/dossiers`)).json()) as {
        items: { code: string }[];
      };
      expect(page.items.map((d) => d.code)).toEqual([code]);
    }
    expect(new Set(balancer.served.slice(first))).toEqual(new Set([0, 1, 2]));
    const out = await browser.request(`${balancer.url}/v1/auth/logout`, { method: 'POST', headers, body: '{}' });
    expect(out.status).toBe(200);
    for (let i = 0; i < 3; i++) expect((await browser.request(`${balancer.url}/v1/me/dossiers`)).status).toBe(401);
  });
});
