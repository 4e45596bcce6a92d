import { createHash, randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { GatewayEnv } from '../http/env';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** A random, unguessable token (256 bits, base64url). */
export const randomToken = () => randomBytes(32).toString('base64url');

/** What storage keeps instead of a cookie or state value: its SHA-256. */
export const tokenHash = (value: string) => createHash('sha256').update(value).digest('hex');

/** How the gateway's cookies are set; see {@link cookiePolicy}. */
export interface CookiePolicy {
  /** Full session cookie name (`__Host-` prefixed when Secure). */
  session: string;
  /** Name of the short cookie that binds a sign-in's `state` to the browser. */
  state: string;
  secure: boolean;
}

/**
 * Cookies are `Secure` (and `__Host-` prefixed: no Domain, Path=/) unless the gateway's
 * public address is on loopback, where browsers would drop a Secure cookie over http.
 */
export function cookiePolicy(baseName: string, publicUrl: string): CookiePolicy {
  const secure = !LOOPBACK.has(new URL(publicUrl).hostname);
  const prefix = secure ? '__Host-' : '';
  return { session: `${prefix}${baseName}`, state: `${prefix}${baseName}_state`, secure };
}

const options = (policy: CookiePolicy, maxAgeSeconds: number) =>
  ({ httpOnly: true, secure: policy.secure, sameSite: 'Lax', path: '/', maxAge: maxAgeSeconds }) as const;

/** The session cookie's value, if the request has one. */
export const readSessionCookie = (c: Context<GatewayEnv>, policy: CookiePolicy) => getCookie(c, policy.session);

export function setSessionCookie(c: Context<GatewayEnv>, policy: CookiePolicy, value: string, maxAgeMs: number): void {
  setCookie(c, policy.session, value, options(policy, Math.floor(maxAgeMs / 1000)));
}

export function clearSessionCookie(c: Context<GatewayEnv>, policy: CookiePolicy): void {
  deleteCookie(c, policy.session, { path: '/', secure: policy.secure });
}

export const readStateCookie = (c: Context<GatewayEnv>, policy: CookiePolicy) => getCookie(c, policy.state);

export function setStateCookie(c: Context<GatewayEnv>, policy: CookiePolicy, state: string, maxAgeMs: number): void {
  setCookie(c, policy.state, state, options(policy, Math.floor(maxAgeMs / 1000)));
}

export function clearStateCookie(c: Context<GatewayEnv>, policy: CookiePolicy): void {
  deleteCookie(c, policy.state, { path: '/', secure: policy.secure });
}
