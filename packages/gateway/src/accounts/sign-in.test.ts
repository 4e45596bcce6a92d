import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '@dvc-kit/sandbox';
import { CookieBrowser, SITE_ORIGIN, signIn } from '../../test/sso-browser';
import { startTestGateway } from '../../test/start-gateway';
import type { TestGateway } from '../../test/start-gateway';

const HNHI = 'f1c8e6a2-3d4b-4c9e-8a71-2b5d9e0c4f13';

describe('sign-in through the sandbox provider', () => {
  let sandbox: Awaited<ReturnType<typeof startSandbox>>;
  let gateway: TestGateway;
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0 });
    gateway = await startTestGateway({
      allowedOrigins: [SITE_ORIGIN],
      sso: { issuer: sandbox.sso.issuer, clientId: 'dvc-gateway', clientSecret: 'dvc-gateway-sandbox-secret' },
    });
  });
  afterAll(async () => {
    await gateway?.close();
    await sandbox?.close();
  });

  it('signs a seeded citizen in and shows who is signed in', async () => {
    const browser = new CookieBrowser();
    const done = await signIn(browser, gateway.url, HNHI);
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe(`${SITE_ORIGIN}/ho-so-cua-toi`);
    const cookie = done.headers.getSetCookie().find((c) => c.startsWith('dvc_session='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const me = await browser.request(`${gateway.url}/v1/me`, { headers: { origin: SITE_ORIGIN } });
    expect(me.headers.get('access-control-allow-credentials')).toBe('true');
    expect(me.headers.get('access-control-allow-origin')).toBe(SITE_ORIGIN);
    expect(await me.json()).toMatchObject({
      signedIn: true,
      name: "H'Nhi Niê",
      accountType: 'citizen',
      verified: { fullName: "H'Nhi Niê", citizenId: '066185001234', birthDate: '1985-04-12', phone: '0935123456', email: 'hnhi.nie@example.vn' },
    });
  });
});
