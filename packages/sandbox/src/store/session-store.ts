import { randomBytes } from 'node:crypto';
import { scalar, type SqliteDatabase } from './database';

/** Login sessions ("phiên"), kept in the database so they survive a restart. */
export interface SessionStore {
  /** Creates a session valid until `expiresAt` (simulated ms). */
  create(username: string, expiresAt: number): string;
  /** Whether `token` is a session still valid at `now`. */
  isValid(token: string, now: number): boolean;
  /** Ends a session (used by the session-expiry fault). */
  revoke(token: string): void;
}

/** Creates the session store. */
export function createSessionStore(db: SqliteDatabase): SessionStore {
  const insert = db.prepare('INSERT INTO sessions (token, username, expires_at) VALUES (?, ?, ?)');
  const expiry = db.prepare('SELECT expires_at FROM sessions WHERE token = ?');
  const remove = db.prepare('DELETE FROM sessions WHERE token = ?');
  const purge = db.prepare('DELETE FROM sessions WHERE expires_at < ?');
  // Write-through cache: the hot path (every integration call) never touches SQLite.
  const cache = new Map<string, number>();
  return {
    create(username, expiresAt) {
      const token = randomBytes(24).toString('base64url');
      purge.run(expiresAt - 7 * 86_400_000);
      insert.run(token, username, expiresAt);
      cache.set(token, expiresAt);
      return token;
    },
    isValid(token, now) {
      let at = cache.get(token);
      if (at === undefined) {
        at = scalar<number>(expiry, token);
        if (at !== undefined) cache.set(token, at);
      }
      return at !== undefined && at > now;
    },
    revoke(token) {
      cache.delete(token);
      remove.run(token);
    },
  };
}
