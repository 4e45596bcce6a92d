import * as z from 'zod/mini';
import { formDefinitionSchema } from '../forms/form-definition';
import { localizedTextSchema } from '../forms/localized-text';
import { agencyCodeSchema } from './primitives';
import { feeSchema, procedureSummarySchema } from './procedures';

/** Thành phần hồ sơ — wire: THANHPHANHOSO[].GIAYTO { MAGIAYTO, TENGIAYTO, SOBANCHINH, SOBANSAO, URL }. */
export const requiredDocumentSchema = z.object({
  code: z.string().check(z.maxLength(64), z.describe('Mã giấy tờ — wire: MAGIAYTO')),
  name: localizedTextSchema,
  originals: z.int().check(z.minimum(0), z.describe('Số bản chính — wire: SOBANCHINH')),
  copies: z.int().check(z.minimum(0), z.describe('Số bản sao — wire: SOBANSAO')),
  templateUrl: z.optional(z.url().check(z.describe('Mẫu đơn — wire: URL'))),
  case: z.optional(localizedTextSchema.check(z.describe('Trường hợp — wire: TRUONGHOP'))),
});

/** Kết quả thực hiện — wire: KETQUATHUCHIEN { MAKETQUA, TENKETQUA }. */
export const resultDocumentSchema = z.object({
  code: z.string().check(z.maxLength(64)),
  name: localizedTextSchema,
});

/** Căn cứ pháp lý — wire: CANCUPHAPLY { SOVANBAN, TENVANBAN }. */
export const legalBasisSchema = z.object({
  number: z.string().check(z.maxLength(64), z.describe('Số văn bản, e.g. 60/2014/QH13')),
  title: localizedTextSchema,
});

/**
 * Everything a citizen needs before filing: response body of `GET /v1/procedures/{code}`.
 * The summary fields plus the receiving agency, requirements, steps, fees, required and result
 * documents, legal bases and the dossier form (`form`) the widget renders.
 *
 * @example
 * ```ts
 * const detail = procedureDetailSchema.parse(await (await fetch(url)).json());
 * detail.fees[0]?.amountVnd; // 0 — khai sinh đúng hạn is free
 * ```
 */
export const procedureDetailSchema = z.object({
  ...procedureSummarySchema.shape,
  agency: z.object({ code: agencyCodeSchema, name: localizedTextSchema }),
  applicants: z.optional(localizedTextSchema.check(z.describe('Đối tượng thực hiện — wire: MOTADOITUONGTHUCHIEN'))),
  requirements: z.optional(localizedTextSchema.check(z.describe('Yêu cầu, điều kiện — wire: YEUCAU'))),
  steps: z.array(localizedTextSchema).check(z.describe('Trình tự thực hiện — wire: TRINHTUTHUCHIEN')),
  fees: z.array(feeSchema),
  requiredDocuments: z.array(requiredDocumentSchema),
  resultDocuments: z.array(resultDocumentSchema),
  legalBases: z.array(legalBasisSchema),
  form: formDefinitionSchema,
});

/** See {@link procedureDetailSchema}. */
export type ProcedureDetail = z.infer<typeof procedureDetailSchema>;
/** See {@link requiredDocumentSchema}. */
export type RequiredDocument = z.infer<typeof requiredDocumentSchema>;
