import type { LocalizedText } from '@dvc-kit/core';
import { localeChain } from './locale-registry';

/**
 * The text of a server-supplied `{ vi, en? }` value (procedure names, form labels) in
 * `lang`, following the language's fallback chain and ending with Vietnamese.
 *
 * @example
 * ```ts
 * localizedText({ vi: 'Đăng ký khai sinh', en: 'Birth registration' }, 'en'); // 'Birth registration'
 * localizedText({ vi: 'Đăng ký khai sinh' }, 'ede');                           // 'Đăng ký khai sinh'
 * ```
 */
export function localizedText(text: LocalizedText | undefined, lang: string): string {
  if (!text) return '';
  const record = text as unknown as Record<string, string | undefined>;
  for (const code of localeChain(lang)) if (record[code]) return record[code];
  return text.vi;
}
