import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway } from '../../test/start-gateway';
import type { TestGateway } from '../../test/start-gateway';

const MAX_JSON = 4096;
const MAX_UPLOAD = 2048;

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway({
    limits: { maxJsonBytes: MAX_JSON, maxUploadBytes: MAX_UPLOAD },
    payment: { secret: 'body-limit-test-secret', partnerCode: 'P1' },
    // Sign-in adds its POST routes; the provider is never reached (the limit answers first).
    sso: { issuer: 'http://127.0.0.1:9/', clientId: 'body-limit-test', clientSecret: 'secret' },
  });
});
afterAll(() => t.close());

/** A concrete URL for a route path (`:code` → a value). */
const concrete = (path: string) => path.replace(/:(\w+)/g, (_, name: string) => `${name}-1`);

describe('body limits on the routes that take a body', () => {
  it('every POST route refuses a body over its limit with 413, before its handler runs', async () => {
    const posts = [...new Set(t.gateway.app.routes.filter((r) => r.method === 'POST').map((r) => r.path))];
    expect(posts).toEqual(
      expect.arrayContaining([
        '/v1/uploads',
        '/v1/dossiers',
        '/v1/dossiers/:code/rating',
        '/v1/dossiers/:code/supplement',
        '/v1/notifications/opt-out',
        '/v1/auth/logout',
        '/v1/me/dossiers/:code/rating',
        '/paygov/confirm',
      ]),
    );
    for (const path of posts) {
      // Over the JSON limit, and over the upload limit with its multipart allowance.
      const body = 'x'.repeat(Math.max(MAX_JSON, MAX_UPLOAD + 64 * 1024) + 1);
      const res = await fetch(`${t.url}${concrete(path)}`, {
        method: 'POST',
        body,
        headers: { 'content-type': path === '/v1/uploads' ? 'multipart/form-data; boundary=x' : 'application/json' },
      });
      expect([path, res.status]).toEqual([path, 413]);
      await res.body?.cancel();
    }
  });

  it('a body within the limit reaches the handler (a validation answer, not 413)', async () => {
    const res = await fetch(`${t.url}/v1/dossiers/H66-1/rating`, {
      method: 'POST',
      body: JSON.stringify({ level: 'satisfied', comment: 'x'.repeat(MAX_JSON / 2) }),
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).not.toBe(413);
    expect(res.status).toBeLessThan(500);
  });

  it('GET routes carry no body limit: the reference page keeps its own CSP, the API the strict one', async () => {
    const docs = await fetch(`${t.url}/docs`);
    expect(docs.headers.get('content-security-policy')).toContain('style-src');
    const api = await fetch(`${t.url}/v1/units`);
    expect(api.headers.get('content-security-policy')).not.toContain('style-src');
    expect(api.headers.get('content-security-policy')).toContain("default-src 'none'");
    const missing = await fetch(`${t.url}/docs/nothing`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).not.toContain('style-src');
  });
});
