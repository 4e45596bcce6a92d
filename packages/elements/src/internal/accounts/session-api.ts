import { ACCOUNT_API_PATHS, SESSION_WRITE_HEADER } from '@dvc-kit/core';
import type { MyDossier, MyDossierPage, RatingLevel, RatingReceipt, SessionView } from '@dvc-kit/core';

/**
 * The signed-in citizen's calls to the gateway (`/v1/auth/*`, `/v1/me*`). They carry the
 * gateway's httpOnly session cookie (`credentials: 'include'`) — the page never sees a token —
 * and writes add `X-DVC-Request: 1`, which the gateway requires next to an allowed `Origin`.
 */

/** A failed call: the gateway's problem `code` (e.g. `auth.sign-in-required`) and HTTP status. */
export class SessionRequestError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    readonly messages?: { vi?: string; en?: string },
  ) {
    super(messages?.en ?? code);
    this.name = 'SessionRequestError';
  }
}

const url = (endpoint: string, path: string) => `${endpoint.replace(/\/+$/, '')}${path}`;
const fill = (template: string, code: string) => template.replace('{code}', encodeURIComponent(code));

async function call<T>(endpoint: string, path: string, init: RequestInit = {}): Promise<T> {
  const write = init.method === 'POST';
  const res = await fetch(url(endpoint, path), {
    ...init,
    credentials: 'include',
    headers: {
      accept: 'application/json',
      ...(write ? { 'content-type': 'application/json', [SESSION_WRITE_HEADER]: '1' } : {}),
      ...init.headers,
    },
  });
  const body = (await res.json().catch(() => undefined)) as
    (T & { code?: string; messages?: { vi?: string; en?: string } }) | undefined;
  if (!res.ok) throw new SessionRequestError(body?.code ?? `http.${res.status}`, res.status, body?.messages);
  return body as T;
}

/** Who is signed in (`GET /v1/me`); `undefined` when the gateway has no sign-in (404). */
export async function fetchSession(endpoint: string): Promise<SessionView | undefined> {
  try {
    return await call<SessionView>(endpoint, ACCOUNT_API_PATHS.me);
  } catch (error) {
    if (error instanceof SessionRequestError && error.status === 404) return undefined;
    throw error;
  }
}

/** The address that starts signing in and comes back to `returnTo` (a page of an allowed site). */
export const signInUrl = (endpoint: string, returnTo: string) =>
  `${url(endpoint, ACCOUNT_API_PATHS.signIn)}?returnTo=${encodeURIComponent(returnTo)}`;

/** Ends the session; resolves with the provider's sign-out address when it has one. */
export async function signOut(endpoint: string, returnTo: string): Promise<string | undefined> {
  const body = await call<{ providerLogoutUrl?: string }>(endpoint, ACCOUNT_API_PATHS.signOut, {
    method: 'POST',
    body: JSON.stringify({ returnTo }),
  });
  return body.providerLogoutUrl;
}

/** A page of the citizen's dossiers, newest first. */
export const fetchMyDossiers = (endpoint: string, page: number, pageSize: number) =>
  call<MyDossierPage>(endpoint, `${ACCOUNT_API_PATHS.myDossiers}?page=${page}&pageSize=${pageSize}`);

/** One of the citizen's dossiers with its timeline (no 4-digit check). */
export const fetchMyDossier = (endpoint: string, code: string) =>
  call<MyDossier>(endpoint, fill(ACCOUNT_API_PATHS.myDossier, code));

/** Rates one of the citizen's finished dossiers. */
export const rateMyDossier = (endpoint: string, code: string, level: RatingLevel) =>
  call<RatingReceipt>(endpoint, fill(ACCOUNT_API_PATHS.myDossierRating, code), {
    method: 'POST',
    body: JSON.stringify({ level }),
  });
