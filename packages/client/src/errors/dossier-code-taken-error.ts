import { clientMessage } from './messages';
import { PortalClientError } from './portal-client-error';
import type { PortalClientErrorDetails } from './portal-client-error';

/**
 * The portal already has a dossier under this code (mã hồ sơ — wire: MaHoSo) and the
 * `verify-own` exists policy could not prove it is the caller's own, so nothing was
 * sent over it. Give the dossier a new code and sync again.
 *
 * @example
 * ```ts
 * try { await portal.syncDossier(dossier, { onExists: 'verify-own' }) } catch (e) {
 *   if (isDossierCodeTaken(e)) await renumber(e.dossierCode);
 * }
 * ```
 */
export class DossierCodeTakenError extends PortalClientError {
  /** The code the portal already holds — wire: MaHoSo. */
  readonly dossierCode: string;
  /** The portal's record as `TraCuuHoSo` returned it (wire shape), when it returned one. */
  readonly portalRecord?: Record<string, unknown>;

  constructor(
    dossierCode: string,
    portalRecord: Record<string, unknown> | undefined,
    details: PortalClientErrorDetails = {},
  ) {
    super('client.dossier-code-taken', clientMessage('client.dossier-code-taken', { code: dossierCode }), details);
    this.name = 'DossierCodeTakenError';
    this.dossierCode = dossierCode;
    if (portalRecord !== undefined) this.portalRecord = portalRecord;
  }
}

/** Type guard: `error` is a {@link DossierCodeTakenError} (also across package copies, by `code`). */
export function isDossierCodeTaken(error: unknown): error is DossierCodeTakenError {
  return (
    error instanceof DossierCodeTakenError ||
    (error instanceof PortalClientError && error.code === 'client.dossier-code-taken')
  );
}
