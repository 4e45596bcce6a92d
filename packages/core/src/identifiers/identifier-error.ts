import { DvcError } from '../errors/dvc-error';
import { identifierMessages, type IdentifierErrorCode } from './messages';

/**
 * Thrown by every `parseX` identifier function when the value is not a valid
 * identifier. `code` is stable (e.g. `identifier.tax-code.checksum`) and
 * `messages` holds the Vietnamese and English text for citizens and developers.
 * The rejected value is deliberately not kept: it may be personal data.
 *
 * @example
 * ```ts
 * try { parseTaxCode('0100109107') } catch (e) {
 *   if (e instanceof IdentifierError) console.log(e.code); // 'identifier.tax-code.checksum'
 * }
 * ```
 */
export class IdentifierError extends DvcError {
  /** Stable code, e.g. `identifier.tax-code.checksum`. */
  override readonly code: IdentifierErrorCode;

  constructor(code: IdentifierErrorCode) {
    super(code, identifierMessages.localize(code));
    this.name = 'IdentifierError';
    this.code = code;
  }
}

/** The string to parse, or an `identifier.not-a-string` error for anything else. */
export function requireString(value: unknown): string {
  if (typeof value !== 'string') throw new IdentifierError('identifier.not-a-string');
  return value;
}

/** Runs a parser and reports whether it accepted the value (never throws). */
export function accepts(parse: (value: string) => unknown, value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    parse(value);
    return true;
  } catch (error) {
    if (error instanceof IdentifierError) return false;
    throw error;
  }
}
