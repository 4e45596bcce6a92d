import { DIGITIZATION_SCORE_MAX, reportedMaxOf, vietnamDateKey } from '@dvc-kit/core';
import type { AgencyEntry, DigitizationMetrics, PublicScoreboardRow } from '@dvc-kit/core';
import type { ScoreboardReport } from './scoreboard-source';

const round2 = (n: number) => Math.round(n * 100) / 100;

/** A part's points, or `null` when the row lacks it or it is off core's scale (then it is not on the 766 maxima). */
function part(value: number | undefined, max: number) {
  return { points: value === undefined || value < 0 || value > max ? null : round2(value), max };
}

/**
 * Maps the public scoreboard row of `agency` (matched on MA_COQUAN) to core's
 * `DigitizationMetrics`, or `undefined` when the report has no row for it. Columns map by
 * their 766 group names — CKMB, TDGQ, TTTT, MDHL, MDSH — and online services (no column) stays
 * not reported; CLGQ's meaning is unknown, so it is not used. A figure off core's scale is not
 * reported rather than clamped. Rank: by TONG_SCORE among rows of the same CAPDONVIID. The
 * public report has no weekly history (`[]`); `source` says where and when the figures were read.
 *
 * @example fromScoreboard(report, agency)?.source // { kind: 'public-scoreboard', retrievedAt: '…', url: '…' }
 */
export function fromScoreboard(report: ScoreboardReport, agency: AgencyEntry): DigitizationMetrics | undefined {
  const row = report.rows.find((r) => r.agencyCode === agency.code);
  if (row === undefined) return undefined;
  const parts = {
    publicity: part(row.publicity, DIGITIZATION_SCORE_MAX.publicity),
    progress: part(row.progress, DIGITIZATION_SCORE_MAX.progress),
    onlineService: part(undefined, DIGITIZATION_SCORE_MAX.onlineService),
    onlinePayment: part(row.onlinePayment, DIGITIZATION_SCORE_MAX.onlinePayment),
    satisfaction: part(row.satisfaction, DIGITIZATION_SCORE_MAX.satisfaction),
    digitization: part(row.digitization, DIGITIZATION_SCORE_MAX.digitization),
  };
  const total = round2(Object.values(parts).reduce((sum, p) => sum + (p.points ?? 0), 0));
  const score = (r: PublicScoreboardRow) => r.total ?? 0;
  const peers = report.rows.filter((r) => r.level === row.level);
  const position = 1 + peers.filter((r) => score(r) > score(row)).length;
  const today = vietnamDateKey(report.retrievedAt);
  const year = Number(report.params.p_nam);
  const from = Number.isInteger(year) && year > 2000 ? `${year}-01-01` : today;
  return {
    agency: { code: agency.code, name: agency.name },
    period: { from: from <= today ? from : today, to: today },
    parts,
    total: Math.min(100, total),
    reportedMax: reportedMaxOf(parts),
    rank: { position, of: Math.max(position, peers.length), province: agency.provinceCode },
    history: [],
    source: {
      kind: report.kind,
      retrievedAt: report.retrievedAt.toISOString(),
      ...(report.url !== undefined ? { url: report.url } : {}),
    },
  };
}
