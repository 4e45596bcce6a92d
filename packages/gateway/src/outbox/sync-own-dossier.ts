import { ResponseValidationError, isDossierCodeTaken } from '@dvc-kit/client';
import type { DossierSyncResult } from '@dvc-kit/client';
import { vietnamDateKey } from '@dvc-kit/core';
import { codeInSpace } from '../dossiers/code-space';
import type { CodeSpace } from '../dossiers/code-space';
import { storedSubmission } from '../dossiers/stored-dossier';
import type { Logger } from '../http/logger';
import type { PortalConnection } from '../portal/portal-connection';
import type { DossierRecord, GatewayStorage } from '../storage/types';
import type { FileLinks } from '../uploads/file-links';
import { toPortalDossier } from './portal-dossier';

/** What {@link syncOwnDossier} needs. */
export interface SyncOwnDossierDeps {
  storage: GatewayStorage;
  portal: PortalConnection;
  links: FileLinks;
  logger: Logger;
  codeSpace: CodeSpace;
}

/** Renumberings of one dossier in one delivery before giving up (the item is retried later). */
const MAX_RENUMBERINGS = 5;

/** Whether the portal already has a dossier under `code` (`TraCuuHoSo` through the client). */
async function codeTaken(portal: PortalConnection, code: string): Promise<boolean> {
  try {
    return (await portal.client.lookupDossier(code)) !== undefined;
  } catch (error) {
    // A record came back that does not decode as ours: something IS filed under the code.
    // (A garbled answer is transient and retried.)
    if (error instanceof ResponseValidationError && error.issues[0]?.code !== 'invalid-json') return true;
    throw error;
  }
}

/**
 * Sends one of this gateway's dossiers to the portal without ever overwriting someone
 * else's (issue 11):
 * 1. before the first insert, the portal is asked for the code; a hit means another
 *    receiver used it, so the dossier gets a new code from this gateway's range;
 * 2. the "sent" marker is stored BEFORE the insert goes out, so after a crash an
 *    "already exists" can be recognised as our own earlier attempt;
 * 3. the client syncs with `onExists: 'verify-own'`: an existing record becomes an update
 *    only when it is provably ours; otherwise the dossier is renumbered again.
 * The receipt's code stays the dossier's key and an alias in every look-up; each
 * renumbering is logged (`dossier.code-collision`) for the operator.
 */
export async function syncOwnDossier(
  deps: SyncOwnDossierDeps,
  receiptCode: string,
): Promise<DossierSyncResult & { portalCode: string }> {
  for (let round = 0; ; round++) {
    const record = await deps.storage.getDossier(receiptCode);
    if (record === undefined) throw new Error('dossier missing');
    const portalCode = record.portalCode ?? record.code;
    let sentBefore = record.portalSentAt !== undefined;
    if (round >= MAX_RENUMBERINGS) throw new Error(`dossier code collisions persisted (${portalCode})`);
    if (!sentBefore) {
      if (await codeTaken(deps.portal, portalCode)) {
        await renumber(deps, record, portalCode);
        continue;
      }
      // Compare-and-set: if another instance (an expired lease) marked it first, its insert
      // may already be on the portal, so an "already exists" may be ours.
      sentBefore = !(await deps.storage.markDossierSent(record.code, portalCode));
    }
    try {
      const marked = sentBefore;
      const result = await deps.portal.client.syncDossier(toPortalDossier(record, deps.links), {
        maxRounds: 3,
        onExists: 'verify-own',
        sentBefore: () => marked,
      });
      return { ...result, portalCode };
    } catch (error) {
      if (!isDossierCodeTaken(error)) throw error;
      await renumber(deps, record, portalCode);
    }
  }
}

async function renumber(deps: SyncOwnDossierDeps, record: DossierRecord, takenCode: string): Promise<void> {
  const receivedAt = new Date(storedSubmission(record).receivedAt);
  // One transaction, and only if no other instance renumbered it first: no number is wasted.
  const portalCode = await deps.storage.renumberDossier(record.code, {
    from: takenCode,
    day: vietnamDateKey(receivedAt),
    format: (sequence) => codeInSpace(record.agency, receivedAt, sequence, deps.codeSpace),
  });
  if (portalCode !== takenCode)
    deps.logger.warn('dossier.code-collision', { dossier: record.code, takenCode, portalCode });
}
