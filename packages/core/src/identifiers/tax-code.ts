import { IdentifierError, accepts, requireString } from './identifier-error';

/** A parsed tax code (mã số thuế, MST — wire: MaSoThue). */
export interface TaxCode {
  /** Canonical form: `0100109106`, or `0100109106-001` for a dependent unit. */
  code: string;
  /** 2-digit province of first registration. */
  provinceCode: string;
  /** The 3-digit dependent-unit (branch) suffix of a 13-digit code. */
  branch?: string;
}

const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3] as const;

/**
 * Parses a 10- or 13-digit tax code and checks its check digit:
 * d10 = 10 − (Σ dᵢ·wᵢ mod 11) with w = 31, 29, 23, 19, 17, 13, 7, 5, 3.
 * Spaces, dots and dashes are ignored.
 *
 * @throws {IdentifierError} `identifier.tax-code.format` | `identifier.tax-code.checksum`
 * @example
 * ```ts
 * parseTaxCode('0100109106')      // { code: '0100109106', provinceCode: '01' }
 * parseTaxCode('0100109106 001')  // { code: '0100109106-001', provinceCode: '01', branch: '001' }
 * ```
 */
export function parseTaxCode(value: string): TaxCode {
  const digits = requireString(value).replace(/[\s.-]/g, '');
  if (!/^\d{10}(\d{3})?$/.test(digits)) throw new IdentifierError('identifier.tax-code.format');
  const provinceCode = digits.slice(0, 2);
  const branch = digits.length === 13 ? digits.slice(10) : undefined;
  if (provinceCode === '00' || digits.slice(2, 9) === '0000000' || branch === '000') {
    throw new IdentifierError('identifier.tax-code.format');
  }
  let sum = 0;
  for (let i = 0; i < WEIGHTS.length; i++) sum += Number(digits[i]) * (WEIGHTS[i] as number);
  if (10 - (sum % 11) !== Number(digits[9])) throw new IdentifierError('identifier.tax-code.checksum');
  const code = digits.slice(0, 10);
  return branch === undefined ? { code, provinceCode } : { code: `${code}-${branch}`, provinceCode, branch };
}

/**
 * Whether `value` is a tax code with a correct check digit (never throws).
 *
 * @example isValidTaxCode('0100109106') // true (Viettel)
 */
export function isValidTaxCode(value: unknown): boolean {
  return accepts(parseTaxCode, value);
}
