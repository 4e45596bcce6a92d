import { birthProvinceName } from './citizen-id-provinces';
import { IdentifierError, accepts, requireString } from './identifier-error';

/** A parsed personal identification number (số định danh cá nhân / CCCD — wire: SoGiayTo, DinhDanhCHS). */
export type CitizenId =
  | {
      /** 12-digit personal identification number, printed on the CCCD card. */
      kind: 'cccd';
      number: string;
      /** 3-digit birth-registration province code, e.g. `066`. */
      birthProvinceCode: string;
      /** Name of that (pre-2025) province, e.g. `Đắk Lắk`. */
      birthProvinceName: string;
      gender: 'male' | 'female';
      birthYear: number;
    }
  | {
      /** Legacy 9-digit identity card (chứng minh nhân dân), no longer issued. */
      kind: 'cmnd';
      number: string;
    };

/** Options of {@link parseCitizenId} and {@link isValidCitizenId}. */
export interface CitizenIdOptions {
  /**
   * Accept the legacy 9-digit CMND number (returned with `kind: 'cmnd'`).
   * Set `false` for new dossiers, where only the 12-digit number is valid.
   * @default true
   */
  allowLegacy?: boolean;
}

/**
 * Parses a personal identification number `PPP G YY NNNNNN`: birth province PPP,
 * gender and century G (even = male, odd = female; year = 1900 + 100·⌊G/2⌋ + YY),
 * and a random part. There is no checksum. Spaces are ignored.
 *
 * @throws {IdentifierError} `identifier.citizen-id.format` | `…province` | `…legacy`
 * @example
 * ```ts
 * parseCitizenId('066095001234')
 * // { kind: 'cccd', birthProvinceCode: '066', birthProvinceName: 'Đắk Lắk', gender: 'male', birthYear: 1995, … }
 * ```
 */
export function parseCitizenId(value: string, options: CitizenIdOptions = {}): CitizenId {
  const number = requireString(value).replace(/ /g, '');
  if (/^\d{9}$/.test(number)) {
    if (options.allowLegacy === false) throw new IdentifierError('identifier.citizen-id.legacy');
    return { kind: 'cmnd', number };
  }
  if (!/^\d{12}$/.test(number)) throw new IdentifierError('identifier.citizen-id.format');
  const birthProvinceCode = number.slice(0, 3);
  const provinceName = birthProvinceName(birthProvinceCode);
  if (provinceName === undefined) throw new IdentifierError('identifier.citizen-id.province');
  const g = Number(number[3]);
  return {
    kind: 'cccd',
    number,
    birthProvinceCode,
    birthProvinceName: provinceName,
    gender: g % 2 === 0 ? 'male' : 'female',
    birthYear: 1900 + 100 * Math.floor(g / 2) + Number(number.slice(4, 6)),
  };
}

/**
 * Whether `value` is a personal identification number (never throws).
 *
 * @example
 * ```ts
 * isValidCitizenId('066095001234')                          // true
 * isValidCitizenId('241234567', { allowLegacy: false })     // false
 * ```
 */
export function isValidCitizenId(value: unknown, options: CitizenIdOptions = {}): boolean {
  return accepts((v) => parseCitizenId(v, options), value);
}
