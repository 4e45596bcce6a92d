import { toVietnamTime } from '@dvc-kit/core';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * ISO 8601 in Vietnam time with its offset, as the public API writes dates.
 *
 * @example isoVietnam(new Date('2025-07-01T01:30:00Z')) // '2025-07-01T08:30:00+07:00'
 */
export function isoVietnam(date: Date): string {
  const t = toVietnamTime(date);
  return `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}+07:00`;
}
