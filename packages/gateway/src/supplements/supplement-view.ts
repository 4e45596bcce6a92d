import { parseWireDate } from '@dvc-kit/core';
import type { DossierStatusView, DossierSupplement, Localized, SupplementRequest } from '@dvc-kit/core';
import type { LookedUpDossier } from '@dvc-kit/client';
import { isoVietnam } from '../dossiers/iso-time';
import type { SupplementAnswer } from '../storage/notify-types';
import { supplementMessages } from './messages';

/**
 * Wire field some systems may add to a round for the deadline to supply. No observed source
 * fills one (the sandbox writes it as its own extension), so it is read only when present.
 */
const DEADLINE_FIELD = 'HanBoSung';

function deadlineOf(round: DossierSupplement): Date | undefined {
  const raw = round.extraWireFields?.[DEADLINE_FIELD];
  if (typeof raw !== 'string' || raw === '') return undefined;
  try {
    return parseWireDate(raw);
  } catch {
    return undefined;
  }
}

/** The round a citizen should answer: the last one, as the portal lists them oldest first. */
export function currentRound(portal: LookedUpDossier | undefined): DossierSupplement | undefined {
  return portal?.supplements?.at(-1);
}

/**
 * The public view of the dossier's current supplement request (what is asked, by whom,
 * since and until when), with the citizen's answer when the gateway holds one.
 */
export function supplementRequestView(
  portal: LookedUpDossier | undefined,
  answers: readonly SupplementAnswer[],
): SupplementRequest | undefined {
  const round = currentRound(portal);
  if (round === undefined) return undefined;
  const deadline = deadlineOf(round);
  const answer = answers.find((a) => a.roundId === round.id);
  const by = round.requestedBy.trim();
  return {
    id: round.id.slice(0, 255),
    content: round.content.slice(0, 4000),
    ...(by ? { requestedBy: by.slice(0, 255) } : {}),
    requestedAt: isoVietnam(round.requestedAt),
    ...(deadline ? { deadline: isoVietnam(deadline) } : {}),
    ...(answer
      ? {
          answer: {
            answeredAt: isoVietnam(answer.answeredAt),
            ...(answer.note ? { note: answer.note } : {}),
            files: answer.files.map((f) => ({ name: f.name, size: f.size, type: f.type })),
          },
        }
      : {}),
  };
}

/** The next step while a supplement is asked; each text at most 1,000 characters (the view's limit). */
function requestedMessage(content: string): Localized {
  const { vi, en } = supplementMessages.localize('next.requested', { content });
  return { vi: vi.slice(0, 1000), en: en.slice(0, 1000) };
}

/**
 * The status view with the supplement request added; while the dossier waits on the
 * applicant, the next action says what is asked and that it can be answered online.
 */
export function withSupplement(view: DossierStatusView, supplement: SupplementRequest | undefined): DossierStatusView {
  if (supplement === undefined) return view;
  if (view.status !== 'supplement-requested') return { ...view, supplement };
  const answered = supplement.answer !== undefined;
  const nextAction: DossierStatusView['nextAction'] = answered
    ? { kind: 'supplement', message: supplementMessages.localize('next.answered') }
    : {
        kind: 'supplement',
        message: requestedMessage(supplement.content),
        ...(supplement.deadline ? { deadline: supplement.deadline } : {}),
      };
  return { ...view, supplement, nextAction };
}
