import * as z from 'zod/mini';
import { localizedTextSchema } from '../forms/localized-text';
import { agencyCodeSchema, communeCodeSchema, provinceCodeSchema } from './primitives';

/**
 * A receiving agency (cơ quan tiếp nhận) — wire: LayDanhMucCoQuan item (MaCoQuan, TenCoQuan).
 * Response item of `GET /v1/agencies`.
 *
 * @example
 * ```ts
 * const agency: AgencyEntry = {
 *   code: '000.24.66.H66', name: { vi: 'UBND xã Ea Bung', en: 'Ea Bung Commune People’s Committee' },
 *   level: 'commune', provinceCode: '66', communeCode: '24229',
 * };
 * ```
 */
export const agencySchema = z.object({
  code: agencyCodeSchema,
  name: localizedTextSchema,
  level: z.enum(['central', 'province', 'commune']).check(z.describe('Cấp: trung ương | tỉnh | xã')),
  provinceCode: provinceCodeSchema,
  communeCode: z.optional(communeCodeSchema),
  address: z.optional(z.string().check(z.maxLength(255))),
  phone: z.optional(z.string().check(z.maxLength(32))),
  email: z.optional(z.string().check(z.maxLength(254))),
  openingHours: z.optional(localizedTextSchema.check(z.describe('e.g. "Thứ Hai – Thứ Sáu, 7:00–11:30, 13:30–17:00"'))),
});

/** Response body of `GET /v1/agencies`. */
export const agencyListSchema = z.object({ items: z.array(agencySchema) });

/** Query of `GET /v1/agencies`. */
export const agencyQuerySchema = z.object({ province: z.optional(provinceCodeSchema) });

/** See {@link agencySchema}. */
export type AgencyEntry = z.infer<typeof agencySchema>;
/** See {@link agencyListSchema}. */
export type AgencyList = z.infer<typeof agencyListSchema>;
/** See {@link agencyQuerySchema}. */
export type AgencyQuery = z.infer<typeof agencyQuerySchema>;
