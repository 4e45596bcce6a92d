import { IdentifierError, accepts, requireString } from './identifier-error';

/**
 * Which standard an agency code follows:
 * - `qd-20-2020`: Decision 20/2020/QĐ-TTg, groups read left to right, level 1 first (`H56.14`);
 * - `qcvn-102-2016`: the older QCVN 102:2016 form, level 1 on the right (`000.00.06.H56`).
 */
export type AgencyCodeFormat = 'qd-20-2020' | 'qcvn-102-2016';

/** A parsed agency code (mã định danh cơ quan, đơn vị — wire: MaCoQuan / MaDonVi / madonvi). */
export interface AgencyCode {
  /** The code as written canonically (upper case, no spaces). */
  code: string;
  format: AgencyCodeFormat;
  /** Level-1 code (mã cấp 1), e.g. `H56`; `H` codes are provinces. */
  level1: string;
  /** The level-1 code when it is a province (`H…`), e.g. `H56` (Thanh Hóa); otherwise undefined. */
  provinceCode?: string;
  /**
   * The levels from the top down, level 1 first, leaving out unused (all-zero) levels
   * of the QCVN form: `000.17.22.H56` → `['H56', '22', '17']`, `H56.14` → `['H56', '14']`.
   */
  levels: string[];
}

const LEVEL1 = /^[A-Y]\d{2}$/;
const QCVN = /^(\d{3})\.(\d{2})\.(\d{2})\.([A-Y]\d{2})$/;
const QD20 = /^[A-Y]\d{2}(\.[0-9A-Z]{1,5})*$/;
const MAX_LENGTH = 35;

/**
 * Parses an agency code in either national format.
 *
 * @throws {IdentifierError} `identifier.agency-code.format`
 * @example
 * ```ts
 * parseAgencyCode('H56.14')        // { format: 'qd-20-2020', provinceCode: 'H56', levels: ['H56', '14'], … }
 * parseAgencyCode('000.00.06.H56') // { format: 'qcvn-102-2016', provinceCode: 'H56', levels: ['H56', '06'], … }
 * ```
 */
export function parseAgencyCode(value: string): AgencyCode {
  const code = requireString(value).trim().toUpperCase();
  const qcvn = QCVN.exec(code);
  if (qcvn) {
    const [, l4, l3, l2, l1] = qcvn as unknown as [string, string, string, string, string];
    const lower = [l2, l3, l4];
    // Levels below an unused one are meaningless (000.17.00.H56 is not a valid unit).
    const used = lower.findIndex((part) => /^0+$/.test(part));
    if (used !== -1 && lower.slice(used).some((part) => !/^0+$/.test(part))) {
      throw new IdentifierError('identifier.agency-code.format');
    }
    return withProvince({
      code,
      format: 'qcvn-102-2016',
      level1: l1,
      levels: [l1, ...lower.slice(0, used === -1 ? 3 : used)],
    });
  }
  if (code.length <= MAX_LENGTH && QD20.test(code)) {
    const levels = code.split('.');
    return withProvince({ code, format: 'qd-20-2020', level1: levels[0] as string, levels });
  }
  throw new IdentifierError('identifier.agency-code.format');
}

function withProvince(parsed: AgencyCode): AgencyCode {
  return parsed.level1.startsWith('H') && LEVEL1.test(parsed.level1)
    ? { ...parsed, provinceCode: parsed.level1 }
    : parsed;
}

/**
 * Whether `value` is an agency code in either national format (never throws).
 *
 * @example isValidAgencyCode('000.00.06.H56') // true
 */
export function isValidAgencyCode(value: unknown): boolean {
  return accepts(parseAgencyCode, value);
}
