import { timingSafeEqual } from 'node:crypto';
import { ACCOUNT_API_PATHS } from '@dvc-kit/core';
import type { SessionView } from '@dvc-kit/core';
import { Hono } from 'hono';
import type { Context } from 'hono';
import * as oidc from 'openid-client';
import type { BodyLimits } from '../http/body-limits';
import type { GatewayEnv } from '../http/env';
import type { Logger } from '../http/logger';
import type { GatewayStorage, JsonValue } from '../storage/types';
import { isoVietnam } from '../dossiers/iso-time';
import { accountError } from './account-errors';
import { identityFromClaims, prefillValues } from './identity';
import type { OriginPolicy } from './origins';
import type { PendingSignIn, RelyingParty } from './relying-party';
import { clearStateCookie, randomToken, readStateCookie, setStateCookie, tokenHash } from './session-cookie';
import type { Sessions } from './sessions';
import type { SsoConfig } from './sso-config';
import { assertSessionWrite } from './write-guard';

/** How long a started sign-in may take before its state is forgotten. */
const SIGN_IN_TTL_MS = 10 * 60_000;

/** Dependencies of {@link authRoutes}. */
export interface AuthRouteDeps {
  /** Body limits (the JSON one guards sign-out). */
  bodyLimits: BodyLimits;
  config: SsoConfig;
  storage: GatewayStorage;
  rp: RelyingParty;
  sessions: Sessions;
  origins: OriginPolicy;
  logger: Logger;
  publicUrl: () => string;
}

const sameText = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** Network trouble (refused, reset, timed out) or a provider 5xx, as opposed to a failed check. */
function providerDown(error: unknown): boolean {
  const e = error as { name?: string; cause?: { code?: string; name?: string }; status?: number; code?: string };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError' || e?.cause?.name === 'TimeoutError') return true;
  if (typeof e?.cause?.code === 'string' && /^(ECONN|ENOTFOUND|EAI_|UND_ERR|ETIMEDOUT)/.test(e.cause.code)) return true;
  if (e?.name === 'TypeError' && /fetch failed/i.test(String((error as Error).message))) return true;
  if (e?.code === 'OAUTH_RESPONSE_IS_NOT_CONFORM' && typeof e.status === 'number' && e.status >= 500) return true;
  const response = (error as { cause?: unknown }).cause;
  return response instanceof Response && response.status >= 500;
}

function withOutcome(returnTo: string, outcome: 'cancelled' | 'failed'): string {
  const url = new URL(returnTo);
  url.searchParams.set('dvc-sign-in', outcome);
  return url.href;
}

/**
 * The sign-in endpoints (backend-for-frontend: the browser never sees a token):
 * - `GET /v1/auth/login?returnTo=` → the provider, with PKCE, state (bound to this browser
 *   by a short httpOnly cookie) and nonce;
 * - `GET /v1/auth/callback` → checks everything, starts a session, back to `returnTo`;
 * - `POST /v1/auth/logout` → ends the session; answers the provider's end-session URL;
 * - `GET /v1/auth/logged-out?state=` → back from the provider's sign-out to an allowed page;
 * - `GET /v1/me` → who is signed in.
 */
export function authRoutes(deps: AuthRouteDeps): Hono<GatewayEnv> {
  const { config, storage, rp, sessions, origins, logger } = deps;
  const routes = new Hono<GatewayEnv>();
  const redirectUri = () => config.redirectUri ?? `${deps.publicUrl()}${ACCOUNT_API_PATHS.callback}`;
  const postLogoutUri = () => config.postLogoutRedirectUri ?? `${deps.publicUrl()}${ACCOUNT_API_PATHS.signedOut}`;

  routes.get(ACCOUNT_API_PATHS.signIn, async (c) => {
    const returnTo = origins.returnAddress(c.req.query('returnTo'));
    if (returnTo === undefined) throw accountError('auth.return-not-allowed', { path: 'returnTo' });
    const state = randomToken();
    const pending: PendingSignIn = {
      verifier: oidc.randomPKCECodeVerifier(),
      nonce: randomToken(),
      returnTo: returnTo.href,
    };
    let target: URL;
    try {
      target = await rp.authorizationUrl(state, pending, redirectUri());
    } catch (cause) {
      logger.warn('auth.provider-unavailable', { step: 'discovery', error: (cause as Error).name });
      throw accountError('auth.provider-unavailable', { cause });
    }
    const now = new Date();
    await storage.accounts.saveTransaction(
      tokenHash(state),
      pending as unknown as JsonValue,
      now,
      new Date(now.getTime() + SIGN_IN_TTL_MS),
    );
    setStateCookie(c, sessions.policy(), state, SIGN_IN_TTL_MS);
    c.header('cache-control', 'no-store');
    return c.redirect(target.href, 302);
  });

  routes.get(ACCOUNT_API_PATHS.callback, async (c) => {
    c.header('cache-control', 'no-store');
    const state = c.req.query('state') ?? '';
    const bound = readStateCookie(c, sessions.policy()) ?? '';
    clearStateCookie(c, sessions.policy());
    // The state must be the one this browser started (login CSRF) and still pending (replay).
    if (state === '' || !sameText(state, bound)) throw accountError('auth.state-mismatch');
    const pending = (await storage.accounts.takeTransaction(tokenHash(state), new Date())) as unknown as
      PendingSignIn | undefined;
    if (pending === undefined) throw accountError('auth.state-mismatch');
    const providerError = c.req.query('error');
    if (providerError !== undefined) {
      logger.warn('auth.provider-error', { error: providerError.slice(0, 64) });
      return c.redirect(withOutcome(pending.returnTo, providerError === 'access_denied' ? 'cancelled' : 'failed'), 303);
    }
    let result;
    try {
      result = await rp.complete(new URL(c.req.url), state, pending, redirectUri());
    } catch (cause) {
      const down = providerDown(cause);
      logger.warn(down ? 'auth.provider-unavailable' : 'auth.sign-in-failed', {
        error: (cause as Error).name,
        reason: String((cause as Error).message).slice(0, 200),
      });
      throw accountError(down ? 'auth.provider-unavailable' : 'auth.sign-in-failed', { cause });
    }
    const identity = identityFromClaims(result.claims, config.claimMapping);
    if (identity === undefined) throw accountError('auth.account-missing');
    await sessions.start(c, identity, result.idToken ?? null);
    logger.info('auth.signed-in', { accountType: identity.accountType });
    return c.redirect(pending.returnTo, 303);
  });

  routes.post(ACCOUNT_API_PATHS.signOut, deps.bodyLimits.json, async (c) => {
    assertSessionWrite(c, origins);
    let returnTo: URL | undefined;
    try {
      const body = (await c.req.json()) as { returnTo?: unknown };
      returnTo = typeof body?.returnTo === 'string' ? origins.returnAddress(body.returnTo) : undefined;
    } catch {
      returnTo = undefined;
    }
    const ended = await sessions.end(c);
    let providerLogoutUrl: string | undefined;
    if (ended !== undefined && returnTo !== undefined) {
      try {
        providerLogoutUrl = (
          await rp.endSessionUrl(ended.idToken, postLogoutUri(), Buffer.from(returnTo.href).toString('base64url'))
        )?.href;
      } catch (cause) {
        // The local session is over either way; the provider's may outlive it.
        logger.warn('auth.provider-unavailable', { step: 'end-session', error: (cause as Error).name });
      }
    }
    c.header('cache-control', 'no-store');
    return c.json({ signedOut: true, ...(providerLogoutUrl ? { providerLogoutUrl } : {}) });
  });

  routes.get(ACCOUNT_API_PATHS.signedOut, (c) => {
    let decoded: string | undefined;
    try {
      decoded = Buffer.from(c.req.query('state') ?? '', 'base64url').toString('utf8');
    } catch {
      decoded = undefined;
    }
    const returnTo = origins.returnAddress(decoded);
    if (returnTo === undefined) throw accountError('auth.return-not-allowed', { path: 'state' });
    return c.redirect(returnTo.href, 303);
  });

  routes.get(ACCOUNT_API_PATHS.me, async (c: Context<GatewayEnv>) => {
    c.header('cache-control', 'no-store');
    const session = await sessions.current(c);
    if (session === undefined) return c.json({ signedIn: false, required: config.required } satisfies SessionView);
    const { identity, record } = session;
    const view: SessionView = {
      signedIn: true,
      required: config.required,
      ...(identity.fullName ? { name: identity.fullName } : {}),
      accountType: identity.accountType,
      ...(identity.residence ? { residence: identity.residence } : {}),
      verified: prefillValues(identity),
      expiresAt: isoVietnam(
        new Date(Math.min(record.expiresAt.getTime(), record.lastSeenAt.getTime() + config.sessionIdleMs)),
      ),
    };
    return c.json(view);
  });
  return routes;
}
