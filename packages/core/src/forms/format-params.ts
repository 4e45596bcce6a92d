import type { MessageParam } from './messages';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `2025-07-01` → vi `01/07/2025`, en `1 July 2025` (message placeholders). */
export function dateParam(isoDate: string): MessageParam {
  const [y, m, d] = isoDate.split('-');
  return { vi: `${d}/${m}/${y}`, en: `${Number(d)} ${MONTHS[Number(m) - 1] ?? m} ${y}` };
}

/** 10485760 → `10 MB` (vi `1,5 MB` uses a decimal comma). */
export function bytesParam(bytes: number): MessageParam {
  return { vi: formatFileSize(bytes, 'vi'), en: formatFileSize(bytes, 'en') };
}

/**
 * A file size as people read it, in the units limits are set in (binary: a "10 MB" limit is
 * 10 × 1024 × 1024 bytes), with one decimal at most and the language's decimal mark.
 *
 * @example
 * ```ts
 * formatFileSize(10 * 1024 * 1024)       // '10 MB'
 * formatFileSize(1_572_864, 'en')         // '1.5 MB'
 * formatFileSize(284_113)                 // '277 KB'
 * ```
 */
export function formatFileSize(bytes: number, language: 'vi' | 'en' | (string & {}) = 'vi'): string {
  const [value, unit, digits] =
    bytes >= 1_048_576 ? [bytes / 1_048_576, 'MB', 10] : bytes >= 1024 ? [bytes / 1024, 'KB', 1] : [bytes, 'B', 1];
  const text = String(Math.round(value * digits) / digits);
  return `${language === 'en' ? text : text.replace('.', ',')} ${unit}`;
}

const friendlyType = (mime: string): string => {
  const sub = mime.split('/')[1] ?? mime;
  if (sub === '*') return mime.split('/')[0] ?? mime;
  return (sub === 'jpeg' ? 'jpg' : sub.replace(/^.*[.+]/, '')).toUpperCase();
};

/** `['application/pdf', 'image/jpeg']` → vi `PDF hoặc JPG`, en `PDF or JPG`. */
export function acceptParam(accept: readonly string[]): MessageParam {
  const names = [...new Set(accept.map(friendlyType))];
  const join = (word: string) =>
    names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} ${word} ${names.at(-1)}`;
  return { vi: join('hoặc'), en: join('or') };
}
