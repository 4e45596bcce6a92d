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

/** Score parts, named like the 766 scoreboard columns (report_tinh_766_service). */
export interface ScoreParts {
  /** Tiến độ giải quyết (max 20). */
  TDGQ: number;
  /** Dịch vụ công trực tuyến (max 12, Thanh Hóa approximation). */
  DVCTT: number;
  /** Thanh toán trực tuyến (max 10, Thanh Hóa approximation). */
  TTTT: number;
  /** Mức độ hài lòng (max 18). */
  MDHL: number;
  /** Mức độ số hóa hồ sơ (max 12, Thanh Hóa approximation). */
  MDSH: number;
}

/** The maximum of each part. */
export const SCORE_MAX: ScoreParts = { TDGQ: 20, DVCTT: 12, TTTT: 10, MDHL: 18, MDSH: 12 };

const share = (a: number, b: number) => (b === 0 ? 0 : a / b);
const round = (n: number) => Math.round(n * 100) / 100;

/**
 * Computes the score parts with the provincial formulas of domain.md §3–§4 (Thanh Hóa's
 * approximation of Decision 766; the official formulas are not public).
 */
export function scoreParts(c: AgencyCounts, procedureCount: number): ScoreParts {
  const onlineShareOfProcedures = 1; // every seeded procedure is offered online
  return {
    TDGQ: round(share(c.onTime, c.received) * 20),
    DVCTT: round((onlineShareOfProcedures >= 0.8 ? 2 : 1.6) + share(c.onlineProcedures, procedureCount) * 4 + (share(c.online, c.received) >= 0.5 ? 6 : 3)),
    TTTT: round((share(c.feeProceduresPaidOnline, c.feeProcedures) >= 0.5 ? 2 : 1.6) + 2 + (share(c.paidOnline, c.feeDossiers) >= 0.3 ? 6 : 0.9)),
    MDHL: round(share(c.satisfied, c.rated) * 18),
    MDSH: round(share(c.resultDigitized, c.solved) * 6 + (share(c.digitized, c.received) >= 0.8 ? 4 : 3.2) + (share(c.reused, c.received) >= 0.8 ? 2 : 1.6)),
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
