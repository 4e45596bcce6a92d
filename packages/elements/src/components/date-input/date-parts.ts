import { isIsoDate } from '@dvc-kit/core';

/** Day, month and year as typed (digits only, possibly incomplete). */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

/** Why parts do not make a date, or `undefined` when they do. */
export type DatePartsProblem = 'incomplete' | 'invalid';

/** Splits an ISO date `yyyy-mm-dd` into parts (empty parts for anything else). */
export function partsFromIso(iso: string): DateParts {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? { year: m[1]!, month: String(Number(m[2])), day: String(Number(m[3])) } : { day: '', month: '', year: '' };
}

/** Reads `dd/mm/yyyy`, `dd-mm-yyyy`, `dd.mm.yyyy` or `dd mm yyyy` (e.g. pasted), else `undefined`. */
export function partsFromText(text: string): DateParts | undefined {
  const m = /^\s*(\d{1,2})[/.\-\s]+(\d{1,2})[/.\-\s]+(\d{4})\s*$/.exec(text);
  return m ? { day: m[1]!, month: m[2]!, year: m[3]! } : undefined;
}

/** The ISO date the parts make, or why they make none (calendar validity by core's `isIsoDate`). */
export function isoFromParts(parts: DateParts): string | DatePartsProblem {
  const { day, month, year } = parts;
  if (!day || !month || year.length !== 4) return 'incomplete';
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : 'invalid';
}

/** `yyyy-mm-dd` → `dd/mm/yyyy`, the way dates are written in Vietnam. */
export function displayDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
