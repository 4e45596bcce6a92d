import * as z from 'zod/mini';

/**
 * One problem with one value of a dossier form, as `validateFormData` reports it and as the
 * gateway returns it in `problem.errors[]`.
 *
 * - `path`: where the value sits in the form data, e.g. `details.household[2].citizenId`
 *   (`''` for the whole form).
 * - `code`: stable, dotted (`form.citizen-id.invalid`); branch on it, never on the text.
 * - `messages`: ready-to-show text in Vietnamese and English.
 *
 * @example
 * ```ts
 * const error: FieldError = {
 *   path: 'applicant.phone', code: 'form.phone.invalid',
 *   messages: { vi: 'Số điện thoại phải là …', en: 'Phone number must be …' },
 * };
 * ```
 */
export const fieldErrorSchema = z
  .object({
    path: z.string().check(z.describe('Path of the value, e.g. details.household[2].citizenId')),
    code: z.string().check(z.minLength(1), z.describe('Stable dotted error code, e.g. form.required')),
    messages: z.object({ vi: z.string(), en: z.string() }),
  })
  .check(z.describe('A problem with one value: path, stable code and vi/en messages'));

/** One problem with one form value. See {@link fieldErrorSchema}. */
export type FieldError = z.infer<typeof fieldErrorSchema>;
