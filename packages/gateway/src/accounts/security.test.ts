import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CookieBrowser, SITE_ORIGIN, signIn, signInUntilCallback } from '../../test/sso-browser';
import { CITIZENS, HNHI_APPLICANT, SSO_CLIENT, signedInSubmission, startSsoStack } from '../../test/sso-stack';
import type { TestStack } from '../../test/stack';

const EVIL = 'https://evil.example';
const sessionCookie = (res: Response) =>
  res.headers.getSetCookie().find((c) => c.startsWith('dvc_session=') && !/max-age=0/i.test(c));
const problemCode = async (res: Response) => ((await res.json()) as { code: string }).code;
const setFaults = (stack: TestStack, body: object) =>
  fetch(`${stack.sandbox.url}/admin/sso/faults`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
const json = (body: unknown, origin = SITE_ORIGIN, extra: Record<string, string> = { 'x-dvc-request': '1' }) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', origin, ...extra },
  body: JSON.stringify(body),
});

describe('sign-in security: each request must be refused', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startSsoStack();
  });
  afterAll(async () => stack?.close());
  afterEach(async () => {
    await setFaults(stack, { mode: 'none' });
  });

  describe('authorization response', () => {
    it('wrong state', async () => {
      const browser = new CookieBrowser();
      const callback = new URL(await signInUntilCallback(browser, stack.url, CITIZENS.hnhi));
      callback.searchParams.set('state', 'forged-state-value-forged-state-value-0000');
      const res = await browser.request(callback.href);
      expect(res.status).toBe(400);
      expect(await problemCode(res)).toBe('auth.state-mismatch');
      expect(sessionCookie(res)).toBeUndefined();
    });

    it('state started in another browser (login CSRF)', async () => {
      const callback = await signInUntilCallback(new CookieBrowser(), stack.url, CITIZENS.hnhi);
      const res = await new CookieBrowser().request(callback);
      expect(res.status).toBe(400);
      expect(await problemCode(res)).toBe('auth.state-mismatch');
    });

    it('replayed code: same callback twice, and the code under a fresh state', async () => {
      const browser = new CookieBrowser();
      const callback = await signInUntilCallback(browser, stack.url, CITIZENS.hnhi);
      const attacker = browser.clone();
      expect((await browser.request(callback)).status).toBe(303);
      const replay = await attacker.request(callback);
      expect(replay.status).toBe(400);
      expect(await problemCode(replay)).toBe('auth.state-mismatch');

      // A fresh sign-in's state with the old code: the provider refuses the code.
      const fresh = new CookieBrowser();
      const freshCallback = new URL(await signInUntilCallback(fresh, stack.url, CITIZENS.binh));
      freshCallback.searchParams.set('code', new URL(callback).searchParams.get('code') as string);
      const res = await fresh.request(freshCallback.href);
      expect(res.status).toBe(400);
      expect(await problemCode(res)).toBe('auth.sign-in-failed');
      expect(sessionCookie(res)).toBeUndefined();
    });

    it('missing (or wrong) PKCE verifier at the token endpoint', async () => {
      const callback = new URL(await signInUntilCallback(new CookieBrowser(), stack.url, CITIZENS.hnhi));
      const token = `${stack.sandbox.sso.issuer}/oauth2/token`;
      const form = {
        grant_type: 'authorization_code',
        code: callback.searchParams.get('code') as string,
        redirect_uri: `${stack.url}/v1/auth/callback`,
        client_id: SSO_CLIENT.clientId,
        client_secret: SSO_CLIENT.clientSecret,
      };
      const missing = await fetch(token, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(form),
      });
      expect(missing.status).toBe(400);
      expect(((await missing.json()) as { error: string }).error).toMatch(/invalid_(grant|request)/);
    });
  });

  describe('id_token checks (sandbox bad-token fault)', () => {
    for (const kind of ['wrong-issuer', 'wrong-audience', 'expired', 'bad-signature', 'wrong-nonce'] as const) {
      it(kind, async () => {
        await setFaults(stack, { mode: 'bad-token', badToken: kind });
        const browser = new CookieBrowser();
        const res = await signIn(browser, stack.url, CITIZENS.hnhi);
        expect(res.status).toBe(400);
        expect(await problemCode(res)).toBe('auth.sign-in-failed');
        expect(sessionCookie(res)).toBeUndefined();
        const me = await browser.request(`${stack.url}/v1/me`);
        expect(await me.json()).toMatchObject({ signedIn: false });
      });
    }
  });

  describe('cookie-authenticated writes', () => {
    let browser: CookieBrowser;
    beforeAll(async () => {
      browser = new CookieBrowser();
      await signIn(browser, stack.url, CITIZENS.hnhi);
    });

    it('foreign origin with the cookie (sign-out, submission) is refused; preflight gets no CORS grant', async () => {
      const logout = await browser.request(`${stack.url}/v1/auth/logout`, json({}, EVIL));
      expect(logout.status).toBe(403);
      expect(await problemCode(logout)).toBe('auth.foreign-origin');
      const body = await signedInSubmission(stack.url, HNHI_APPLICANT);
      const submit = await browser.request(
        `${stack.url}/v1/dossiers`,
        json(body, EVIL, { 'x-dvc-request': '1', 'idempotency-key': 'evil-submit-0001' }),
      );
      expect(submit.status).toBe(403);
      const preflight = await fetch(`${stack.url}/v1/auth/logout`, {
        method: 'OPTIONS',
        headers: {
          origin: EVIL,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'x-dvc-request,content-type',
        },
      });
      expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
      expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
      const ok = await fetch(`${stack.url}/v1/auth/logout`, {
        method: 'OPTIONS',
        headers: {
          origin: SITE_ORIGIN,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'x-dvc-request,content-type',
        },
      });
      expect(ok.headers.get('access-control-allow-credentials')).toBe('true');
      expect(ok.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('x-dvc-request');
    });

    it('allowed origin without the custom header (a plain form post) is refused', async () => {
      const res = await browser.request(`${stack.url}/v1/auth/logout`, json({}, SITE_ORIGIN, {}));
      expect(res.status).toBe(403);
      const noOrigin = await browser.request(`${stack.url}/v1/auth/logout`, {
        method: 'POST',
        headers: { 'x-dvc-request': '1' },
      });
      expect(noOrigin.status).toBe(403);
      expect(await (await browser.request(`${stack.url}/v1/me`)).json()).toMatchObject({ signedIn: true });
    });
  });

  describe('return addresses', () => {
    for (const returnTo of [
      `${EVIL}/`,
      '//evil.example/x',
      'javascript:alert(1)',
      `${SITE_ORIGIN}.evil.example/`,
      'http://user@127.0.0.1:5999/',
      '/relative',
    ]) {
      it(`off the allow-list: ${returnTo}`, async () => {
        const res = await fetch(`${stack.url}/v1/auth/login?returnTo=${encodeURIComponent(returnTo)}`, {
          redirect: 'manual',
        });
        expect(res.status).toBe(400);
        expect(await problemCode(res)).toBe('auth.return-not-allowed');
      });
    }
    it('after the provider sign-out', async () => {
      const res = await fetch(
        `${stack.url}/v1/auth/logged-out?state=${Buffer.from(`${EVIL}/`).toString('base64url')}`,
        { redirect: 'manual' },
      );
      expect(res.status).toBe(400);
      const ok = await fetch(
        `${stack.url}/v1/auth/logged-out?state=${Buffer.from(`${SITE_ORIGIN}/`).toString('base64url')}`,
        { redirect: 'manual' },
      );
      expect(ok.status).toBe(303);
      expect(ok.headers.get('location')).toBe(`${SITE_ORIGIN}/`);
    });
  });

  describe('sessions', () => {
    it('a session used after sign-out is refused', async () => {
      const browser = new CookieBrowser();
      await signIn(browser, stack.url, CITIZENS.hnhi);
      const stolen = browser.clone();
      const out = await browser.request(`${stack.url}/v1/auth/logout`, json({ returnTo: `${SITE_ORIGIN}/` }));
      expect(out.status).toBe(200);
      const body = (await out.json()) as { providerLogoutUrl?: string };
      expect(body.providerLogoutUrl).toContain(`${stack.sandbox.sso.issuer}/oidc/logout`);
      expect(await (await stolen.request(`${stack.url}/v1/me`)).json()).toMatchObject({ signedIn: false });
      const list = await stolen.request(`${stack.url}/v1/me/dossiers`);
      expect(list.status).toBe(401);
      expect(await problemCode(list)).toBe('auth.sign-in-required');
    });

    it('a session used after the idle or the absolute timeout is refused', async () => {
      const short = await startSsoStack({}, { sessionIdleMs: 1500, sessionAbsoluteMs: 2500 });
      try {
        const idle = new CookieBrowser();
        await signIn(idle, short.url, CITIZENS.hnhi);
        expect(await (await idle.request(`${short.url}/v1/me`)).json()).toMatchObject({ signedIn: true });
        const busy = new CookieBrowser();
        await signIn(busy, short.url, CITIZENS.binh);
        // Busy: used every 0.5 s, so never idle — yet the absolute limit ends it.
        for (let i = 0; i < 3; i++) {
          await new Promise((r) => setTimeout(r, 500));
          expect((await busy.request(`${short.url}/v1/me/dossiers`)).status).toBe(200);
        }
        await new Promise((r) => setTimeout(r, 400));
        expect((await idle.request(`${short.url}/v1/me/dossiers`)).status).toBe(401);
        await new Promise((r) => setTimeout(r, 900));
        expect((await busy.request(`${short.url}/v1/me/dossiers`)).status).toBe(401);
      } finally {
        await short.close();
      }
    });

    it('sign-in rotates the session: the cookie from before no longer works', async () => {
      const browser = new CookieBrowser();
      await signIn(browser, stack.url, CITIZENS.hnhi);
      const before = browser.clone();
      await signIn(browser, stack.url, CITIZENS.hnhi);
      expect(browser.cookies(stack.url).get('dvc_session')).not.toBe(before.cookies(stack.url).get('dvc_session'));
      expect(await (await before.request(`${stack.url}/v1/me`)).json()).toMatchObject({ signedIn: false });
      expect(await (await browser.request(`${stack.url}/v1/me`)).json()).toMatchObject({ signedIn: true });
    });
  });
});
