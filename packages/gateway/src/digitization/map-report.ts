import { DIGITIZATION_SCORE_MAX, parseWireDate, vietnamDateKey } from '@dvc-kit/core';
import type { AgencyEntry, DigitizationMetrics } from '@dvc-kit/core';

type Row = Record<string, unknown>;
const num = (v: unknown) => (typeof v === 'number' ? v : Number(v));
const finite = (v: unknown, fallback = 0) => (Number.isFinite(num(v)) ? num(v) : fallback);
const round2 = (n: number) => Math.round(n * 100) / 100;

/** Which report column feeds which part of core's 766 score (publicity: no column → 0). */
const COLUMNS = { progress: 'TDGQ', onlineService: 'DVCTT', onlinePayment: 'TTTT', satisfaction: 'MDHL', digitization: 'MDSH' } as const;

/**
 * Maps a 766-style report row (`BaoCaoSoHoa`: TDGQ, DVCTT, TTTT, MDHL, MDSH, DIEM_TOI_DA,
 * XEP_HANG, SO_DON_VI, LICH_SU) to core's `DigitizationMetrics`. Each part is rescaled
 * from the report's maximum (DIEM_TOI_DA) to core's; the report has no publicity column
 * (CKMB), so publicity is 0. The rank is by digitization (XEP_HANG); a week's
 * `digitizedShare` is its MDSH over the MDSH maximum.
 */
export function toDigitizationMetrics(row: Row, agency: AgencyEntry, now = new Date()): DigitizationMetrics {
  const maxima = (row.DIEM_TOI_DA ?? {}) as Row;
  const scaled = (column: string, max: number) => {
    const sourceMax = finite(maxima[column], max) || max;
    return round2(Math.min(max, Math.max(0, (finite(row[column]) / sourceMax) * max)));
  };
  const parts = {
    publicity: { points: 0, max: DIGITIZATION_SCORE_MAX.publicity },
    progress: { points: scaled(COLUMNS.progress, 20), max: DIGITIZATION_SCORE_MAX.progress },
    onlineService: { points: scaled(COLUMNS.onlineService, 10), max: DIGITIZATION_SCORE_MAX.onlineService },
    onlinePayment: { points: scaled(COLUMNS.onlinePayment, 12), max: DIGITIZATION_SCORE_MAX.onlinePayment },
    satisfaction: { points: scaled(COLUMNS.satisfaction, 18), max: DIGITIZATION_SCORE_MAX.satisfaction },
    digitization: { points: scaled(COLUMNS.digitization, 22), max: DIGITIZATION_SCORE_MAX.digitization },
  };
  const total = round2(Object.values(parts).reduce((sum, p) => sum + p.points, 0));
  const of = Math.max(1, Math.trunc(finite(row.SO_DON_VI, 1)));
  const position = Math.min(of, Math.max(1, Math.trunc(finite(row.XEP_HANG, of))));
  const mdshMax = finite(maxima.MDSH, 12) || 12;
  const history = (Array.isArray(row.LICH_SU) ? (row.LICH_SU as Row[]) : []).flatMap((week) => {
    const start = parseWireDate(String(week.TU_NGAY ?? ''));
    if (start === undefined) return [];
    return [{
      weekStart: vietnamDateKey(start),
      score: round2(Math.min(100, Math.max(0, finite(week.TONG_SCORE)))),
      rank: Math.max(1, Math.trunc(finite(week.XEP_HANG, 1))),
      digitizedShare: round2(Math.min(1, Math.max(0, finite(week.MDSH) / mdshMax))),
    }];
  });
  const today = vietnamDateKey(now);
  const from = history[0]?.weekStart ?? today;
  return {
    agency: { code: agency.code, name: agency.name },
    period: { from: from <= today ? from : today, to: today },
    parts,
    total: Math.min(100, total),
    rank: { position, of, province: agency.provinceCode },
    history,
  };
}
