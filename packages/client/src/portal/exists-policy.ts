import { DossierCodeTakenError } from '../errors/dossier-code-taken-error';
import type { ReliableWriteOptions } from './reliable-write';

/**
 * What a dossier sync does when the portal already has a dossier under the code it sends
 * (an "already exists" answer to `DongBoHoSoMC`, or a `TraCuuHoSo` hit while reconciling):
 *
 * - `update` — overwrite the portal's record with ours (`isUpdating "True"`). This is what
 *   the observed provincial systems do (TH inserts, then updates on "đã tồn tại"). Right
 *   only for a system that OWNS its code space: nobody else can have filed that code.
 * - `verify-own` — overwrite only a record provably ours: the caller says it may have sent
 *   this code before (a marker it stored before sending), and every identifying field the
 *   portal returns equals ours. Otherwise nothing is sent and the sync throws
 *   {@link DossierCodeTakenError}; the caller gives the dossier a new code. Right for any
 *   receiver sharing an agency's code space with others (a commune gateway next to the
 *   one-stop counter's software, or several gateways with separate stores).
 */
export type ExistsPolicy = 'update' | 'verify-own';

/** Options of `syncDossier` / `syncDossiers`. */
export interface SyncDossierOptions extends ReliableWriteOptions {
  /** What "already exists" may turn into; see {@link ExistsPolicy}. @default 'update' */
  onExists?: ExistsPolicy;
  /**
   * `verify-own` only: whether the caller may have sent the dossier with this code in an
   * earlier call (a marker it stored BEFORE that call, e.g. after a crash). Inserts this
   * call sent with an unclear outcome count as sent. @default () => false
   */
  sentBefore?: (code: string) => boolean;
}

/**
 * Wire fields that identify a dossier's filing, compared when the portal returns them.
 * The portal's `TraCuuHoSo` record fields are not known (it may return only `MaHoSo`), so
 * a field the portal leaves out proves nothing either way.
 */
export const OWNERSHIP_FIELDS = [
  'MaHoSo',
  'MaTTHC',
  'SoGiayToChuHoSo',
  'ChuHoSo',
  'SoDienThoai',
  'Email',
  'NgayTiepNhan',
] as const;

const comparable = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number'
    ? String(value).normalize('NFC').trim().toUpperCase()
    : undefined;

/** The ownership fields whose values differ between our record and the portal's (both present). */
export function differingFields(ours: Record<string, unknown>, theirs: Record<string, unknown>): string[] {
  return OWNERSHIP_FIELDS.filter((field) => {
    const a = comparable(ours[field]);
    const b = comparable(theirs[field]);
    return a !== undefined && b !== undefined && b !== '' && a !== b;
  });
}

/** What {@link judgeExisting} needs about one dossier the portal already has. */
export interface ExistingDossier {
  /** Mã hồ sơ — wire: MaHoSo. */
  code: string;
  /** Our record, as encoded for `DongBoHoSoMC`. */
  ours: unknown;
  /** The portal's record (`TraCuuHoSo`), or undefined when it gave none back. */
  theirs: Record<string, unknown> | undefined;
  /** Whether we may have inserted this code ourselves (see {@link SyncDossierOptions.sentBefore}). */
  sent: boolean;
}

/**
 * Decides what an existing portal dossier may become under `policy`: `'update'`, or the
 * {@link DossierCodeTakenError} to report instead of overwriting someone else's dossier.
 *
 * @example
 * ```ts
 * judgeExisting('verify-own', { code, ours: wire, theirs: { MaHoSo: code, ChuHoSo: 'Lê Văn B' }, sent: true })
 * // DossierCodeTakenError when our ChuHoSo differs
 * ```
 */
export function judgeExisting(policy: ExistsPolicy, existing: ExistingDossier): 'update' | DossierCodeTakenError {
  if (policy === 'update') return 'update';
  const ours =
    typeof existing.ours === 'object' && existing.ours !== null ? (existing.ours as Record<string, unknown>) : {};
  if (existing.sent && (existing.theirs === undefined || differingFields(ours, existing.theirs).length === 0))
    return 'update';
  return new DossierCodeTakenError(existing.code, existing.theirs, { service: 'DongBoHoSoMC' });
}
