import * as z from 'zod/mini';
import { localizedTextSchema } from '../forms/localized-text';
import { pageQueryShape, pagedSchema } from './paged';
import { agencyCodeSchema, channelSchema, procedureCodeSchema } from './primitives';

/**
 * Thời hạn giải quyết — wire: THOIGIANGIAIQUYET + DONVITINH. `unit` matches the working-time
 * helpers (`dueDate(receivedAt, amount, unit)`); `amount` 0 means "within the day".
 */
export const processingTimeSchema = z.object({
  amount: z.number().check(z.minimum(0)),
  unit: z.enum(['working-days', 'working-hours', 'calendar-days']),
  note: z.optional(localizedTextSchema.check(z.describe('Mô tả — wire: MOTA'))),
});

/** Phí, lệ phí — wire: PHILEPHI { MAPHILEPHI, SOTIEN, MOTA }. Amount in đồng (VND), whole number. */
export const feeSchema = z.object({
  code: z.string().check(z.maxLength(64), z.describe('Mã phí, lệ phí — wire: MAPHILEPHI')),
  name: localizedTextSchema,
  amountVnd: z.int().check(z.minimum(0), z.describe('Số tiền (VND) — wire: SOTIEN')),
  description: z.optional(localizedTextSchema),
});

/** Lĩnh vực — wire: LINHVUCTHUCHIEN { MALINHVUC, TENLINHVUC }. */
export const procedureFieldSchema = z.object({
  code: z.string().check(z.maxLength(64), z.describe('Mã lĩnh vực — wire: MALINHVUC')),
  name: localizedTextSchema,
});

/**
 * One procedure (thủ tục hành chính) in search results — item of `GET /v1/procedures`.
 * `level` is the tier that decides (cấp thực hiện — wire: CAPTHUCHIEN); `onlineLevel` says
 * whether it can be done fully online (toàn trình) or only partly (một phần).
 *
 * @example
 * ```ts
 * const summary: ProcedureSummary = {
 *   code: '1.001193', name: { vi: 'Đăng ký khai sinh', en: 'Birth registration' },
 *   field: { code: 'G09-TP04', name: { vi: 'Hộ tịch' } }, level: 'commune',
 *   channels: ['in-person', 'online', 'postal'], onlineLevel: 'full',
 *   processingTime: { amount: 1, unit: 'working-days' },
 * };
 * ```
 */
export const procedureSummarySchema = z.object({
  code: procedureCodeSchema,
  name: localizedTextSchema.check(z.describe('Tên TTHC — wire: TENTTHC')),
  field: procedureFieldSchema,
  level: z.enum(['commune', 'province', 'central']).check(z.describe('Cấp thực hiện — wire: CAPTHUCHIEN')),
  channels: z.array(channelSchema).check(z.describe('Cách thức thực hiện — wire: CACHTHUCTHUCHIEN[].KENH')),
  onlineLevel: z.optional(z.enum(['full', 'partial'])),
  processingTime: processingTimeSchema,
});

/** Query of `GET /v1/procedures` (diacritic-insensitive `q`; page 1 and pageSize 20 by default). */
export const procedureSearchQuerySchema = z.object({
  q: z.optional(z.string().check(z.maxLength(200))),
  agency: z.optional(agencyCodeSchema),
  ...pageQueryShape,
});

/** Response body of `GET /v1/procedures`: a page of {@link procedureSummarySchema}. */
export const procedureSearchResultSchema = pagedSchema(procedureSummarySchema);

/** See {@link processingTimeSchema}. */
export type ProcessingTime = z.infer<typeof processingTimeSchema>;
/** See {@link feeSchema}. */
export type Fee = z.infer<typeof feeSchema>;
/** See {@link procedureSummarySchema}. */
export type ProcedureSummary = z.infer<typeof procedureSummarySchema>;
/** Parsed query (defaults applied). See {@link procedureSearchQuerySchema}. */
export type ProcedureSearchQuery = z.infer<typeof procedureSearchQuerySchema>;
/** See {@link procedureSearchResultSchema}. */
export type ProcedureSearchResult = z.infer<typeof procedureSearchResultSchema>;
