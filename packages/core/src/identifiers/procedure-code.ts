import { IdentifierError, accepts, requireString } from './identifier-error';

/** A parsed procedure code (mã thủ tục hành chính — wire: MaTTHC). */
export interface ProcedureCode {
  /** The code as written canonically (upper case, no spaces). */
  code: string;
  /** `national`: `D.DDDDDD` from the national database; `local`: a province's variant of it. */
  format: 'national' | 'local';
  /** The national part, e.g. `1.003560`. */
  nationalCode: string;
  /** For local codes, the level-1 code of the province or ministry, e.g. `H56`. */
  provinceCode?: string;
  /** For the long local form, the agency part in QCVN 102:2016 form, e.g. `000.00.00.H56`. */
  agencyCode?: string;
}

const PROCEDURE = /^(\d\.\d{6})(?:\.((?:\d{3}\.\d{2}\.\d{2}\.)?([A-Y]\d{2})))?$/;

/**
 * Parses a procedure code: the national form `1.004194`, the long local form
 * `1.003560.000.00.00.H56` or the short local form `2.002621.H56`.
 *
 * @throws {IdentifierError} `identifier.procedure-code.format`
 * @example
 * ```ts
 * parseProcedureCode('1.003560.000.00.00.H56')
 * // { code, format: 'local', nationalCode: '1.003560', provinceCode: 'H56', agencyCode: '000.00.00.H56' }
 * ```
 */
export function parseProcedureCode(value: string): ProcedureCode {
  const code = requireString(value).trim().toUpperCase();
  const match = PROCEDURE.exec(code);
  if (!match) throw new IdentifierError('identifier.procedure-code.format');
  const [, nationalCode, local, provinceCode] = match as unknown as [
    string,
    string,
    string | undefined,
    string | undefined,
  ];
  if (local === undefined || provinceCode === undefined) return { code, format: 'national', nationalCode };
  const parsed: ProcedureCode = { code, format: 'local', nationalCode, provinceCode };
  if (local !== provinceCode) parsed.agencyCode = local;
  return parsed;
}

/**
 * Whether `value` is a national or local procedure code (never throws).
 *
 * @example isValidProcedureCode('2.002621.H56') // true
 */
export function isValidProcedureCode(value: unknown): boolean {
  return accepts(parseProcedureCode, value);
}
