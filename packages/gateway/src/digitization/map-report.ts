import { DIGITIZATION_SCORE_MAX, reportedMaxOf, vietnamDateKey } from '@dvc-kit/core';
import type { AgencyEntry, DigitizationMetrics, DigitizationReportRow } from '@dvc-kit/core';

const round2 = (n: number) => Math.round(n * 100) / 100;
const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n));

type Part = keyof typeof DIGITIZATION_SCORE_MAX;

/**
 * Maps a 766-style report row (client's `digitizationReport`, `BaoCaoSoHoa`) to core's
 * `DigitizationMetrics`. The report scores on core's scale (`DIGITIZATION_SCORE_MAX`, which
 * the sandbox uses too), so points pass through, only clamped to `[0, max]`. Publicity (CKMB)
 * is `{ points: null, max: 18 }` — not reported — unless the row carries it; `total` sums the
 * reported points (capped at 100) and `reportedMax` their maxima (82 without publicity). The
 * rank is by digitization (XEP_HANG); a week's `digitizedShare` is its MDSH over the MDSH maximum.
 *
 * @example toDigitizationMetrics(row, agency).reportedMax // 82 when the row has no CKMB
 */
export function toDigitizationMetrics(
  row: DigitizationReportRow,
  agency: AgencyEntry,
  now = new Date(),
): DigitizationMetrics {
  const scored = (part: Part) => {
    const max = DIGITIZATION_SCORE_MAX[part];
    const value = row[part];
    return { points: value === undefined ? null : round2(clamp(value, 0, max)), max };
  };
  const parts = {
    publicity: scored('publicity'),
    progress: scored('progress'),
    onlineService: scored('onlineService'),
    onlinePayment: scored('onlinePayment'),
    satisfaction: scored('satisfaction'),
    digitization: scored('digitization'),
  };
  const total = round2(Object.values(parts).reduce((sum, p) => sum + (p.points ?? 0), 0));
  const reportedMax = reportedMaxOf(parts);
  const of = Math.max(1, Math.trunc(row.of));
  const position = clamp(Math.trunc(row.rank), 1, of);
  const history = (row.history ?? []).map((week) => ({
    weekStart: vietnamDateKey(week.from),
    score: round2(clamp(week.total, 0, 100)),
    rank: Math.max(1, Math.trunc(week.rank)),
    digitizedShare: round2(clamp(week.digitization / DIGITIZATION_SCORE_MAX.digitization, 0, 1)),
  }));
  const today = vietnamDateKey(now);
  const from = history[0]?.weekStart ?? today;
  return {
    agency: { code: agency.code, name: agency.name },
    period: { from: from <= today ? from : today, to: today },
    parts,
    total: Math.min(100, total),
    reportedMax,
    rank: { position, of, province: agency.provinceCode },
    history,
  };
}
