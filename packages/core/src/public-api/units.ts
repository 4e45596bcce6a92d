import * as z from 'zod/mini';
import { communeCodeSchema, provinceCodeSchema } from './primitives';

/**
 * A 2025 administrative unit (đơn vị hành chính): a province or city (tỉnh, thành phố) or a
 * commune, ward or special zone (xã, phường, đặc khu). Codes follow Cục Thống kê's list
 * 1027/CTK-CSCL (2025). Response item of `GET /v1/units`.
 *
 * @example
 * ```ts
 * const unit: UnitEntry = { code: '24229', name: 'Xã Ea Bung', level: 'commune', type: 'xa', provinceCode: '66' };
 * ```
 */
export const unitSchema = z.object({
  code: z.union([provinceCodeSchema, communeCodeSchema]),
  name: z.string().check(z.minLength(1), z.describe('Official Vietnamese name, e.g. "Xã Ea Bung"')),
  level: z.enum(['province', 'commune']),
  type: z
    .enum(['tinh', 'thanh-pho', 'xa', 'phuong', 'dac-khu'])
    .check(z.describe('tỉnh | thành phố | xã | phường | đặc khu')),
  provinceCode: z.optional(provinceCodeSchema.check(z.describe('Province of a commune'))),
});

/** Response body of `GET /v1/units`. */
export const unitListSchema = z.object({ items: z.array(unitSchema) });

/** Query of `GET /v1/units`: `province` lists its communes (else provinces); `q` searches names diacritic-insensitively. */
export const unitQuerySchema = z.object({
  province: z.optional(provinceCodeSchema),
  q: z.optional(z.string().check(z.maxLength(100))),
});

/** See {@link unitSchema}. */
export type UnitEntry = z.infer<typeof unitSchema>;
/** See {@link unitListSchema}. */
export type UnitList = z.infer<typeof unitListSchema>;
/** See {@link unitQuerySchema}. */
export type UnitQuery = z.infer<typeof unitQuerySchema>;
