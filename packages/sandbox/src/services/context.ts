import type { SandboxClock } from '../clock/sandbox-clock';
import type { SandboxProfile } from '../profile/extensions';
import type { LifecycleSimulator } from '../lifecycle/simulator';
import type { SqliteDatabase } from '../store/database';
import type { DossierStore } from '../store/dossier-store';

/** What a service handler can use. */
export interface ServiceContext {
  db: SqliteDatabase;
  store: DossierStore;
  simulator: LifecycleSimulator;
  clock: SandboxClock;
  /** The calling unit — wire: madonvi */
  agency: string;
  /** Simulated now (epoch ms), fixed for the whole request. */
  now: number;
  /** Partner secret for payment signatures (MaXacThuc). */
  paymentSecret: string;
  /** Base URL of the sandbox, for links it hands out. */
  baseUrl: string;
  /** `observed`: only what the corpus shows the portal doing; `extended`: the documented extensions too. */
  profile: SandboxProfile;
}

/** A successful service answer; `error_code: 0` is added by the server. */
export interface ServiceResult {
  result?: unknown;
  /** `result` already encoded as JSON (text or UTF-8 bytes); hot paths use it to skip a decode/encode round trip. */
  resultJson?: string | Buffer;
  message?: string;
}

/** One portal service. */
export interface ServiceDefinition {
  /** Service name — wire: service */
  name: string;
  /** Set when the whole service is a sandbox extension (absent in the observed profile). */
  extension?: import('../profile/extensions').SandboxExtensionId;
  /** Whether it writes (writes are the ones the commit-then-drop fault can hit). */
  write: boolean;
  handle(body: Record<string, unknown>, ctx: ServiceContext): ServiceResult;
}
