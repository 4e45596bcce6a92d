import { DIGITIZATION_SCORE_MAX } from '@dvc-kit/core';

/** Per-agency counts the 766-style score parts are computed from. */
export interface AgencyCounts {
  received: number;
  onTime: number;
  online: number;
  onlineProcedures: number;
  feeDossiers: number;
  paidOnline: number;
  feeProceduresPaidOnline: number;
  feeProcedures: number;
  digitized: number;
  reused: number;
  solved: number;
  resultDigitized: number;
  rated: number;
  satisfied: number;
}

/** Score parts, named like the 766 scoreboard columns (report_tinh_766_service). Maxima: {@link SCORE_MAX}. */
export interface ScoreParts {
  /** Tiến độ giải quyết (max 20). */
  TDGQ: number;
  /** Dịch vụ công trực tuyến (max 10). */
  DVCTT: number;
  /** Thanh toán trực tuyến (max 12, presumed). */
  TTTT: number;
  /** Mức độ hài lòng (max 18). */
  MDHL: number;
  /** Mức độ số hóa hồ sơ (max 22). */
  MDSH: number;
}

/**
 * The maximum of each part: core's `DIGITIZATION_SCORE_MAX` (domain.md §4, the one source
 * of truth), in the report's column names. Công khai minh bạch (CKMB, 18) is not computed.
 */
export const SCORE_MAX: ScoreParts = {
  TDGQ: DIGITIZATION_SCORE_MAX.progress,
  DVCTT: DIGITIZATION_SCORE_MAX.onlineService,
  TTTT: DIGITIZATION_SCORE_MAX.onlinePayment,
  MDHL: DIGITIZATION_SCORE_MAX.satisfaction,
  MDSH: DIGITIZATION_SCORE_MAX.digitization,
};

/** The maxima Thanh Hóa's sub-score formulas add up to (2 + 4 + 6, 2 + 2 + 6, 6 + 4 + 2). */
const THANH_HOA_MAX = { DVCTT: 12, TTTT: 10, MDSH: 12 } as const;

const share = (a: number, b: number) => (b === 0 ? 0 : a / b);
const round = (n: number) => Math.round(n * 100) / 100;
/** A Thanh Hóa sub-score sum scaled to core's maximum of its group. */
const scaled = (raw: number, part: keyof typeof THANH_HOA_MAX) => round((raw / THANH_HOA_MAX[part]) * SCORE_MAX[part]);

/**
 * Computes the score parts with the provincial formulas of domain.md §3–§4 (Thanh Hóa's
 * approximation of Decision 766; the official formulas are not public). DVCTT, TTTT and
 * MDSH keep Thanh Hóa's sub-score proportions, scaled from its maxima (12, 10, 12) to the
 * national group maxima (10, 12, 22) so every consumer reads one scale.
 */
export function scoreParts(c: AgencyCounts, procedureCount: number): ScoreParts {
  const onlineShareOfProcedures = 1; // every seeded procedure is offered online
  return {
    TDGQ: round(share(c.onTime, c.received) * SCORE_MAX.TDGQ),
    DVCTT: scaled(
      (onlineShareOfProcedures >= 0.8 ? 2 : 1.6) +
        share(c.onlineProcedures, procedureCount) * 4 +
        (share(c.online, c.received) >= 0.5 ? 6 : 3),
      'DVCTT',
    ),
    TTTT: scaled(
      (share(c.feeProceduresPaidOnline, c.feeProcedures) >= 0.5 ? 2 : 1.6) +
        2 +
        (share(c.paidOnline, c.feeDossiers) >= 0.3 ? 6 : 0.9),
      'TTTT',
    ),
    MDHL: round(share(c.satisfied, c.rated) * SCORE_MAX.MDHL),
    MDSH: scaled(
      share(c.resultDigitized, c.solved) * 6 +
        (share(c.digitized, c.received) >= 0.8 ? 4 : 3.2) +
        (share(c.reused, c.received) >= 0.8 ? 2 : 1.6),
      'MDSH',
    ),
  };
}

/** Sum of the parts. */
export function totalScore(p: ScoreParts): number {
  return round(p.TDGQ + p.DVCTT + p.TTTT + p.MDHL + p.MDSH);
}

/** Competition ranks (1 = best; ties share a rank) of `value` per key. */
export function ranks(values: Map<string, number>): Map<string, number> {
  const sorted = [...values.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const out = new Map<string, number>();
  sorted.forEach(([key, value], i) => {
    const previous = sorted[i - 1];
    out.set(key, previous && previous[1] === value ? (out.get(previous[0]) as number) : i + 1);
  });
  return out;
}
