import { DvcError } from '../errors/dvc-error';
import type { Localized } from '../messages/define-messages';
import type { MessageParams } from '../messages/types';
import { wireMessages } from './messages';

// Wire messages only, so decoding does not pull every catalogue into a bundle.
// Codes arrive as strings (from zod issues); an unknown one shows as itself.
const translate = (code: string, params: MessageParams | undefined, language: 'vi' | 'en'): string =>
  wireMessages.has(code) ? wireMessages.localize(code, params, language) : code;
const localize = (code: string, params?: MessageParams): Localized => ({
  vi: translate(code, params, 'vi'),
  en: translate(code, params, 'en'),
});

/** One field that failed to decode (or encode). */
export interface WireIssue {
  /** Where, in wire field names: `TaiLieuNop[0].NgayBoSung`; `''` for the whole payload. */
  path: string;
  /** Stable code, e.g. `wire.required`, `wire.date`, `wire.too-long`. */
  code: string;
  /** What is wrong, in Vietnamese and English. */
  messages: Localized;
}

/**
 * A portal payload did not decode (`code` `wire.format`), or a model could not be
 * written in the portal's format (`code` `wire.model`). `issues` lists every bad field.
 *
 * @example
 * try { decodeWire(dossierCodec, body) } catch (e) {
 *   if (e instanceof WireFormatError) console.log(e.issues.map((i) => i.path)); // ['NgayTiepNhan']
 * }
 */
export class WireFormatError extends DvcError {
  /** Every bad field, in wire field names. */
  readonly issues: readonly WireIssue[];

  constructor(code: 'wire.format' | 'wire.model', issues: readonly WireIssue[], options: { cause?: unknown } = {}) {
    const details = (language: 'vi' | 'en') =>
      issues
        .slice(0, 3)
        .map((i) => i.messages[language])
        .join(' ') + (issues.length > 3 ? ` (+${issues.length - 3})` : '');
    super(
      code,
      { vi: translate(code, { details: details('vi') }, 'vi'), en: translate(code, { details: details('en') }, 'en') },
      options,
    );
    this.name = 'WireFormatError';
    this.issues = issues;
  }
}

/** Marks "no raw payload" for {@link toWireIssues} (encoding a model). */
export const NO_INPUT: unique symbol = Symbol('no-input');

/** The part of a zod issue this module reads. */
interface ZodIssueLike {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: string;
  maximum?: number | bigint;
}

/** `['TaiLieuNop', 0, 'NgayBoSung']` → `TaiLieuNop[0].NgayBoSung`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out === '' ? String(key) : `${out}.${String(key)}`),
    '',
  );
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * Turns zod issues into {@link WireIssue}s. When decoding, `input` (the raw payload)
 * tells a missing field from a wrong one; pass `NO_INPUT` when encoding.
 */
export function toWireIssues(issues: readonly ZodIssueLike[], input: unknown): WireIssue[] {
  return issues.map((issue) => {
    const path = formatIssuePath(issue.path);
    const shown = path === '' ? '$' : path;
    let code = 'wire.invalid';
    const params: Record<string, string | number> = { path: shown };
    if (issue.message.startsWith('wire.')) {
      code = issue.message;
      if (issue.maximum !== undefined) params.maximum = Number(issue.maximum);
    } else if (issue.code === 'invalid_type') {
      if (input !== NO_INPUT && valueAt(input, issue.path) === undefined) code = 'wire.required';
      else {
        code = 'wire.type';
        const expected = `wire.expected.${issue.expected ?? 'string'}`;
        return {
          path,
          code,
          messages: {
            vi: translate(code, { ...params, expected: translate(expected, undefined, 'vi') }, 'vi'),
            en: translate(code, { ...params, expected: translate(expected, undefined, 'en') }, 'en'),
          },
        };
      }
    }
    return { path, code, messages: localize(code, params) };
  });
}
