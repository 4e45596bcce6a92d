import { formatWireDate, fromVietnamTime, toVietnamTime } from '../time/vietnam-time';
import { parseAgencyCode, type AgencyCode } from './agency-code';
import { IdentifierError, accepts, requireString } from './identifier-error';

/** A parsed dossier code (mã hồ sơ — wire: MaHoSo), `{agency}-{yyMMdd}-{NNNN}`. */
export interface DossierCode {
  /** The code as written canonically (upper case, no spaces). */
  code: string;
  /** The receiving agency (mã định danh đơn vị tiếp nhận), e.g. `000.00.06.H56`. */
  agency: AgencyCode;
  /** The Vietnam calendar date the dossier was received, `yyyy-MM-dd`. */
  receivedOn: string;
  /** The agency's daily sequence number (4 digits; 5-digit random suffixes are also read). */
  sequence: number;
}

const DOSSIER = /^(.+)-(\d{2})(\d{2})(\d{2})-(\d{4,5})$/;
const MAX_SEQUENCE = 9999;

/**
 * Parses a dossier code such as `000.00.06.H56-231027-0361`.
 *
 * @throws {IdentifierError} `identifier.dossier-code.format` | `identifier.dossier-code.date`
 * @example
 * ```ts
 * parseDossierCode('000.17.22.H56-210531-0001')
 * // { agency: { provinceCode: 'H56', … }, receivedOn: '2021-05-31', sequence: 1, … }
 * ```
 */
export function parseDossierCode(value: string): DossierCode {
  const code = requireString(value).trim().toUpperCase();
  const match = DOSSIER.exec(code);
  if (!match) throw new IdentifierError('identifier.dossier-code.format');
  const [, agencyPart, yy, mm, dd, sequence] = match as unknown as [string, string, string, string, string, string];
  let agency: AgencyCode;
  try {
    agency = parseAgencyCode(agencyPart);
  } catch {
    throw new IdentifierError('identifier.dossier-code.format');
  }
  const year = 2000 + Number(yy);
  const month = Number(mm);
  const day = Number(dd);
  const check = toVietnamTime(fromVietnamTime(year, month, day));
  if (month < 1 || month > 12 || day < 1 || check.month !== month || check.day !== day) {
    throw new IdentifierError('identifier.dossier-code.date');
  }
  if (Number(sequence) === 0) throw new IdentifierError('identifier.dossier-code.sequence');
  return { code, agency, receivedOn: `${year}-${mm}-${dd}`, sequence: Number(sequence) };
}

/**
 * Whether `value` is a well-formed dossier code (never throws).
 *
 * @example isValidDossierCode('000.00.06.H56-231027-0361') // true
 */
export function isValidDossierCode(value: unknown): boolean {
  return accepts(parseDossierCode, value);
}

/**
 * Builds the dossier code an agency gives the `sequence`-th dossier it receives
 * on the Vietnam calendar date of `receivedAt` (whatever the host's time zone).
 *
 * @throws {IdentifierError} `identifier.agency-code.format` | `identifier.dossier-code.sequence` (outside 1–9999)
 * @example
 * ```ts
 * formatDossierCode('000.00.06.H56', new Date('2023-10-27T03:00:00Z'), 361) // '000.00.06.H56-231027-0361'
 * ```
 */
export function formatDossierCode(agencyCode: string, receivedAt: Date, sequence: number): string {
  const agency = parseAgencyCode(agencyCode);
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > MAX_SEQUENCE) {
    throw new IdentifierError('identifier.dossier-code.sequence');
  }
  // yyMMdd of the wire date yyyyMMddHHmmss, which is already in Vietnam time.
  return `${agency.code}-${formatWireDate(receivedAt).slice(2, 8)}-${String(sequence).padStart(4, '0')}`;
}

/**
 * The next dossier code of an agency on the Vietnam calendar date of `receivedAt`,
 * given the last sequence number it used that day (0 when it has received none yet;
 * the counter restarts every day).
 *
 * @throws {IdentifierError} `identifier.dossier-code.sequence` when the day's 9999 codes are used up
 * @example
 * ```ts
 * nextDossierCode('000.00.06.H56', new Date('2023-10-27T16:59:00Z'), 0) // '000.00.06.H56-231027-0001'
 * ```
 */
export function nextDossierCode(agencyCode: string, receivedAt: Date, lastSequence: number): string {
  return formatDossierCode(agencyCode, receivedAt, lastSequence + 1);
}
