/** Hands out the current portal session, logging in lazily and at most once at a time. */
export interface SessionManager {
  /**
   * The current session, logging in first if there is none or it is older than the
   * manager's `maxAgeMs`. Concurrent callers share one login.
   */
  get(): Promise<string>;
  /**
   * Forgets `session` because the portal refused a call made with it. Only the session that
   * failed is dropped: when 50 calls fail with the same session, the first drops it and the
   * rest find a fresh login already under way — so there is exactly one re-login.
   * Returns whether `session` was the current one (so this caller caused the re-login).
   */
  invalidate(session: string): boolean;
}

/** Options of {@link createSessionManager}. */
export interface SessionManagerOptions {
  /**
   * A session older than this is replaced by a fresh login before the next call. OpenCPS
   * logs in again every 10 minutes and never reads a lifetime from the portal (none is
   * known), so the client does the same. `0` or `Infinity` keeps a session until refused.
   * @default 600000 (10 minutes)
   */
  maxAgeMs?: number;
  /** Clock, for tests. @default Date.now */
  now?: () => number;
}

/**
 * Creates the single-flight session manager over `login` (which returns a session token).
 *
 * @example
 * ```ts
 * const sessions = createSessionManager(() => loginToPortal(credentials), { maxAgeMs: 600_000 });
 * const token = await sessions.get();
 * ```
 */
export function createSessionManager(
  login: () => Promise<string>,
  options: SessionManagerOptions = {},
): SessionManager {
  const maxAgeMs = options.maxAgeMs ?? 600_000;
  const now = options.now ?? Date.now;
  let pending: Promise<string> | undefined;
  let current: string | undefined;
  let obtainedAt = 0;
  return {
    get() {
      if (pending && current !== undefined && maxAgeMs > 0 && now() - obtainedAt >= maxAgeMs) {
        current = undefined;
        pending = undefined;
      }
      pending ??= login().then(
        (token) => {
          current = token;
          obtainedAt = now();
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
      if (current !== session) return false;
      current = undefined;
      pending = undefined;
      return true;
    },
  };
}
