import * as z from 'zod/mini';
import { dossierCodeSchema, isoDateTimeSchema } from './primitives';

/** Mức độ hài lòng: rất hài lòng | hài lòng | chưa hài lòng (as DongBoDanhGia aggregates them). */
export const ratingLevelSchema = z.enum(['very-satisfied', 'satisfied', 'not-satisfied']);

/** Longest rating comment, in characters. */
export const RATING_COMMENT_MAX = 1000;

/**
 * Request body of `POST /v1/dossiers/{code}/rating`. `verify` is the same 4-digit check as the
 * status look-up.
 *
 * @example
 * ```ts
 * const body: RatingRequest = { level: 'very-satisfied', comment: 'Cán bộ hướng dẫn tận tình.', verify: '5678' };
 * ```
 */
export const ratingRequestSchema = z.object({
  level: ratingLevelSchema,
  comment: z.optional(z.string().check(z.maxLength(RATING_COMMENT_MAX))),
  verify: z.string().check(z.regex(/^\d{4}$/)),
});

/** Response body of `POST /v1/dossiers/{code}/rating`. */
export const ratingReceiptSchema = z.object({
  dossierCode: dossierCodeSchema,
  level: ratingLevelSchema,
  ratedAt: isoDateTimeSchema,
});

/** See {@link ratingLevelSchema}. */
export type RatingLevel = z.infer<typeof ratingLevelSchema>;
/** See {@link ratingRequestSchema}. */
export type RatingRequest = z.infer<typeof ratingRequestSchema>;
/** See {@link ratingReceiptSchema}. */
export type RatingReceipt = z.infer<typeof ratingReceiptSchema>;
