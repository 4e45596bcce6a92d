import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readText, sleep } from '../server/respond';
import { signInPage } from './sign-in-page';
import { ssoFaultSchema } from './sso-faults';
import type { SsoFaults, SsoFaultsInput } from './sso-faults';
import { createSandboxProvider, SSO_ROUTES } from './sso-provider';
import type { SsoClient } from './sso-provider';
import { TEST_IDENTITIES, ownIdentity } from './test-citizens';
import type { TestIdentity } from './test-citizens';
import { tamperIdToken } from './token-tamper';
import { ssoMessages } from './messages';

/** Path prefix of the provider inside the sandbox. */
export const SSO_PREFIX = '/sso';

/** The sandbox's identity provider as a user of the sandbox sees it (issuer, identities, faults). */
export interface SandboxIdentityProvider {
  /** Issuer URL (`<sandbox>/sso`); its discovery document is `<issuer>/.well-known/openid-configuration`. */
  readonly issuer: string;
  faults(): SsoFaults;
  setFaults(input: SsoFaultsInput): SsoFaults;
  /** Seeded identities plus those signed in through the own-identity form. */
  identities(): TestIdentity[];
}

/** The sandbox's identity provider, served under {@link SSO_PREFIX}; `handle` is the server's own. */
export interface SandboxSso extends SandboxIdentityProvider {
  /** Handles a request whose path starts with `/sso`. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
}

const send = (
  res: ServerResponse,
  status: number,
  body: string,
  type = 'application/json; charset=utf-8',
  headers: Record<string, string> = {},
) => {
  res.writeHead(status, {
    'content-type': type,
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(body);
};

const OWN_NAME = /^[\p{L}\p{M}' .-]{2,100}$/u;

/** Reads the own-identity form; `undefined` when a field is malformed. */
function readOwn(form: URLSearchParams): Parameters<typeof ownIdentity>[0] | undefined {
  const fullName = (form.get('fullName') ?? '').trim();
  const citizenId = (form.get('citizenId') ?? '').trim();
  const birthDate = (form.get('birthDate') ?? '').trim();
  const phone = (form.get('phone') ?? '').trim();
  const source = form.get('source') === 'vneid' ? 'vneid' : 'dvcqg';
  if (
    !OWN_NAME.test(fullName) ||
    !/^\d{12}$/.test(citizenId) ||
    !/^\d{8}$/.test(birthDate) ||
    !/^\d{0,11}$/.test(phone)
  )
    return undefined;
  return { fullName, citizenId, birthDate, ...(phone ? { phone } : {}), source };
}

/**
 * Starts the identity provider for a sandbox listening at `baseUrl`: the provider itself
 * (`oidc-provider`), the sign-in page, the corpus's token validation endpoint
 * (`POST /sso/oauth2/validatetoken`, `token=…&state=0` → `{active, client_id, exp}`),
 * `GET /sso/test-identities`, and fault injection.
 */
export async function startSandboxSso(baseUrl: string, clients: SsoClient[]): Promise<SandboxSso> {
  const issuer = `${baseUrl}${SSO_PREFIX}`;
  const own = new Map<string, TestIdentity>();
  const identity = (techId: string) => TEST_IDENTITIES.find((i) => i.techId === techId) ?? own.get(techId);
  const { provider, signingKey } = await createSandboxProvider({ issuer, clients, identity });
  const callback = provider.callback();
  let faults: SsoFaults = ssoFaultSchema.parse({});
  const allIdentities = () => [...TEST_IDENTITIES, ...own.values()];

  async function finishLogin(
    req: IncomingMessage,
    res: ServerResponse,
    chosen: TestIdentity,
    acr: string,
  ): Promise<void> {
    const details = await provider.interactionDetails(req, res);
    const grant = new provider.Grant({ accountId: chosen.techId, clientId: String(details.params.client_id) });
    grant.addOIDCScope('openid');
    const grantId = await grant.save();
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: chosen.techId, acr }, consent: { grantId } },
      { mergeWithLastSubmission: false },
    );
  }

  async function interaction(req: IncomingMessage, res: ServerResponse, rest: string): Promise<void> {
    const [uid = '', action] = rest.split('/');
    const details = await provider.interactionDetails(req, res);
    if (details.uid !== uid) return send(res, 400, JSON.stringify({ error: 'invalid_request' }));
    const acr =
      typeof details.params.acr_values === 'string' && details.params.acr_values.split(' ')[0]
        ? (details.params.acr_values.split(' ')[0] as string)
        : 'LoA1';
    const base = `${SSO_PREFIX}/interaction/${uid}`;
    if (req.method === 'GET' && action === undefined) {
      // A provider session already exists: only consent is asked, which the sandbox grants.
      if (details.prompt.name === 'consent' && details.session?.accountId) {
        const known = identity(details.session.accountId);
        if (known) return finishLogin(req, res, known, acr);
      }
      return send(
        res,
        200,
        signInPage({ action: `${base}/login`, abort: `${base}/abort`, identities: allIdentities(), acr }),
        'text/html; charset=utf-8',
      );
    }
    if (req.method === 'POST' && action === 'abort') {
      return provider.interactionFinished(
        req,
        res,
        { error: 'access_denied', error_description: ssoMessages.localize('sign-in.cancelled', undefined, 'vi') },
        { mergeWithLastSubmission: false },
      );
    }
    if (req.method === 'POST' && action === 'login') {
      const form = new URLSearchParams((await readText(req)) ?? '');
      let chosen = identity(form.get('identity') ?? '');
      if (form.get('own') === '1') {
        const input = readOwn(form);
        if (input === undefined) {
          const error = ssoMessages.localize('sign-in.own-invalid', undefined, 'vi');
          return send(
            res,
            422,
            signInPage({ action: `${base}/login`, abort: `${base}/abort`, identities: TEST_IDENTITIES, acr, error }),
            'text/html; charset=utf-8',
          );
        }
        chosen = ownIdentity(input, randomUUID());
        own.set(chosen.techId, chosen);
      }
      if (chosen === undefined) return send(res, 400, JSON.stringify({ error: 'unknown identity' }));
      return finishLogin(req, res, chosen, acr);
    }
    return send(res, 404, JSON.stringify({ error: 'not found' }));
  }

  async function validateToken(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const form = new URLSearchParams((await readText(req)) ?? '');
    const bearer = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const value = form.get('token') ?? bearer ?? '';
    const token = value ? await provider.AccessToken.find(value) : undefined;
    if (token === undefined || token.isExpired) return send(res, 401, JSON.stringify({ active: false }));
    return send(
      res,
      200,
      JSON.stringify({ active: true, client_id: token.clientId, exp: token.exp, scope: token.scope }),
    );
  }

  // `bad-token`: the provider answers the token request as usual, then the id_token in
  // its JSON body is swapped for a tampered one before it leaves.
  function tamperResponse(res: ServerResponse): void {
    const end = res.end.bind(res);
    const chunks: Buffer[] = [];
    const write = res.write.bind(res);
    res.write = ((chunk: unknown) => {
      if (chunk) chunks.push(Buffer.from(chunk as Buffer));
      return true;
    }) as typeof res.write;
    res.end = ((chunk?: unknown) => {
      if (chunk && typeof chunk !== 'function') chunks.push(Buffer.from(chunk as Buffer));
      const text = Buffer.concat(chunks).toString('utf8');
      void (async () => {
        let out = text;
        try {
          const body = JSON.parse(text) as Record<string, unknown>;
          if (typeof body.id_token === 'string') {
            body.id_token = await tamperIdToken(body.id_token, faults.badToken, signingKey);
            out = JSON.stringify(body);
          }
        } catch {
          // Not JSON (an error page): pass it through untouched.
        }
        if (!res.headersSent) res.setHeader('content-length', Buffer.byteLength(out));
        res.write = write;
        end(out);
      })();
      return res;
    }) as typeof res.end;
  }

  return {
    issuer,
    faults: () => faults,
    setFaults: (input) => (faults = ssoFaultSchema.parse(input)),
    identities: allIdentities,
    async handle(req, res) {
      const url = req.url ?? '/';
      const path = url.split('?', 1)[0] ?? '/';
      const rest = path.slice(SSO_PREFIX.length) || '/';
      if (faults.mode === 'down')
        return send(
          res,
          503,
          JSON.stringify({ error: 'temporarily_unavailable', error_description: 'Sandbox SSO is down (fault)' }),
        );
      if (faults.mode === 'slow') await sleep(faults.latencyMs);
      try {
        if (rest === '/test-identities' && req.method === 'GET') {
          return send(
            res,
            200,
            JSON.stringify(
              allIdentities().map(({ techId, source, label, claims }) => ({ techId, source, label, claims })),
            ),
          );
        }
        if (rest === '/oauth2/validatetoken' && req.method === 'POST') return await validateToken(req, res);
        if (rest.startsWith('/interaction/')) return await interaction(req, res, rest.slice('/interaction/'.length));
        if (faults.mode === 'error' && rest === SSO_ROUTES.authorization) {
          const params = new URL(url, 'http://sandbox').searchParams;
          const redirect = params.get('redirect_uri');
          const client = await provider.Client.find(params.get('client_id') ?? '');
          if (redirect && client?.redirectUriAllowed(redirect)) {
            const back = new URL(redirect);
            back.searchParams.set('error', 'temporarily_unavailable');
            back.searchParams.set('error_description', 'Sandbox SSO error (fault)');
            const state = params.get('state');
            if (state) back.searchParams.set('state', state);
            back.searchParams.set('iss', issuer);
            res.writeHead(303, { location: back.href });
            res.end();
            return;
          }
        }
        if (faults.mode === 'bad-token' && rest === SSO_ROUTES.token) tamperResponse(res);
        const mounted = req as IncomingMessage & { originalUrl?: string };
        mounted.originalUrl = url;
        req.url = url.slice(SSO_PREFIX.length) || '/';
        await callback(req, res);
      } catch (error) {
        if (!res.headersSent)
          send(res, 500, JSON.stringify({ error: 'server_error', error_description: (error as Error).message }));
      }
    },
  };
}
