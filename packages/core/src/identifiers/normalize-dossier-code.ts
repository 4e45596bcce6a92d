import { isValidDossierCode } from './dossier-code';

/** Hyphen-like characters a phone keyboard, a word processor or a PDF copy may put in a code. */
const DASHES = /[\u2010-\u2015\u2212\u2043\uFE58\uFE63\uFF0D\u00AD_]/g;
/** Dot-like characters (ideographic full stop, middle dot, comma typed for a dot). */
const DOTS = /[\u3002\u00B7\u2024\uFF0E,]/g;
/** Spaces of every kind and invisible characters (zero-width joiners, BOM). */
const INVISIBLE = /[\s\u200B-\u200D\u2060\uFEFF]/g;

/**
 * VNI typing turns a vowel followed by a digit into a marked vowel ("A1" → "Á"): each
 * combining mark maps back to the digit that made it.
 */
const VNI_DIGIT: Record<string, string> = {
  '\u0301': '1',
  '\u0300': '2',
  '\u0309': '3',
  '\u0303': '4',
  '\u0323': '5',
  '\u0302': '6',
  '\u031B': '7',
  '\u0306': '8',
};
/** Telex makes the same marks from letters ("AS" → "Á"); a dossier code has no such letters, so they are dropped. */
const MARKS = /[\u0300-\u036f]/g;

const cleaned = (input: string) =>
  input.normalize('NFKC').replace(INVISIBLE, '').replace(DASHES, '-').replace(DOTS, '.').toUpperCase();

/** Undoes VNI: every mark becomes its digit after the base letter; Đ (VNI "D9") becomes "D9". */
const undoVni = (code: string) =>
  code
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, (mark) => VNI_DIGIT[mark] ?? '')
    .replace(/Đ/g, 'D9');

const fold = (code: string) => code.normalize('NFD').replace(MARKS, '').replace(/Đ/g, 'D');

/**
 * Puts a dossier code (mã hồ sơ) as a citizen typed or pasted it into its canonical form, so
 * the status look-up finds it however it was written: upper case; no spaces (also inside);
 * full-width and look-alike characters (`－`, `–`, `。`) made plain; and what Vietnamese
 * keyboards leave behind — with VNI typing, `a1` becomes `á`, so a marked letter is read back
 * as the letter and its digit when that gives a well-formed code; any other mark is dropped.
 * The widget and the gateway both use it; it never throws and never invents a code (an input
 * that cannot be a code comes back cleaned, for the caller to reject).
 *
 * @example
 * ```ts
 * normalizeDossierCode(' 000.50.20.h66 - 250701 - 0007 ') // '000.50.20.H66-250701-0007'
 * normalizeDossierCode('000.50.20.Ｈ66－250701－0007')     // '000.50.20.H66-250701-0007'
 * ```
 */
export function normalizeDossierCode(input: string): string {
  const code = cleaned(typeof input === 'string' ? input : '');
  if (!/[^\x20-\x7E]/.test(code)) return code;
  const vni = undoVni(code);
  return isValidDossierCode(vni) ? vni : fold(code);
}
