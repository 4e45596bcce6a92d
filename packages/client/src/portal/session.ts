/** Hands out the current portal session, logging in lazily and at most once at a time. */
export interface SessionManager {
  /** The current session, logging in first if there is none. Concurrent callers share one login. */
  get(): Promise<string>;
  /**
   * Forgets `session` because the portal rejected it. Only the session that failed is
   * dropped: when 50 calls fail with the same expired session, the first drops it and
   * the rest find a fresh login already under way — so there is exactly one re-login.
   */
  invalidate(session: string): void;
}

/**
 * Creates the single-flight session manager over `login` (which returns a session token).
 *
 * @example
 * ```ts
 * const sessions = createSessionManager(() => loginToPortal(credentials));
 * const token = await sessions.get();
 * ```
 */
export function createSessionManager(login: () => Promise<string>): SessionManager {
  let pending: Promise<string> | undefined;
  let current: string | undefined;
  return {
    get() {
      pending ??= login().then(
        (token) => {
          current = token;
          return token;
        },
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      );
      return pending;
    },
    invalidate(session) {
      if (current !== session) return;
      current = undefined;
      pending = undefined;
    },
  };
}
