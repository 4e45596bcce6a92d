import { randomBytes } from 'node:crypto';
import { exportJWK, generateKeyPair } from 'jose';
import type { JWK } from 'jose';
import Provider from 'oidc-provider';
import type { Configuration, KoaContextWithOIDC } from 'oidc-provider';
import { memoryAdapterFactory } from './memory-adapter';
import { CLAIM_NAMES } from './test-citizens';
import type { TestIdentity } from './test-citizens';

/** A client (relying party) registered at the sandbox provider. */
export interface SsoClient {
  clientId: string;
  clientSecret: string;
  /**
   * Allowed redirect URIs. Loopback `http://127.0.0.1/…` and `http://localhost/…` URIs match
   * any port (RFC 8252 §7.3), so a gateway on an ephemeral port needs no registration.
   */
  redirectUris: string[];
  /** Allowed `post_logout_redirect_uri`s (same loopback rule). */
  postLogoutRedirectUris: string[];
}

/**
 * The client the sandbox registers when none is given: a gateway on loopback
 * (`/v1/auth/callback`, `/v1/auth/logged-out`), any port.
 */
export const DEFAULT_SSO_CLIENT: Readonly<SsoClient> = {
  clientId: 'dvc-gateway',
  clientSecret: 'dvc-gateway-sandbox-secret',
  redirectUris: ['http://127.0.0.1/v1/auth/callback', 'http://localhost/v1/auth/callback'],
  postLogoutRedirectUris: ['http://127.0.0.1/v1/auth/logged-out', 'http://localhost/v1/auth/logged-out'],
};

/** Paths of the provider's endpoints under its issuer (the corpus's `/oauth2/*` names). */
export const SSO_ROUTES = {
  authorization: '/oauth2/authorize',
  token: '/oauth2/token',
  userinfo: '/oauth2/userinfo',
  jwks: '/oauth2/jwks',
  introspection: '/oauth2/introspect',
  revocation: '/oauth2/revoke',
  end_session: '/oidc/logout',
} as const;

/** The provider plus the signing key (the fault layer re-signs tampered tokens with it). */
export interface SandboxProvider {
  provider: Provider;
  /** Private signing key (RS256), with its `kid`. */
  signingKey: JWK;
}

// The end-session confirmation submits itself: a test or a keyboard user is never left on
// a provider page that asks "sign out?" a second time.
function logoutSource(ctx: KoaContextWithOIDC, form: string): void {
  ctx.type = 'html';
  ctx.body = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Đăng xuất — Sandbox SSO</title></head>
<body><main><h1>Đang đăng xuất… <span lang="en">(Signing out…)</span></h1>${form}
<button form="op.logoutForm" type="submit" name="logout" value="yes">Đăng xuất <span lang="en">(Sign out)</span></button>
<script>var f=document.getElementById('op.logoutForm');var i=document.createElement('input');i.type='hidden';i.name='logout';i.value='yes';f.appendChild(i);f.submit();</script>
</main></body></html>`;
}

/**
 * Builds the sandbox's OpenID Connect provider (`oidc-provider`, the certified library):
 * discovery, JWKS, authorization code with PKCE, token, userinfo with the corpus's
 * Vietnamese claims, introspection, revocation and RP-initiated logout.
 */
export async function createSandboxProvider(options: {
  issuer: string;
  clients: SsoClient[];
  identity: (techId: string) => TestIdentity | undefined;
}): Promise<SandboxProvider> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const signingKey: JWK = {
    ...(await exportJWK(privateKey)),
    kid: `sandbox-${randomBytes(4).toString('hex')}`,
    alg: 'RS256',
    use: 'sig',
  };
  const configuration: Configuration = {
    adapter: memoryAdapterFactory(),
    clients: options.clients.map((client) => ({
      client_id: client.clientId,
      client_secret: client.clientSecret,
      application_type: 'native',
      redirect_uris: client.redirectUris,
      post_logout_redirect_uris: client.postLogoutRedirectUris,
      token_endpoint_auth_method: 'client_secret_post',
      grant_types: ['authorization_code'],
      response_types: ['code'],
    })),
    jwks: { keys: [signingKey] },
    scopes: ['openid'],
    claims: { openid: ['sub', ...CLAIM_NAMES] },
    acrValues: ['LoA1', 'LoA2'],
    routes: SSO_ROUTES,
    cookies: { keys: [randomBytes(32).toString('hex')] },
    pkce: { required: () => true },
    ttl: {
      AccessToken: 3600,
      AuthorizationCode: 120,
      IdToken: 3600,
      Interaction: 600,
      Session: 8 * 3600,
      Grant: 8 * 3600,
    },
    findAccount: (_ctx, id) => {
      const identity = options.identity(id);
      return identity === undefined
        ? undefined
        : { accountId: id, claims: () => ({ ...identity.claims, sub: String(identity.claims.sub ?? id) }) };
    },
    interactions: {
      url: (_ctx, interaction) =>
        `${new URL(options.issuer).pathname.replace(/\/$/, '')}/interaction/${interaction.uid}`,
    },
    features: {
      devInteractions: { enabled: false },
      introspection: { enabled: true },
      revocation: { enabled: true },
      rpInitiatedLogout: { enabled: true, logoutSource },
    },
  };
  const provider = new Provider(options.issuer, configuration);
  provider.proxy = false;
  return { provider, signingKey };
}
