import * as z from 'zod/mini';

/**
 * A human-readable string in Vietnamese (required) and English (optional).
 * Widgets show `vi` by default and fall back to it when `en` is missing.
 *
 * @example
 * ```ts
 * const title: LocalizedText = { vi: 'Đăng ký khai sinh', en: 'Birth registration' };
 * ```
 */
export const localizedTextSchema = z
  .object({
    vi: z.string().check(z.minLength(1), z.describe('Vietnamese text (required)')),
    en: z.optional(z.string().check(z.describe('English text; falls back to `vi` when missing'))),
  })
  .check(z.describe('Text in Vietnamese (required) and English (optional)'));

/** Text in Vietnamese (required) and English (optional). See {@link localizedTextSchema}. */
export type LocalizedText = z.infer<typeof localizedTextSchema>;
