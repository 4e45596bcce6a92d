import * as z from 'zod/mini';
import { dossierStatusViewSchema } from './dossier-status-view';
import { pagedSchema } from './paged';
import { ratingLevelSchema, RATING_COMMENT_MAX } from './ratings';

/**
 * Applicant values the identity provider vouched for (from the userinfo claims), by the
 * applicant section's field ids. A form shows them locked, marked "Đã xác thực qua VNeID".
 */
export const verifiedApplicantSchema = z.object({
  /** Họ và tên — wire claim: HoVaTen. */
  fullName: z.optional(z.string()),
  /** Số định danh cá nhân — wire claim: SoDinhDanh (else SoCMND). */
  citizenId: z.optional(z.string()),
  /** `yyyy-MM-dd` — wire claim: NgayThangNamSinh. */
  birthDate: z.optional(z.string()),
  /** Số điện thoại — wire claim: SoDienThoai. */
  phone: z.optional(z.string()),
  /** Thư điện tử — wire claim: ThuDienTu. */
  email: z.optional(z.string()),
});

/**
 * Response body of `GET /v1/me`: who is signed in on this browser (the gateway's session
 * cookie), or `signedIn: false`. `required`: the gateway accepts dossiers from signed-in
 * citizens only.
 *
 * @example
 * ```ts
 * const me: SessionView = { signedIn: true, required: false, name: "H'Nhi Niê", accountType: 'citizen',
 *   verified: { fullName: "H'Nhi Niê", citizenId: '066185001234', birthDate: '1985-04-12' },
 *   expiresAt: '2025-07-01T17:12:00+07:00' };
 * ```
 */
export const sessionViewSchema = z.object({
  signedIn: z.boolean(),
  required: z.boolean(),
  name: z.optional(z.string()),
  accountType: z.optional(z.enum(['citizen', 'business', 'organisation', 'unknown'])),
  /** Residence as the provider gave it (free text; the form's structured address stays editable). */
  residence: z.optional(z.string()),
  verified: z.optional(verifiedApplicantSchema),
  expiresAt: z.optional(z.string()),
});

/** One of the signed-in citizen's dossiers: its status view plus whether it may be rated now. */
export const myDossierSchema = z.extend(dossierStatusViewSchema, {
  /** Rating is offered once the dossier is finished and not yet rated. */
  rateable: z.boolean(),
  rating: z.optional(ratingLevelSchema),
});

/** Response body of `GET /v1/me/dossiers?page=&pageSize=`: newest first. */
export const myDossierPageSchema = pagedSchema(myDossierSchema);

/** Request body of `POST /v1/me/dossiers/{code}/rating` (no 4-digit check: the session proves ownership). */
export const myRatingRequestSchema = z.object({
  level: ratingLevelSchema,
  comment: z.optional(z.string().check(z.maxLength(RATING_COMMENT_MAX))),
});

/** See {@link sessionViewSchema}. */
export type SessionView = z.infer<typeof sessionViewSchema>;
/** See {@link verifiedApplicantSchema}. */
export type VerifiedApplicant = z.infer<typeof verifiedApplicantSchema>;
/** See {@link myDossierSchema}. */
export type MyDossier = z.infer<typeof myDossierSchema>;
/** See {@link myDossierPageSchema}. */
export type MyDossierPage = z.infer<typeof myDossierPageSchema>;
/** See {@link myRatingRequestSchema}. */
export type MyRatingRequest = z.infer<typeof myRatingRequestSchema>;
