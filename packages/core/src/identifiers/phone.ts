import { IdentifierError, accepts, requireString } from './identifier-error';

/** A parsed Vietnamese phone number (số điện thoại — wire: SoDienThoai). */
export interface Phone {
  /** International form, e.g. `+84912345678`. */
  e164: string;
  /** National form with the trunk 0, e.g. `0912345678`. */
  national: string;
  kind: 'mobile' | 'landline';
  /** True when a pre-2018 11-digit mobile number (`01xx…`) was converted to its 10-digit form. */
  converted: boolean;
}

/**
 * The 2018 mobile prefix change (Circular 22/2014/TT-BTTTT plan, carried out
 * 15/9–15/11/2018): every 11-digit `01xx` prefix and its new 10-digit `0xx` form.
 */
const OLD_MOBILE_PREFIXES: Record<string, string> = {
  // Viettel
  '0162': '032',
  '0163': '033',
  '0164': '034',
  '0165': '035',
  '0166': '036',
  '0167': '037',
  '0168': '038',
  '0169': '039',
  // MobiFone
  '0120': '070',
  '0121': '079',
  '0122': '077',
  '0126': '076',
  '0128': '078',
  // VinaPhone
  '0123': '083',
  '0124': '084',
  '0125': '085',
  '0127': '081',
  '0129': '082',
  // Vietnamobile
  '0186': '056',
  '0188': '058',
  // Gmobile
  '0199': '059',
};

/** 10-digit mobile prefixes in use (Viettel, MobiFone, VinaPhone, Vietnamobile, Gmobile, Itel, Reddi). */
const MOBILE = /^0(3[2-9]|5[25689]|7[06-9]|8[1-9]|9[0-46-9])\d{7}$/;
/** Landlines since 2017: area code `02x`/`02xx`, 11 digits in all with the trunk 0. */
const LANDLINE = /^02\d{9}$/;

/**
 * Parses a Vietnamese phone number and normalises it. Accepts `0…`, `+84…`, `84…`
 * and `0084…`, with spaces, dots, dashes and brackets; converts pre-2018
 * 11-digit mobile numbers to their current 10-digit form.
 *
 * @throws {IdentifierError} `identifier.phone.format` | `identifier.phone.prefix`
 * @example
 * ```ts
 * parsePhone('0168 123 4567') // { e164: '+84381234567', national: '0381234567', kind: 'mobile', converted: true }
 * parsePhone('(0262) 3852 123') // { e164: '+842623852123', kind: 'landline', … }
 * ```
 */
export function parsePhone(value: string): Phone {
  const compact = requireString(value).replace(/[\s.\-()]/g, '');
  let national: string;
  if (/^\+84\d+$/.test(compact)) national = `0${compact.slice(3)}`;
  else if (/^0084\d+$/.test(compact)) national = `0${compact.slice(4)}`;
  else if (/^84\d{9,10}$/.test(compact)) national = `0${compact.slice(2)}`;
  else if (/^0\d+$/.test(compact)) national = compact;
  else throw new IdentifierError('identifier.phone.format');

  let converted = false;
  if (national.length === 11 && national.startsWith('01')) {
    const prefix = OLD_MOBILE_PREFIXES[national.slice(0, 4)];
    if (prefix === undefined) throw new IdentifierError('identifier.phone.prefix');
    national = prefix + national.slice(4);
    converted = true;
  }
  const e164 = `+84${national.slice(1)}`;
  if (MOBILE.test(national)) return { e164, national, kind: 'mobile', converted };
  if (LANDLINE.test(national)) return { e164, national, kind: 'landline', converted };
  throw new IdentifierError(
    national.length === 10 || national.length === 11 ? 'identifier.phone.prefix' : 'identifier.phone.format',
  );
}

/**
 * Whether `value` is a Vietnamese mobile or landline number (never throws).
 *
 * @example isValidPhone('+84 912 345 678') // true
 */
export function isValidPhone(value: unknown): boolean {
  return accepts(parsePhone, value);
}

/**
 * A phone number as Vietnamese people write it, for showing back to them: `0912 345 678`
 * (mobile: 4-3-3 digits), a landline `0262 3852123`. A value that is not a phone number is
 * returned as it is (never throws), so nothing typed is lost from view.
 *
 * @example
 * ```ts
 * formatPhone('+84912345678') // '0912 345 678'
 * ```
 */
export function formatPhone(value: string): string {
  let phone: Phone;
  try {
    phone = parsePhone(value);
  } catch {
    return value;
  }
  const n = phone.national;
  return n.length === 10 ? `${n.slice(0, 4)} ${n.slice(4, 7)} ${n.slice(7)}` : `${n.slice(0, 4)} ${n.slice(4)}`;
}
