import { gatewayError } from '../errors/gateway-error';
import type { FieldProblem } from '../errors/gateway-error';
import { httpMessages } from './messages';

/**
 * Characters refused in text: NUL and the other C0 controls except tab, line feed and
 * carriage return (multi-line fields need them), DEL, the C1 controls, and the bidi
 * embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) that make text read
 * differently from how it is stored ("Trojan Source"). Combining marks, Vietnamese letters
 * and apostrophes (H'Nhi Niê, Ê Đê names) are ordinary text.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Whether `text` has no unpaired UTF-16 surrogate (it can be encoded as UTF-8). */
export const isWellFormed = (text: string) => !LONE_SURROGATE.test(text);

/** Whether `text` is acceptable (no forbidden character, no lone surrogate). */
export function isCleanText(text: string): boolean {
  return !FORBIDDEN.test(text) && isWellFormed(text);
}

const MESSAGES = httpMessages.localize('request.invalid-text');

/**
 * A copy of parsed JSON with every string (keys too) normalised to NFC, so "ê" typed as
 * e + combining marks equals the precomposed letter the portal expects. Throws one 422
 * `request.invalid-text` listing every offending field; nothing is stored or forwarded.
 *
 * @example
 * ```ts
 * cleanJson({ fullName: 'H\u0027Nhi Nie\u0302' }) // { fullName: "H'Nhi Niê" }
 * cleanJson({ fullName: 'A\u202eB' })             // throws 422
 * ```
 */
export function cleanJson(value: unknown): unknown {
  const problems: FieldProblem[] = [];
  const walk = (v: unknown, path: string): unknown => {
    if (typeof v === 'string') {
      if (!isCleanText(v)) problems.push({ path, code: 'request.invalid-text', messages: MESSAGES });
      return isWellFormed(v) ? v.normalize('NFC') : v;
    }
    if (Array.isArray(v)) return v.map((item, i) => walk(item, path === '' ? String(i) : `${path}.${i}`));
    if (v !== null && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(v)) {
        const child = path === '' ? key : `${path}.${key}`;
        if (!isCleanText(key)) problems.push({ path: child, code: 'request.invalid-text', messages: MESSAGES });
        out[isWellFormed(key) ? key.normalize('NFC') : key] = walk(item, child);
      }
      return out;
    }
    return v;
  };
  const cleaned = walk(value, '');
  if (problems.length > 0) throw gatewayError(httpMessages, 'request.invalid-text', { status: 422, errors: problems });
  return cleaned;
}
