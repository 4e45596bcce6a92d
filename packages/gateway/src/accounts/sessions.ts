import type { Context } from 'hono';
import type { GatewayEnv } from '../http/env';
import type { SessionRecord } from '../storage/account-queries';
import type { GatewayStorage, JsonValue } from '../storage/types';
import { accountError } from './account-errors';
import type { VerifiedIdentity } from './identity';
import {
  clearSessionCookie,
  cookiePolicy,
  randomToken,
  readSessionCookie,
  setSessionCookie,
  tokenHash,
} from './session-cookie';
import type { CookiePolicy } from './session-cookie';
import type { SsoConfig } from './sso-config';

/** A live session and the identity it carries. */
export interface ActiveSession {
  record: SessionRecord;
  identity: VerifiedIdentity;
}

/** Browser sessions kept in the gateway's storage; see {@link createSessions}. */
export interface Sessions {
  policy(): CookiePolicy;
  /** The request's session, when its cookie names a live one (idle and absolute timeouts checked). */
  current(c: Context<GatewayEnv>): Promise<ActiveSession | undefined>;
  /** Like {@link Sessions.current}, but 401 `auth.sign-in-required` without one. */
  require(c: Context<GatewayEnv>): Promise<ActiveSession>;
  /** A NEW session for this identity (any previous one of this browser is ended first: rotation at sign-in). */
  start(c: Context<GatewayEnv>, identity: VerifiedIdentity, idToken: string | null): Promise<void>;
  /** End this browser's session; returns it when there was one. */
  end(c: Context<GatewayEnv>): Promise<SessionRecord | undefined>;
}

/** Sessions of `config`, cookies shaped for the gateway's public address. */
export function createSessions(config: SsoConfig, storage: GatewayStorage, publicUrl: () => string): Sessions {
  const policy = () => cookiePolicy(config.cookieName, config.redirectUri ?? publicUrl());
  const sessions: Sessions = {
    policy,
    async current(c) {
      const value = readSessionCookie(c, policy());
      if (value === undefined || value.length < 20 || value.length > 100) return undefined;
      // Activity is written at most every minute (a tenth of the idle timeout when shorter).
      const record = await storage.accounts.useSession(
        tokenHash(value),
        new Date(),
        config.sessionIdleMs,
        Math.min(60_000, Math.floor(config.sessionIdleMs / 10)),
      );
      if (record === undefined) return undefined;
      return { record, identity: record.identity as unknown as VerifiedIdentity };
    },
    async require(c) {
      const session = await sessions.current(c);
      if (session === undefined) throw accountError('auth.sign-in-required');
      return session;
    },
    async start(c, identity, idToken) {
      const previous = readSessionCookie(c, policy());
      if (previous !== undefined) await storage.accounts.deleteSession(tokenHash(previous));
      const value = randomToken();
      const now = new Date();
      await storage.accounts.createSession({
        idHash: tokenHash(value),
        accountId: identity.accountId,
        identity: identity as unknown as JsonValue,
        idToken,
        now,
        expiresAt: new Date(now.getTime() + config.sessionAbsoluteMs),
      });
      setSessionCookie(c, policy(), value, config.sessionAbsoluteMs);
      // Expired sessions and abandoned sign-ins are deleted as new ones start (best effort).
      void storage.accounts.pruneExpired(now, config.sessionIdleMs).catch(() => undefined);
    },
    async end(c) {
      const value = readSessionCookie(c, policy());
      clearSessionCookie(c, policy());
      return value === undefined ? undefined : storage.accounts.deleteSession(tokenHash(value));
    },
  };
  return sessions;
}
