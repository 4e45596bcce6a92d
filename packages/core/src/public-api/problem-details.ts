import * as z from 'zod/mini';
import { fieldErrorSchema } from '../forms/field-error';
import { localizedMessageSchema } from './status-schemas';

/** Media type of error responses. */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/**
 * Every error response of the public API (`application/problem+json`, RFC 9457) plus DVC Kit's
 * stable `code`, the `requestId` to quote to support, the message in both languages, and
 * `errors[]` for form problems (same shape as `validateFormData` reports).
 *
 * @example
 * ```ts
 * const problem: ProblemDetails = {
 *   type: 'https://dvc-kit.dev/problems/form-invalid', title: 'The form has problems',
 *   status: 422, detail: 'The form has 1 problem to fix.', code: 'form.invalid', requestId: 'req_7f3a',
 *   errors: [{ path: 'applicant.phone', code: 'form.phone.invalid', messages: { vi: '…', en: '…' } }],
 * };
 * ```
 */
export const problemDetailsSchema = z.object({
  type: z.string().check(z.describe('URI of the problem type; "about:blank" when none')),
  title: z.string(),
  status: z.int().check(z.minimum(400), z.maximum(599)),
  detail: z.string(),
  instance: z.optional(z.string()),
  code: z.string().check(z.minLength(1), z.describe('Stable dotted code, e.g. dossier.not-found')),
  requestId: z.string().check(z.minLength(1)),
  messages: z.optional(localizedMessageSchema),
  errors: z.optional(z.array(fieldErrorSchema)),
});

/** See {@link problemDetailsSchema}. */
export type ProblemDetails = z.infer<typeof problemDetailsSchema>;
