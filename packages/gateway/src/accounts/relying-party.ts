import * as oidc from 'openid-client';
import type { SsoConfig } from './sso-config';

/** What the gateway keeps between sending the browser to the provider and its return. */
export interface PendingSignIn {
  /** PKCE code verifier (the challenge went to the provider). */
  verifier: string;
  nonce: string;
  /** Where the browser goes after signing in (an allowed origin, checked before). */
  returnTo: string;
}

/** The tokens and claims of a completed sign-in. */
export interface SignInResult {
  idToken: string | undefined;
  /** Userinfo claims (the id_token's claims when the provider has no userinfo endpoint). */
  claims: Record<string, unknown>;
}

/** The gateway as an OpenID Connect relying party (`openid-client`); see {@link createRelyingParty}. */
export interface RelyingParty {
  /** The provider's authorization URL for a new sign-in, with PKCE (S256), state and nonce. */
  authorizationUrl(state: string, pending: PendingSignIn, redirectUri: string): Promise<URL>;
  /**
   * Completes a sign-in from the callback URL: checks state, exchanges the code with the
   * PKCE verifier, validates the id_token (signature, issuer, audience, expiry, nonce) and
   * reads userinfo. Throws on any failed check.
   */
  complete(callbackUrl: URL, expectedState: string, pending: PendingSignIn, redirectUri: string): Promise<SignInResult>;
  /** The provider's end-session URL, or `undefined` when it offers none. */
  endSessionUrl(idToken: string | null, postLogoutRedirectUri: string, state: string): Promise<URL | undefined>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * A relying party for `config`. The provider's discovery document is read on first use and
 * kept (retried after a failure), so a gateway starts even while the provider is down.
 * Plain `http` is allowed only for an issuer on loopback (the sandbox).
 */
export function createRelyingParty(config: SsoConfig): RelyingParty {
  let discovered: Promise<oidc.Configuration> | undefined;
  const issuer = new URL(config.issuer);
  const insecure = issuer.protocol === 'http:' && LOOPBACK.has(issuer.hostname);

  function configuration(): Promise<oidc.Configuration> {
    discovered ??= oidc
      .discovery(
        issuer,
        config.clientId,
        { client_secret: config.clientSecret },
        oidc.ClientSecretPost(config.clientSecret),
        {
          timeout: Math.ceil(config.timeoutMs / 1000),
          ...(insecure ? { execute: [oidc.allowInsecureRequests] } : {}),
        },
      )
      .then((c) => {
        // Check the id_token's signature too, not only what TLS already vouches for.
        oidc.enableNonRepudiationChecks(c);
        c.timeout = Math.ceil(config.timeoutMs / 1000);
        return c;
      })
      .catch((error: unknown) => {
        discovered = undefined;
        throw error;
      });
    return discovered;
  }

  return {
    async authorizationUrl(state, pending, redirectUri) {
      const c = await configuration();
      return oidc.buildAuthorizationUrl(c, {
        redirect_uri: redirectUri,
        scope: config.scopes,
        acr_values: config.acrValues,
        state,
        nonce: pending.nonce,
        code_challenge: await oidc.calculatePKCECodeChallenge(pending.verifier),
        code_challenge_method: 'S256',
      });
    },
    async complete(callbackUrl, expectedState, pending, redirectUri) {
      const c = await configuration();
      // The registered redirect URI with the provider's answer: behind a reverse proxy the
      // address the request arrived at is not the one the provider knows.
      const current = new URL(redirectUri);
      current.search = callbackUrl.search;
      const tokens = await oidc.authorizationCodeGrant(c, current, {
        pkceCodeVerifier: pending.verifier,
        expectedState,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      const idClaims = tokens.claims();
      if (idClaims === undefined) throw new TypeError('no id_token');
      const claims = c.serverMetadata().userinfo_endpoint
        ? await oidc.fetchUserInfo(c, tokens.access_token, idClaims.sub)
        : { ...idClaims };
      return { idToken: tokens.id_token, claims: claims as Record<string, unknown> };
    },
    async endSessionUrl(idToken, postLogoutRedirectUri, state) {
      const c = await configuration();
      if (!c.serverMetadata().end_session_endpoint) return undefined;
      return oidc.buildEndSessionUrl(c, {
        post_logout_redirect_uri: postLogoutRedirectUri,
        state,
        ...(idToken ? { id_token_hint: idToken } : { client_id: config.clientId }),
      });
    },
  };
}
