import * as z from 'zod/mini';
import { localizedTextSchema } from '../forms/localized-text';
import { agencyCodeSchema, dossierCodeSchema, isoDateTimeSchema, procedureCodeSchema } from './primitives';
import { supplementRequestSchema } from './supplements';
import { dossierStatusSchema, localizedMessageSchema, statusGroupSchema } from './status-schemas';

/** Query of `GET /v1/dossiers/{code}`: the last 4 digits of the applicant's phone or ID number. */
export const dossierStatusQuerySchema = z.object({
  verify: z.string().check(z.regex(/^\d{4}$/), z.describe('Last 4 digits of the applicant’s phone or ID number')),
});

/** One step of a dossier's history — wire: CapNhatTienDoHoSoMC (ThoiDiemXuLy, TrangThai, NoiDungXuLy, PhongBanXuLy). */
export const timelineEntrySchema = z.object({
  at: isoDateTimeSchema,
  status: dossierStatusSchema,
  title: localizedTextSchema,
  note: z.optional(z.string().check(z.maxLength(2000), z.describe('Nội dung xử lý — wire: NoiDungXuLy'))),
  by: z.optional(
    z.string().check(z.maxLength(255), z.describe('Phòng ban xử lý — wire: PhongBanXuLy (no personal names)')),
  ),
});

/**
 * What the applicant has to do next: nothing, supply documents (status 5), pay (status 6) or
 * collect the result (status 9). `deadline` is set when the agency gave one.
 */
export const nextActionSchema = z.object({
  kind: z.enum(['none', 'supplement', 'payment', 'collect-result']),
  message: localizedTextSchema,
  deadline: z.optional(isoDateTimeSchema),
});

/** The applicant, masked: `Nguyễn V*** A*`, `******5678`, `********1234`. */
export const maskedApplicantSchema = z.object({
  name: z.string(),
  phone: z.optional(z.string()),
  citizenId: z.optional(z.string()),
});

/**
 * Response body of `GET /v1/dossiers/{code}?verify=1234`: status, timeline and what comes
 * next, with personal data masked. `workingDaysLeft` is negative when overdue and `null` once
 * the dossier is finished or has no due date.
 *
 * @example
 * ```ts
 * const view: DossierStatusView = {
 *   code: '000.24.66.H66-250701-0007', procedureCode: '1.001193',
 *   procedureName: { vi: 'Đăng ký khai sinh' }, agencyCode: '000.24.66.H66',
 *   status: 'processing', statusGroup: 'in-progress',
 *   statusLabel: { vi: 'Đang xử lý', en: 'Processing' },
 *   applicant: { name: 'Hờ T** M**', phone: '******5678' },
 *   receivedAt: '2025-07-01T09:12:00+07:00', dueAt: '2025-07-02T09:12:00+07:00', workingDaysLeft: 1,
 *   timeline: [], nextAction: { kind: 'none', message: { vi: 'Hồ sơ đang được xử lý.' } },
 * };
 * ```
 */
export const dossierStatusViewSchema = z.object({
  code: dossierCodeSchema,
  procedureCode: procedureCodeSchema,
  procedureName: localizedTextSchema,
  agencyCode: agencyCodeSchema,
  agencyName: z.optional(localizedTextSchema),
  status: dossierStatusSchema,
  statusGroup: statusGroupSchema,
  statusLabel: z.optional(localizedMessageSchema),
  applicant: maskedApplicantSchema,
  receivedAt: isoDateTimeSchema,
  dueAt: z.nullable(isoDateTimeSchema),
  finishedAt: z.optional(
    z.nullable(isoDateTimeSchema.check(z.describe('Ngày kết thúc xử lý — wire: NgayKetThucXuLy'))),
  ),
  workingDaysLeft: z.nullable(z.int().check(z.describe('Working days until dueAt; negative = overdue'))),
  timeline: z.array(timelineEntrySchema),
  nextAction: nextActionSchema,
  /** The open (or last answered) supplement request, when the portal lists one. */
  supplement: z.optional(supplementRequestSchema),
});

/** See {@link dossierStatusViewSchema}. */
export type DossierStatusView = z.infer<typeof dossierStatusViewSchema>;
/** See {@link timelineEntrySchema}. */
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;
/** See {@link nextActionSchema}. */
export type NextAction = z.infer<typeof nextActionSchema>;
/** See {@link dossierStatusQuerySchema}. */
export type DossierStatusQuery = z.infer<typeof dossierStatusQuerySchema>;
