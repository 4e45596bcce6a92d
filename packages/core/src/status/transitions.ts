import type { DossierStatus, KnownDossierStatus } from './dossier-status';

/**
 * The allowed status changes, as data: `DOSSIER_TRANSITIONS[from]` lists every status a
 * dossier may move to next. Rejected (3), withdrawn (7) and returned (10) are terminal.
 *
 * Reasoning (domain.md §3): a new registration is accepted, refused, sent back for
 * supplements or withdrawn; once accepted it is processed, may pause for supplements (5),
 * fees (6) or be stopped (8), may be withdrawn, and ends processed (9) then returned (10).
 * A pause ends by resuming (back to accepted or processing) or by a final outcome; a
 * stopped dossier may resume, or its refusal notice is returned (10).
 *
 * @example DOSSIER_TRANSITIONS.processed // ['returned']
 */
export const DOSSIER_TRANSITIONS = {
  registered: ['accepted', 'rejected', 'supplement-requested', 'withdrawn'],
  accepted: ['processing', 'supplement-requested', 'financial-obligation', 'withdrawn', 'stopped', 'processed'],
  rejected: [],
  processing: ['supplement-requested', 'financial-obligation', 'withdrawn', 'stopped', 'processed'],
  'supplement-requested': ['registered', 'accepted', 'rejected', 'processing', 'withdrawn', 'stopped'],
  'financial-obligation': ['processing', 'processed', 'withdrawn', 'stopped'],
  withdrawn: [],
  stopped: ['processing', 'returned'],
  processed: ['returned'],
  returned: [],
} as const satisfies Readonly<Record<KnownDossierStatus, readonly KnownDossierStatus[]>>;

/**
 * Whether a dossier may move from one status to another. Staying in the same status is
 * not a transition (`false`), and nothing is known about unknown statuses (`false`).
 *
 * @example
 * canTransition('processing', 'processed') // true
 * canTransition('returned', 'processing')  // false
 */
export function canTransition(from: DossierStatus, to: DossierStatus): boolean {
  if (!Object.hasOwn(DOSSIER_TRANSITIONS, from)) return false;
  const next: readonly string[] = DOSSIER_TRANSITIONS[from as KnownDossierStatus];
  return next.includes(to);
}
