import type { MessageParam } from './messages';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2025-07-01` → vi `01/07/2025`, en `1 July 2025` (message placeholders). */
export function dateParam(isoDate: string): MessageParam {
  const [y, m, d] = isoDate.split('-');
  return { vi: `${d}/${m}/${y}`, en: `${Number(d)} ${MONTHS[Number(m) - 1] ?? m} ${y}` };
}

/** 10485760 → `10 MB` (vi `1,5 MB` uses a decimal comma). */
export function bytesParam(bytes: number): MessageParam {
  const [value, unit] = bytes >= 1_048_576 ? [bytes / 1_048_576, 'MB'] : [bytes / 1024, 'KB'];
  const text = String(Math.round(value * 10) / 10);
  return { vi: `${text.replace('.', ',')} ${unit}`, en: `${text} ${unit}` };
}

const friendlyType = (mime: string): string => {
  const sub = mime.split('/')[1] ?? mime;
  if (sub === '*') return mime.split('/')[0] ?? mime;
  return (sub === 'jpeg' ? 'jpg' : sub.replace(/^.*[.+]/, '')).toUpperCase();
};

/** `['application/pdf', 'image/jpeg']` → vi `PDF hoặc JPG`, en `PDF or JPG`. */
export function acceptParam(accept: readonly string[]): MessageParam {
  const names = [...new Set(accept.map(friendlyType))];
  const join = (word: string) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} ${word} ${names.at(-1)}`);
  return { vi: join('hoặc'), en: join('or') };
}
