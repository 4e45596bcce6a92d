import { createSign, generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { casesOf, loadCorpus } from '../../../../scripts/lib/portal-contract';
import type { CorpusCase } from '../../../../scripts/lib/portal-contract';
import { identityFromClaims } from './identity';
import { createRelyingParty } from './relying-party';
import { claimMappingSchema, ssoConfigSchema } from './sso-config';

// The gateway is the relying party of the DVCQG/VNeID sign-in: every sso-* file and variant of
// the portal contract corpus against it. Userinfo answers are parsed (account type, TechID,
// unknown formats kept as given, every claim kept); the authorize request and the token
// exchange are compared with what the gateway sends to a stand-in provider over loopback HTTP.

const corpus = loadCorpus();
const cases = (file: string): CorpusCase[] => casesOf(corpus.find((f) => f.file === file)!);
const mapping = claimMappingSchema.parse({});
const ACCOUNT_TYPES: Record<string, string> = { '1': 'citizen', '2': 'business', '3': 'organisation' };

describe.each(['sso-userinfo-dvcqg.response.json', 'sso-userinfo-vneid.response.json'])('%s', (file) => {
  it.each(cases(file).map((c) => [c.name, c] as const))('%s: parsed leniently, every claim kept', (_, c) => {
    const claims = c.response as Record<string, unknown>;
    const identity = identityFromClaims(claims, mapping);
    expect(identity).toBeDefined();
    expect(identity?.accountId).toBe(claims.TechID);
    // LoaiTaiKhoan as a string or a JSON number.
    expect(identity?.accountTypeRaw).toBe(String(claims.LoaiTaiKhoan));
    expect(identity?.accountType).toBe(ACCOUNT_TYPES[String(claims.LoaiTaiKhoan)] ?? 'unknown');
    expect(identity?.citizenId).toBe(claims.SoDinhDanh);
    expect(identity?.fullName).toBe(claims.HoVaTen);
    expect(identity?.birthDate).toBe('1985-04-12'); // NgayThangNamSinh year first
    // Formats the corpus calls unknown (loAs, IAL, GioiTinh, …) are kept as given, not read.
    expect(identity?.assurance).toBe(claims.loAs);
    expect(identity?.claims).toStrictEqual(claims);
  });
});

/** A stand-in provider: discovery, keys, token and userinfo endpoints, recording what it received. */
async function startProvider(tokenAnswer: () => Record<string, unknown>, userinfo: Record<string, unknown>) {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...publicKey.export({ format: 'jwk' }), kid: 'k1', alg: 'RS256', use: 'sig' };
  const seen: { path: string; headers: Record<string, unknown>; body: string }[] = [];
  let base = '';
  let nonce = '';
  const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
  const idToken = (clientId: string) => {
    const now = Math.floor(Date.now() / 1000);
    const unsigned = `${b64({ alg: 'RS256', kid: 'k1', typ: 'JWT' })}.${b64({ iss: base, sub: userinfo.sub, aud: clientId, iat: now, exp: now + 300, nonce })}`;
    return `${unsigned}.${createSign('RSA-SHA256').update(unsigned).sign(privateKey).toString('base64url')}`;
  };
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      const path = (req.url ?? '').split('?', 1)[0] ?? '';
      seen.push({ path, headers: req.headers, body });
      const json = (value: unknown) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(value));
      };
      if (path === '/.well-known/openid-configuration') {
        return json({
          issuer: base,
          authorization_endpoint: `${base}/oauth2/authorize`,
          token_endpoint: `${base}/oauth2/token`,
          userinfo_endpoint: `${base}/oauth2/userinfo`,
          jwks_uri: `${base}/jwks`,
          response_types_supported: ['code'],
          subject_types_supported: ['public'],
          id_token_signing_alg_values_supported: ['RS256'],
        });
      }
      if (path === '/jwks') return json({ keys: [jwk] });
      if (path === '/oauth2/token')
        return json({ ...tokenAnswer(), id_token: idToken(new URLSearchParams(body).get('client_id') ?? '') });
      if (path === '/oauth2/userinfo') return json(userinfo);
      res.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    seen,
    useNonce: (value: string) => (nonce = value),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('authorize and token exchange (sso-authorize.request.json, sso-token.exchange.json)', () => {
  const authorize = cases('sso-authorize.request.json')[0]!.request as Record<string, string>;
  const tokenCases = cases('sso-token.exchange.json');
  const userinfo = cases('sso-userinfo-dvcqg.response.json')[0]!.response as Record<string, unknown>;
  let answer: Record<string, unknown> = {};
  let provider: Awaited<ReturnType<typeof startProvider>>;
  beforeAll(async () => {
    provider = await startProvider(() => answer, userinfo);
  });
  afterAll(() => provider?.close());

  const relyingParty = () =>
    createRelyingParty(
      ssoConfigSchema.parse({ issuer: provider.url, clientId: authorize.client_id, clientSecret: 'bi-mat-ung-dung' }),
    );

  it('the authorize redirect carries every corpus parameter with its observed values', async () => {
    const pending = { verifier: 'v'.repeat(43), nonce: 'n-1', returnTo: 'https://motcua.eabung.example.vn/' };
    const url = await relyingParty().authorizationUrl(authorize.state!, pending, authorize.redirect_uri!);
    expect(`${url.origin}${url.pathname}`).toBe(`${provider.url}/oauth2/authorize`);
    const sent = Object.fromEntries(url.searchParams);
    expect(sent).toMatchObject(authorize);
    // Beyond the corpus (whose sources show neither; standard OpenID Connect): nonce and PKCE.
    expect(
      Object.keys(sent)
        .filter((k) => !(k in authorize))
        .sort(),
    ).toEqual(['code_challenge', 'code_challenge_method', 'nonce']);
  });

  it.each(tokenCases.map((c) => [c.name, c] as const))(
    'token exchange, %s: the corpus form, then userinfo read',
    async (_, c) => {
      answer = c.response as Record<string, unknown>;
      const pending = { verifier: 'v'.repeat(43), nonce: `n-${c.name}`, returnTo: 'https://motcua.eabung.example.vn/' };
      provider.useNonce(pending.nonce);
      provider.seen.length = 0;
      const form = new URLSearchParams(c.request as string);
      const callback = new URL(`${authorize.redirect_uri}?code=${form.get('code')}&state=s-1`);
      const result = await relyingParty().complete(callback, 's-1', pending, authorize.redirect_uri!);
      const token = provider.seen.find((r) => r.path === '/oauth2/token')!;
      const sent = new URLSearchParams(token.body);
      // client_secret in the form body (not Basic auth), as the corpus shows.
      expect(token.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
      expect(token.headers.authorization).toBeUndefined();
      for (const [key, value] of form)
        expect([key, sent.get(key)]).toEqual([
          key,
          key === 'client_secret' ? 'bi-mat-ung-dung' : key === 'client_id' ? authorize.client_id : value,
        ]);
      expect([...sent.keys()].filter((k) => !form.has(k))).toEqual(['code_verifier']);
      expect(result.claims).toStrictEqual(userinfo);
    },
  );
});
