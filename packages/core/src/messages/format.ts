import type { MessageParams } from './types';

const PLACEHOLDER = /\{(\w+)\}/g;

/** Fills `{name}` placeholders from `params`; placeholders without a value stay as written. */
export function formatMessage(template: string, params?: MessageParams): string {
  if (params === undefined) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}
