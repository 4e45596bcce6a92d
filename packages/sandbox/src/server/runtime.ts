import type { SandboxClock } from '../clock/sandbox-clock';
import type { FaultInjector } from '../faults/fault-injector';
import type { SandboxProfile } from '../profile/extensions';
import type { LifecycleSimulator } from '../lifecycle/simulator';
import type { SeedInfo } from '../seed/seed-database';
import type { SqliteDatabase } from '../store/database';
import type { DossierStore } from '../store/dossier-store';
import type { SessionStore } from '../store/session-store';

/** A login the sandbox accepts. */
export interface SandboxCredentials {
  username: string;
  password: string;
}

/**
 * The login the sandbox accepts when none is configured.
 *
 * @example
 * await fetch(sandbox.loginUrl, { method: 'POST', body: JSON.stringify(DEFAULT_CREDENTIALS) });
 */
export const DEFAULT_CREDENTIALS: Readonly<SandboxCredentials> = { username: 'dvc-sandbox', password: 'dvc-sandbox' };

/** Everything a running sandbox holds; shared by the route modules. */
export interface SandboxRuntime {
  db: SqliteDatabase;
  store: DossierStore;
  sessions: SessionStore;
  simulator: LifecycleSimulator;
  clock: SandboxClock;
  faults: FaultInjector;
  credentials: SandboxCredentials[];
  sessionTtlMs: number;
  paymentSecret: string;
  /** The payment platform's partner token, CONFIRM callback URL and answer wrapping. */
  paygov: { accessToken?: string; callbackUrl?: string; wrapping: 'direct' | 'lgsp' };
  adminToken: string | undefined;
  seed: () => SeedInfo;
  /** Wipes every table and seeds again with the same seed and horizon. */
  reset: () => SeedInfo;
  baseUrl: () => string;
  /** What the sandbox does beyond the observed contract: everything (`extended`) or nothing (`observed`). */
  profile: SandboxProfile;
  /** The next `error_code` of an "already exists" answer (cycles through the configured ones). */
  existsCode: () => string | number;
}
