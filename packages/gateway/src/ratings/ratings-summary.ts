import { fromVietnamTime, satisfactionPercentages, toVietnamTime } from '@dvc-kit/core';
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
  return {
    topic: RATINGS_SUMMARY_TOPIC,
    dossierCode: `ratings-summary:${agency}:${year}-${String(month).padStart(2, '0')}`,
    payload,
  };
}

/** The task of a ratings-summary outbox payload. */
export function ratingsSummaryTask(payload: JsonValue): RatingsSummaryTask {
  const p = payload as { agency: string; year: number; month: number };
  return { agency: p.agency, period: { year: p.year, month: p.month } };
}

/** `[from, to)` of a month in Vietnam time. */
export function monthRange(period: Month): { from: Date; to: Date } {
  const next =
    period.month === 12 ? { year: period.year + 1, month: 1 } : { year: period.year, month: period.month + 1 };
  return { from: fromVietnamTime(period.year, period.month, 1), to: fromVietnamTime(next.year, next.month, 1) };
}

/**
 * The survey question a gateway rating answers (`NoiDung` of its `DongBoDanhGia` item): the
 * one question `<dvc-rating>` asks, whose three answers are rất hài lòng / hài lòng / chưa hài lòng.
 */
export const RATING_QUESTION = 'Bạn có hài lòng với việc giải quyết hồ sơ?';

/**
 * Core's `SatisfactionSummary` items of one agency's month (`DongBoDanhGia`), as the corpus
 * shows them (dongbodanhgia.request.json): ONE ITEM PER SURVEY QUESTION — the gateway asks one,
 * {@link RATING_QUESTION} — for the whole unit, `MaThuTuc` and `DanhSachNoiDungYKien` empty as
 * OpenCPS sends them (whether `MaThuTuc` may be filled is unknown, so no per-procedure items).
 * The shares are OpenCPS's (core's `satisfactionPercentages`: integer division, the rest for
 * "chưa hài lòng", 0/0/0 for an all-dissatisfied month), repeated flat in the
 * `PhanTramDanhGiaDichVu…` trio. Citizens' comments are not sent: free text may carry personal
 * data, and the portal's summary is about shares, not quotes.
 *
 * @example summarizeRatings('000.01.20.H66', { year: 2025, month: 10 }, [{ procedure: '1.001193', score: 3, count: 2 }, { procedure: '1.001193', score: 1, count: 1 }])
 * // [{ raterCount: 3, verySatisfiedPercent: 66, satisfiedPercent: 0, dissatisfiedPercent: 34, question: RATING_QUESTION, procedureCode: '', … }]
 */
export function summarizeRatings(agency: string, period: Month, counts: readonly RatingCount[]): SatisfactionSummary[] {
  const of = (score: number) => counts.filter((c) => c.score === score).reduce((sum, c) => sum + c.count, 0);
  const raters = counts.reduce((sum, c) => sum + c.count, 0);
  const [very, satisfied, dissatisfied] = satisfactionPercentages(of(VERY_SATISFIED), of(SATISFIED), raters);
  return [
    {
      period,
      raterCount: raters,
      verySatisfiedPercent: very,
      satisfiedPercent: satisfied,
      dissatisfiedPercent: dissatisfied,
      comments: '',
      procedureCode: '',
      question: RATING_QUESTION,
      serviceVerySatisfiedPercent: very,
      serviceSatisfiedPercent: satisfied,
      serviceDissatisfiedPercent: dissatisfied,
      unitCode: agency,
    },
  ];
}
