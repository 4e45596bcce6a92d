import type { MessageParams } from './types';

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Fills `{name}` placeholders from `params`. A placeholder without a value (absent or
 * `undefined`) stays as written, so a missing parameter shows in the text instead of
 * vanishing. The one placeholder filler of DVC Kit: the client, the CLI and the widgets use it.
 *
 * @example formatMessage('Hồ sơ {code} không tồn tại.', { code: 'H66-1' }) // 'Hồ sơ H66-1 không tồn tại.'
 */
export function formatMessage(template: string, params?: MessageParams): string {
  if (params === undefined) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    return value === undefined ? whole : String(value);
  });
}
