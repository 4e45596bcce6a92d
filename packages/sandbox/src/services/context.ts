import type { SandboxClock } from '../clock/sandbox-clock';
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
  /** Whether it writes (writes are the ones the commit-then-drop fault can hit). */
  write: boolean;
  /**
   * Set when the real portal is not known to offer this service (a sandbox extension, off under
   * the observed profile): why it exists. @default undefined (observed in the contract corpus)
   */
  extension?: string;
  handle(body: Record<string, unknown>, ctx: ServiceContext): ServiceResult;
}
