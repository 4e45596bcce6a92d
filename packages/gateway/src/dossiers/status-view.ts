import { statusGroup, statusInfo } from '@dvc-kit/core';
import type { LookedUpDossier } from '@dvc-kit/client';
import type { DossierStatus, DossierStatusView, NextAction } from '@dvc-kit/core';
import type { Logger } from '../http/logger';
import type { PortalConnection } from '../portal/portal-connection';
import type { DossierRecord } from '../storage/types';
import { isoVietnam } from './iso-time';
import { maskDigits, maskName } from './mask';
import { dossierMessages } from './messages';
import { storedSubmission } from './stored-dossier';
import { buildTimeline } from './timeline';
import { memoWorkingDaysBetween } from './working-days';

const NEXT: Partial<Record<DossierStatus, NextAction>> = {
  'supplement-requested': { kind: 'supplement', message: dossierMessages.localize('next.supplement') },
  'financial-obligation': { kind: 'payment', message: dossierMessages.localize('next.payment') },
  processed: { kind: 'collect-result', message: dossierMessages.localize('next.collect-result') },
};
/** Working days left, remembered per (today, due day): the same for every look-up that day. */
const workingDaysLeft = memoWorkingDaysBetween();

const NOTHING: NextAction = { kind: 'none', message: dossierMessages.localize('next.none') };

/** Reads a dossier's portal state with a short cache; `undefined` when the portal cannot tell. */
export interface PortalStatusSource {
  get(code: string): Promise<LookedUpDossier | undefined>;
}

/**
 * Portal state of dossiers (`TraCuuHoSo` through the client), cached `ttlMs` per code so a
 * citizen refreshing the page does not hit the portal each time. When the portal is
 * unreachable (or not configured) it answers `undefined` and the look-up answers from the
 * local record.
 */
export function createPortalStatusSource(
  portal: PortalConnection | undefined,
  ttlMs: number,
  logger: Logger,
): PortalStatusSource {
  const cache = new Map<string, { at: number; dossier: LookedUpDossier | undefined }>();
  return {
    async get(code) {
      if (portal === undefined) return undefined;
      const hit = cache.get(code);
      if (hit && Date.now() - hit.at < ttlMs) return hit.dossier;
      try {
        const dossier = await portal.client.lookupDossier(code, { timeout: 3000, totalTimeout: 4000, retry: false });
        if (cache.size > 10_000) cache.clear();
        cache.set(code, { at: Date.now(), dossier });
        return dossier;
      } catch {
        logger.warn('status.portal-unavailable', {});
        return hit?.dossier;
      }
    },
  };
}

/**
 * The public status view of a stored dossier, from the portal's state when known, masked:
 * no full name, phone or ID number ever leaves the gateway — nor a civil servant's name
 * (the timeline names roles and desks only, see `stepHandler`).
 */
export function buildStatusView(
  record: DossierRecord,
  portal: LookedUpDossier | undefined,
  now = new Date(),
): DossierStatusView {
  const stored = storedSubmission(record);
  const { applicant } = stored.submission;
  const status: DossierStatus = portal?.status ?? 'registered';
  const info = statusInfo(status);
  const group = statusGroup(status);
  const dueAt = portal?.dueAt ? isoVietnam(portal.dueAt) : stored.dueAt;
  const finishedAt = portal?.finishedAt ?? portal?.returnedAt ?? portal?.rejectedAt ?? null;
  const timeline = buildTimeline(stored.receivedAt, portal, record.updatedAt);
  return {
    code: record.code,
    procedureCode: record.procedure,
    procedureName: stored.procedureName,
    agencyCode: record.agency,
    status,
    statusGroup: group,
    ...(info ? { statusLabel: info.label } : {}),
    applicant: {
      name: maskName(applicant.fullName),
      phone: maskDigits(applicant.phone),
      citizenId: maskDigits(applicant.citizenId),
    },
    receivedAt: stored.receivedAt,
    dueAt,
    finishedAt: finishedAt ? isoVietnam(finishedAt) : null,
    workingDaysLeft: group === 'finished' ? null : workingDaysLeft(now, new Date(dueAt)),
    timeline,
    nextAction: NEXT[status] ?? NOTHING,
  };
}
