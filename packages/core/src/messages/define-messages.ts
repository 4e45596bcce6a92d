import type { Language } from '../errors/dvc-error';
import { formatMessage } from './format';
import type { MessageParams } from './types';

/**
 * A text in every language DVC Kit ships: Vietnamese first, English second. The one name for
 * this shape — errors carry one (`DvcError#messages`), message books return one.
 *
 * @example const notFound: Localized = { vi: 'Không tìm thấy hồ sơ.', en: 'Dossier not found.' };
 */
export interface Localized {
  /** Vietnamese — shown to citizens by default. */
  vi: string;
  /** English. */
  en: string;
}

/** The texts of one area, by language: `vi` names the codes, `en` must give every one of them. */
export interface MessageTexts<Code extends string> {
  readonly vi: Readonly<Record<Code, string>>;
  readonly en: Readonly<Record<Code, string>>;
}

/**
 * One area's messages (a package's errors, a widget's labels…), made by {@link defineMessages}.
 * Codes are typed: a misspelt code does not compile. Arguments always come in the order
 * `(code, params, language)`.
 */
export interface MessageBook<Code extends string> {
  /** The texts as given, for catalogues and tests. */
  readonly texts: MessageTexts<Code>;
  /** Every code of the book. */
  readonly codes: readonly Code[];
  /** Whether `code` is one of this book's codes (for codes that arrive as plain strings). */
  has(code: string): code is Code;
  /** The message in both languages, placeholders filled. */
  localize(code: Code, params?: MessageParams): Localized;
  /** The message in one language, placeholders filled (falls back to Vietnamese). */
  localize(code: Code, params: MessageParams | undefined, language: Language): string;
}

/**
 * Defines one area's messages in Vietnamese and English. Placeholders are written `{name}` and
 * filled from `params`; one left without a value stays visible rather than vanishing
 * (see {@link formatMessage}).
 *
 * @example
 * ```ts
 * const messages = defineMessages({
 *   vi: { 'lookup.not-found': 'Không tìm thấy hồ sơ {code}.' },
 *   en: { 'lookup.not-found': 'Dossier {code} was not found.' },
 * });
 * messages.localize('lookup.not-found', { code: 'H66-1' });
 * // { vi: 'Không tìm thấy hồ sơ H66-1.', en: 'Dossier H66-1 was not found.' }
 * messages.localize('lookup.not-found', { code: 'H66-1' }, 'en'); // 'Dossier H66-1 was not found.'
 * ```
 */
export function defineMessages<const Vi extends Readonly<Record<string, string>>>(texts: {
  readonly vi: Vi;
  readonly en: Readonly<Record<keyof Vi & string, string>>;
}): MessageBook<keyof Vi & string> {
  type Code = keyof Vi & string;
  const codes = Object.keys(texts.vi) as Code[];
  const known = new Set<string>(codes);
  const one = (code: Code, params: MessageParams | undefined, language: Language): string =>
    formatMessage((language === 'en' ? texts.en[code] : undefined) ?? texts.vi[code] ?? code, params);
  function localize(code: Code, params?: MessageParams): Localized;
  function localize(code: Code, params: MessageParams | undefined, language: Language): string;
  function localize(code: Code, params?: MessageParams, language?: Language): Localized | string {
    return language ? one(code, params, language) : { vi: one(code, params, 'vi'), en: one(code, params, 'en') };
  }
  return { texts, codes, has: (code: string): code is Code => known.has(code), localize };
}
