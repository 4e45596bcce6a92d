import type { Language } from '../errors/dvc-error';
import { MESSAGES } from './catalogue';
import type { Localized } from './define-messages';
import { formatMessage } from './format';
import type { MessageParams } from './types';

/**
 * The message for `code` in `language`, with `{name}` placeholders filled from `params`.
 * Falls back to the Vietnamese text, then to the code itself, so a missing
 * translation shows something rather than nothing. Placeholders without a value stay as written.
 *
 * Arguments come in the order every message function of DVC Kit uses: `(code, params, language)`.
 *
 * @param language - defaults to `'vi'`.
 * @example
 * translate('status.processing')                              // 'Đang xử lý'
 * translate('wire.required', { path: 'MaHoSo' }, 'en')        // 'Field MaHoSo is missing.'
 */
export function translate(code: string, params?: MessageParams, language: Language = 'vi'): string {
  return formatMessage(MESSAGES[language]?.[code] ?? MESSAGES.vi[code] ?? code, params);
}

/**
 * The message for `code` in every shipped language — handy for building a `DvcError`.
 *
 * @example localize('wire.required', { path: 'MaHoSo' }) // { vi: 'Thiếu trường MaHoSo.', en: 'Field MaHoSo is missing.' }
 */
export function localize(code: string, params?: MessageParams): Localized {
  return { vi: translate(code, params, 'vi'), en: translate(code, params, 'en') };
}
