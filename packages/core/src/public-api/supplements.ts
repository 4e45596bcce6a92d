import * as z from 'zod/mini';
import { dossierCodeSchema, isoDateTimeSchema } from './primitives';

/** Longest note a citizen may add to a supplement answer, in characters. */
export const SUPPLEMENT_NOTE_MAX = 2000;
/** Most files one supplement answer may carry. */
export const SUPPLEMENT_FILES_MAX = 20;

/** A file of a supplement answer as shown back (no link: files stay on the gateway). */
export const supplementFileSchema = z.object({
  name: z.string().check(z.maxLength(255)),
  size: z.int(),
  type: z.string(),
});

/**
 * The open (or last) supplement request (yêu cầu bổ sung) of a dossier, from the portal's
 * `DanhSachHoSoBoSung`, and the citizen's answer when the gateway holds one.
 *
 * @example
 * ```ts
 * const request: SupplementRequest = {
 *   id: '000.24.66.H66-250701-0007-BS1', content: 'Giấy chứng sinh bị mờ, đề nghị nộp lại bản rõ nét.',
 *   requestedBy: 'Công chức Bộ phận Một cửa', requestedAt: '2025-07-01T14:30:00+07:00', deadline: '2025-07-08T17:00:00+07:00',
 * };
 * ```
 */
export const supplementRequestSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(255), z.describe('Mã lần bổ sung — wire: HoSoBoSungId')),
  content: z.string().check(z.maxLength(4000), z.describe('Nội dung bổ sung — wire: NoiDungBoSung')),
  requestedBy: z.optional(
    z.string().check(z.maxLength(255), z.describe('Người yêu cầu bổ sung — wire: NguoiYeuCauBoSung')),
  ),
  requestedAt: isoDateTimeSchema.check(z.describe('Ngày yêu cầu bổ sung — wire: NgayBoSung')),
  deadline: z.optional(isoDateTimeSchema.check(z.describe('Deadline to supply, when the portal gives one'))),
  answer: z.optional(
    z.object({
      answeredAt: isoDateTimeSchema,
      note: z.optional(z.string().check(z.maxLength(SUPPLEMENT_NOTE_MAX))),
      files: z.array(supplementFileSchema),
    }),
  ),
});

/**
 * Request body of `POST /v1/dossiers/{code}/supplement`: the answer to round `requestId`.
 * `verify` is the 4-digit check of the status look-up (required unless a signed-in session
 * authorises the call).
 *
 * @example
 * ```ts
 * const body: SupplementAnswerRequest = { requestId: '…-BS1', note: 'Gửi lại bản rõ nét.', files: [{ uploadId: 'upl-2' }], verify: '5678' };
 * ```
 */
export const supplementAnswerRequestSchema = z.object({
  requestId: z.string().check(z.minLength(1), z.maxLength(255)),
  note: z.optional(z.string().check(z.maxLength(SUPPLEMENT_NOTE_MAX))),
  files: z
    .array(z.object({ uploadId: z.string().check(z.minLength(1), z.maxLength(100)) }))
    .check(z.maxLength(SUPPLEMENT_FILES_MAX)),
  verify: z.optional(z.string().check(z.regex(/^\d{4}$/))),
});

/** Response body (201) of `POST /v1/dossiers/{code}/supplement`. */
export const supplementAnswerReceiptSchema = z.object({
  dossierCode: dossierCodeSchema,
  requestId: z.string(),
  answeredAt: isoDateTimeSchema,
  files: z.int(),
});

/** See {@link supplementRequestSchema}. */
export type SupplementRequest = z.infer<typeof supplementRequestSchema>;
/** See {@link supplementAnswerRequestSchema}. */
export type SupplementAnswerRequest = z.infer<typeof supplementAnswerRequestSchema>;
/** See {@link supplementAnswerReceiptSchema}. */
export type SupplementAnswerReceipt = z.infer<typeof supplementAnswerReceiptSchema>;
