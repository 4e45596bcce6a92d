import * as z from 'zod/mini';
import { localizedTextSchema } from '../forms/localized-text';
import { localizedMessageSchema, dossierStatusSchema } from './status-schemas';
import {
  agencyCodeSchema,
  channelSchema,
  communeCodeSchema,
  dossierCodeSchema,
  isoDateTimeSchema,
  procedureCodeSchema,
  provinceCodeSchema,
} from './primitives';

/** An address value: 2025 province and commune codes and the street part (số nhà, đường, thôn, buôn). */
export const addressValueSchema = z.object({
  provinceCode: provinceCodeSchema,
  communeCode: communeCodeSchema,
  street: z.optional(z.string().check(z.maxLength(255))),
});

/**
 * Người nộp hồ sơ: the values of the form's applicant section (`applicantSection` and any
 * fields a procedure's form adds to it, e.g. `birthDate`). fullName — wire: ChuHoSo;
 * citizenId — wire: SoGiayToChuHoSo; phone — wire: SoDienThoai; email — wire: Email.
 * Other keys are kept as sent (never dropped): the receiver checks them against the form's
 * applicant section with `validateFormData`, which refuses a key the section does not define
 * (`form.unknown-field`). Identifier validity is checked there too.
 *
 * @example
 * ```ts
 * applicantSchema.parse({ fullName: 'Hờ Thị Mai', citizenId: '066300001234', phone: '0912345678',
 *   birthDate: '1990-05-01', address: { provinceCode: '66', communeCode: '24229' } }).birthDate; // '1990-05-01'
 * ```
 */
export const applicantSchema = z.looseObject({
  fullName: z.string().check(z.minLength(1), z.maxLength(100)),
  citizenId: z.string().check(z.minLength(9), z.maxLength(14)),
  phone: z.string().check(z.minLength(8), z.maxLength(20)),
  email: z.optional(z.string().check(z.maxLength(254))),
  address: addressValueSchema,
});

/** One uploaded file placed in a document slot: the file field's path `sectionId.fieldId`. */
export const submittedFileSchema = z.object({
  slot: z
    .string()
    .check(
      z.minLength(1),
      z.maxLength(129),
      z.describe('Path of the file field, sectionId.fieldId, e.g. documents.birthCertificate'),
    ),
  uploadId: z.string().check(z.minLength(1), z.maxLength(128), z.describe('Id from POST /v1/uploads')),
});

/**
 * Request body of `POST /v1/dossiers` (send an `Idempotency-Key` header). `data` holds the
 * other sections' values keyed `data[sectionId][fieldId]` (file fields excluded; their uploads
 * go in `files`). `consent` must be `true`: the applicant agreed to the processing of personal
 * data (Decree 13/2023/NĐ-CP).
 *
 * @example
 * ```ts
 * const body: DossierSubmission = {
 *   procedureCode: '1.001193', agencyCode: '000.24.66.H66', channel: 'online',
 *   applicant: { fullName: 'Hờ Thị Mai', citizenId: '066300001234', phone: '0912345678',
 *                address: { provinceCode: '66', communeCode: '24229', street: 'Thôn 3' } },
 *   data: { child: { fullName: 'Hờ Gia Bảo', birthDate: '2025-06-20' } },
 *   files: [{ slot: 'documents.birthCertificate', uploadId: 'upl-1' }],
 *   consent: true,
 * };
 * ```
 */
export const dossierSubmissionSchema = z.object({
  procedureCode: procedureCodeSchema,
  agencyCode: agencyCodeSchema,
  channel: channelSchema,
  applicant: applicantSchema,
  data: z.record(z.string(), z.record(z.string(), z.unknown())),
  files: z.array(submittedFileSchema).check(z.maxLength(100)),
  consent: z.literal(true).check(z.describe('Applicant consents to personal data processing')),
  notifications: z.optional(
    z.object({
      email: z
        .boolean()
        .check(z.describe('The applicant agrees to be told by e-mail when the dossier moves (needs applicant.email)')),
    }),
  ),
  clientSubmittedAt: z.optional(
    isoDateTimeSchema.check(z.describe('When the citizen pressed submit (offline outbox)')),
  ),
});

/**
 * Response body (201) of `POST /v1/dossiers`: the appointment receipt (phiếu hẹn).
 *
 * @example
 * ```ts
 * const receipt: DossierReceipt = {
 *   code: '000.24.66.H66-250701-0007', procedureCode: '1.001193',
 *   procedureName: { vi: 'Đăng ký khai sinh' }, agencyCode: '000.24.66.H66',
 *   receivedAt: '2025-07-01T09:12:00+07:00', dueAt: '2025-07-02T09:12:00+07:00', status: 'registered',
 * };
 * ```
 */
export const dossierReceiptSchema = z.object({
  code: dossierCodeSchema,
  procedureCode: procedureCodeSchema,
  procedureName: localizedTextSchema,
  agencyCode: agencyCodeSchema,
  receivedAt: isoDateTimeSchema.check(z.describe('Ngày tiếp nhận — wire: NgayTiepNhan')),
  dueAt: isoDateTimeSchema.check(z.describe('Ngày hẹn trả — wire: NgayHenTra')),
  status: dossierStatusSchema,
  statusLabel: z.optional(localizedMessageSchema),
});

/** See {@link applicantSchema}. */
export type Applicant = z.infer<typeof applicantSchema>;
/** See {@link addressValueSchema}. */
export type AddressValue = z.infer<typeof addressValueSchema>;
/** See {@link submittedFileSchema}. */
export type SubmittedFile = z.infer<typeof submittedFileSchema>;
/** See {@link dossierSubmissionSchema}. */
export type DossierSubmission = z.infer<typeof dossierSubmissionSchema>;
/** See {@link dossierReceiptSchema}. */
export type DossierReceipt = z.infer<typeof dossierReceiptSchema>;
