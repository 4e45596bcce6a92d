import * as z from 'zod/mini';
import { localizedTextSchema } from '../forms/localized-text';
import { agencyCodeSchema, isoDateSchema, isoDateTimeSchema, provinceCodeSchema } from './primitives';

/**
 * Maximum points of each group of the Decision 766/QĐ-TTg service index (Bộ chỉ số 766), as
 * the portal's ranking pages show them: công khai minh bạch 18, tiến độ giải quyết 20,
 * dịch vụ công trực tuyến 10, thanh toán trực tuyến 12 (the remainder, unverified),
 * mức độ hài lòng 18, số hóa hồ sơ 22 — 100 in all (domain.md §4). The one source of these
 * maxima: the sandbox's report (`BaoCaoSoHoa`, `DIEM_TOI_DA`) scores on this scale and the
 * gateway passes its points through unscaled.
 */
export const DIGITIZATION_SCORE_MAX = {
  publicity: 18,
  progress: 20,
  onlineService: 10,
  onlinePayment: 12,
  satisfaction: 18,
  digitization: 22,
} as const;

/**
 * One score part: `points` out of `max`, or `points: null` when the source does not report that
 * part (e.g. công khai minh bạch, which the portal's `BaoCaoSoHoa` report leaves out). An
 * unreported part counts in neither `total` nor `reportedMax` — it is not a zero.
 */
/**
 * The most a set of score parts can total: the sum of the `max` of the parts that were
 * reported (`points` not `null`) — 100 when all six are, 82 without công khai minh bạch.
 *
 * @example reportedMaxOf({ publicity: { points: null, max: 18 }, progress: { points: 17.9, max: 20 } }) // 20
 */
export function reportedMaxOf(parts: Record<string, { points: number | null; max: number }>): number {
  return Object.values(parts).reduce((sum, p) => sum + (p.points === null ? 0 : p.max), 0);
}

const part = (max: number, description: string) =>
  z
    .object({
      points: z.nullable(z.number().check(z.minimum(0), z.maximum(max))),
      max: z.literal(max),
    })
    .check(z.describe(description));

/** One week of the board's history. `digitizedShare` is 0–1 (dossiers with digitized components). */
export const digitizationWeekSchema = z.object({
  weekStart: isoDateSchema.check(z.describe('Monday of the week, Vietnam date')),
  score: z.number().check(z.minimum(0), z.maximum(100)),
  rank: z.int().check(z.minimum(1)),
  digitizedShare: z.number().check(z.minimum(0), z.maximum(1)),
});

/**
 * Where the figures come from and when they were read, so a board can say it:
 * - `public-scoreboard` — the portal's public scoreboard pages (`report_tinh_766_service`),
 *   read by the gateway; unofficial (scraped, undocumented);
 * - `report-file` — a report an operator exported from those pages and imported with `dvc scoreboard import`;
 * - `portal-report` — the report service of the integration API (`BaoCaoSoHoa`), known only as a
 *   sandbox extension.
 */
export const digitizationSourceSchema = z.object({
  kind: z.enum(['public-scoreboard', 'report-file', 'portal-report']).check(z.describe('Nguồn số liệu')),
  retrievedAt: isoDateTimeSchema.check(
    z.describe('When the gateway read the figures from the source (or the file was exported)'),
  ),
  url: z.optional(
    z.string().check(z.maxLength(2048), z.describe('The public report address, when the source has one')),
  ),
});

/**
 * Response body of `GET /v1/agencies/{agencyCode}/digitization`: the agency's 766 score parts,
 * total, rank among the province's peers and weekly history (oldest first).
 *
 * A part whose `points` is `null` was not reported (chưa có số liệu). `total` is the sum of the
 * reported points and `reportedMax` the sum of the reported parts' `max` (100 when all six are
 * reported), so a consumer shows "68,9 / 82 điểm đã tính" rather than counting a gap as zero.
 *
 * @example
 * ```ts
 * metrics.parts.digitization; // { points: 17.6, max: 22 }
 * metrics.parts.publicity;    // { points: null, max: 18 } — not reported
 * metrics.total;              // 68.9
 * metrics.reportedMax;        // 82
 * metrics.rank;               // { position: 3, of: 102, province: '66' }
 * ```
 */
export const digitizationMetricsSchema = z
  .object({
    agency: z.object({ code: agencyCodeSchema, name: localizedTextSchema }),
    period: z.object({ from: isoDateSchema, to: isoDateSchema }),
    parts: z.object({
      publicity: part(18, 'Công khai, minh bạch'),
      progress: part(20, 'Tiến độ giải quyết'),
      onlineService: part(10, 'Dịch vụ công trực tuyến'),
      onlinePayment: part(12, 'Thanh toán trực tuyến'),
      satisfaction: part(18, 'Mức độ hài lòng'),
      digitization: part(22, 'Số hóa hồ sơ'),
    }),
    total: z.number().check(z.minimum(0), z.maximum(100)),
    reportedMax: z
      .int()
      .check(
        z.minimum(0),
        z.maximum(100),
        z.describe('Sum of the max of the reported parts (điểm đã tính), e.g. 82 without công khai minh bạch'),
      ),
    rank: z.object({
      position: z.int().check(z.minimum(1)),
      of: z.int().check(z.minimum(1)),
      province: provinceCodeSchema,
    }),
    history: z.array(digitizationWeekSchema),
    source: z.optional(digitizationSourceSchema),
  })
  .check(
    z.refine((m) => m.rank.position <= m.rank.of, {
      message: 'rank.position must not exceed rank.of',
      path: ['rank', 'position'],
    }),
    z.refine((m) => m.reportedMax === reportedMaxOf(m.parts), {
      message: 'reportedMax must be the sum of the reported parts’ max',
      path: ['reportedMax'],
    }),
    z.refine((m) => m.total <= m.reportedMax, { message: 'total must not exceed reportedMax', path: ['total'] }),
    z.refine((m) => m.period.from <= m.period.to, {
      message: 'period.from must not be after period.to',
      path: ['period'],
    }),
  );

/** See {@link digitizationMetricsSchema}. */
export type DigitizationMetrics = z.infer<typeof digitizationMetricsSchema>;
/** See {@link digitizationSourceSchema}. */
export type DigitizationSource = z.infer<typeof digitizationSourceSchema>;
/** See {@link digitizationWeekSchema}. */
export type DigitizationWeek = z.infer<typeof digitizationWeekSchema>;
