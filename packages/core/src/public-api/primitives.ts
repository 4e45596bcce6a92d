import * as z from 'zod/mini';

/**
 * Dates on the public API are ISO 8601 strings with an offset. The gateway writes Vietnam
 * time (`2025-07-01T08:30:00+07:00`); clients may send any offset or `Z`. (The portal's own
 * `yyyyMMddHHmmss` format stays inside the gateway.)
 */
export const isoDateTimeSchema = z.iso
  .datetime({ offset: true })
  .check(z.describe('ISO 8601 date-time with offset, e.g. 2025-07-01T08:30:00+07:00'));

/** A calendar date `yyyy-MM-dd` (ISO 8601). */
export const isoDateSchema = z.iso.date().check(z.describe('ISO 8601 calendar date, e.g. 2025-06-30'));

/**
 * Kênh thực hiện — wire: KenhThucHien `1` trực tiếp (in person), `2` trực tuyến (online),
 * `3` bưu chính công ích (public postal service).
 */
export const channelSchema = z
  .enum(['in-person', 'online', 'postal'])
  .check(z.describe('Kênh thực hiện — wire: KenhThucHien 1/2/3'));

/** Mã TTHC — wire: MaTTHC, e.g. `1.001193` or a local `1.003560.000.00.00.H56`. */
export const procedureCodeSchema = z
  .string()
  .check(z.minLength(1), z.maxLength(64), z.describe('Mã TTHC — wire: MaTTHC, e.g. 1.001193'));

/** Mã cơ quan / đơn vị — wire: MaCoQuan, MaDonVi, e.g. `000.00.06.H56` or `H56.14`. */
export const agencyCodeSchema = z
  .string()
  .check(z.minLength(1), z.maxLength(35), z.describe('Mã cơ quan, đơn vị — wire: MaCoQuan/MaDonVi'));

/** Mã hồ sơ — wire: MaHoSo, e.g. `000.00.06.H56-231027-0361`. */
export const dossierCodeSchema = z
  .string()
  .check(z.minLength(1), z.maxLength(64), z.describe('Mã hồ sơ — wire: MaHoSo'));

/** The 2-digit province code of the 2025 units (mã tỉnh), e.g. `66` Đắk Lắk. */
export const provinceCodeSchema = z
  .string()
  .check(z.regex(/^\d{2}$/), z.describe('2-digit province code (2025 units), e.g. 66'));

/** The 5-digit commune code of the 2025 units (mã xã), e.g. `24229` Xã Ea Bung. */
export const communeCodeSchema = z
  .string()
  .check(z.regex(/^\d{5}$/), z.describe('5-digit commune code (2025 units), e.g. 24229'));

/** Kind of channel. See {@link channelSchema}. */
export type Channel = z.infer<typeof channelSchema>;
