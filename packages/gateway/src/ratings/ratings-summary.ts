import { fromVietnamTime, toVietnamTime } from '@dvc-kit/core';
import type { Month, SatisfactionSummary } from '@dvc-kit/core';
import type { JsonValue, OutboxMessage, RatingCount } from '../storage/types';

/** Outbox topic of a month's satisfaction summary of one agency (`DongBoDanhGia`). */
export const RATINGS_SUMMARY_TOPIC = 'portal.sync-ratings';

/** Stored rating scores: 3 rất hài lòng, 2 hài lòng, 1 chưa hài lòng. */
const VERY_SATISFIED = 3;
const SATISFIED = 2;

/** What a ratings-summary outbox item names: the agency and the month (Vietnam time). */
export interface RatingsSummaryTask {
  agency: string;
  period: Month;
}

/**
 * The outbox message that (re)sends `agency`'s summary of the month `at` falls in (Vietnam
 * time), keyed `ratings-summary:<agency>:<yyyy-MM>` so a burst of ratings costs one
 * delivery: the delivery recomputes the month from storage, and the portal replaces the
 * month it already has.
 *
 * @example ratingsSummaryMessage('000.01.20.H66', new Date('2025-10-31T18:00:00Z')).dossierCode // 'ratings-summary:000.01.20.H66:2025-11'
 */
export function ratingsSummaryMessage(agency: string, at: Date): OutboxMessage & { dossierCode: string } {
  const { year, month } = toVietnamTime(at);
  const payload: JsonValue = { agency, year, month };
  return { topic: RATINGS_SUMMARY_TOPIC, dossierCode: `ratings-summary:${agency}:${year}-${String(month).padStart(2, '0')}`, payload };
}

/** The task of a ratings-summary outbox payload. */
export function ratingsSummaryTask(payload: JsonValue): RatingsSummaryTask {
  const p = payload as { agency: string; year: number; month: number };
  return { agency: p.agency, period: { year: p.year, month: p.month } };
}

/** `[from, to)` of a month in Vietnam time. */
export function monthRange(period: Month): { from: Date; to: Date } {
  const next = period.month === 12 ? { year: period.year + 1, month: 1 } : { year: period.year, month: period.month + 1 };
  return { from: fromVietnamTime(period.year, period.month, 1), to: fromVietnamTime(next.year, next.month, 1) };
}

/**
 * Whole percentages of `parts` that add up to exactly 100 (largest remainder; ties to the
 * earlier part). All zero when there is nothing to share.
 *
 * @example wholePercentages([1, 1, 1]) // [34, 33, 33]
 */
export function wholePercentages(parts: readonly number[]): number[] {
  const total = parts.reduce((a, b) => a + b, 0);
  if (total === 0) return parts.map(() => 0);
  const exact = parts.map((p) => (p * 100) / total);
  const out = exact.map(Math.floor);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  let left = 100 - out.reduce((a, b) => a + b, 0);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    out[i] = (out[i] ?? 0) + 1;
  }
  return out;
}

function summaryOf(agency: string, period: Month, counts: readonly RatingCount[], procedureCode?: string): SatisfactionSummary {
  const of = (score: number) => counts.filter((c) => c.score === score).reduce((sum, c) => sum + c.count, 0);
  const very = of(VERY_SATISFIED);
  const satisfied = of(SATISFIED);
  const raters = counts.reduce((sum, c) => sum + c.count, 0);
  const [v = 0, s = 0, d = 0] = wholePercentages([very, satisfied, raters - very - satisfied]);
  return {
    period,
    raterCount: raters,
    verySatisfiedPercent: v,
    satisfiedPercent: s,
    dissatisfiedPercent: d,
    ...(procedureCode !== undefined ? { procedureCode } : {}),
    unitCode: agency,
  };
}

/**
 * Core's `SatisfactionSummary` records of one agency's month (`DongBoDanhGia`): the unit's
 * total (no `MaThuTuc`) and one per rated procedure. Percentages are whole and add up to 100.
 * Citizens' comments are not sent: free text may carry personal data, and the portal's
 * summary is about shares, not quotes.
 *
 * @example summarizeRatings('000.01.20.H66', { year: 2025, month: 10 }, [{ procedure: '1.001193', score: 3, count: 2 }, { procedure: '1.001193', score: 1, count: 1 }])
 * // [{ raterCount: 3, verySatisfiedPercent: 67, satisfiedPercent: 0, dissatisfiedPercent: 33, … }, { …, procedureCode: '1.001193' }]
 */
export function summarizeRatings(agency: string, period: Month, counts: readonly RatingCount[]): SatisfactionSummary[] {
  const procedures = [...new Set(counts.map((c) => c.procedure))].sort();
  return [
    summaryOf(agency, period, counts),
    ...procedures.map((code) => summaryOf(agency, period, counts.filter((c) => c.procedure === code), code)),
  ];
}
