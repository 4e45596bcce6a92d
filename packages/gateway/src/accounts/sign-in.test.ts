import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '@dvc-kit/sandbox';
import { CookieBrowser, SITE_ORIGIN, signIn } from '../../test/sso-browser';
import { SSO_CLIENT } from '../../test/sso-stack';
import { startTestGateway } from '../../test/start-gateway';
import type { TestGateway } from '../../test/start-gateway';

const HNHI = 'f1c8e6a2-3d4b-4c9e-8a71-2b5d9e0c4f13';

describe('sign-in through the sandbox provider', () => {
  let sandbox: Awaited<ReturnType<typeof startSandbox>>;
  let gateway: TestGateway;
  /** A gateway config signing in at the sandbox's provider, giving up on it after 1 s. */
  const withSignIn = () => ({
    allowedOrigins: [SITE_ORIGIN],
    sso: { issuer: sandbox.sso.issuer, ...SSO_CLIENT, timeoutMs: 1000 },
  });
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0 });
    gateway = await startTestGateway(withSignIn());
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
      verified: {
        fullName: "H'Nhi Niê",
        citizenId: '066185001234',
        birthDate: '1985-04-12',
        phone: '0935123456',
        email: 'hnhi.nie@example.vn',
      },
    });
  });

  const faults = (body: object) =>
    fetch(`${sandbox.url}/admin/sso/faults`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const login = () =>
    fetch(`${gateway.url}/v1/auth/login?returnTo=${encodeURIComponent(`${SITE_ORIGIN}/`)}`, { redirect: 'manual' });

  it('answers 503 while the provider is down or too slow, and works again after', async () => {
    try {
      await faults({ mode: 'down' });
      // A fresh gateway has not read the discovery document yet.
      const fresh = await startTestGateway(withSignIn());
      try {
        const down = await fetch(`${fresh.url}/v1/auth/login?returnTo=${encodeURIComponent(`${SITE_ORIGIN}/`)}`, {
          redirect: 'manual',
        });
        expect(down.status).toBe(503);
        expect(((await down.json()) as { code: string }).code).toBe('auth.provider-unavailable');
        await faults({ mode: 'slow', latencyMs: 2500 });
        const browser = new CookieBrowser();
        const slow = await signIn(browser, gateway.url, HNHI).catch((error: unknown) => error);
        // The browser waits on the provider's own pages; the gateway's token call times out.
        expect(slow instanceof Response ? slow.status : 0).toBe(503);
      } finally {
        await fresh.close();
      }
    } finally {
      await faults({ mode: 'none' });
    }
    expect((await login()).status).toBe(302);
  }, 30_000);

  it('sends the browser back with dvc-sign-in=failed when the provider answers an error', async () => {
    try {
      await faults({ mode: 'error' });
      const browser = new CookieBrowser();
      const start = await browser.request(
        `${gateway.url}/v1/auth/login?returnTo=${encodeURIComponent(`${SITE_ORIGIN}/ho-so`)}`,
      );
      const back = await browser.request(start.headers.get('location') as string);
      expect(back.status).toBe(303);
      const callback = await browser.request(back.headers.get('location') as string);
      expect(callback.status).toBe(303);
      expect(callback.headers.get('location')).toBe(`${SITE_ORIGIN}/ho-so?dvc-sign-in=failed`);
      expect(callback.headers.getSetCookie().some((c) => c.startsWith('dvc_session=') && !/max-age=0/i.test(c))).toBe(
        false,
      );
    } finally {
      await faults({ mode: 'none' });
    }
  });
});
