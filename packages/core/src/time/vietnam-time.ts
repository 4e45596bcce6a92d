/**
 * Vietnam keeps one fixed offset, UTC+7 (Asia/Ho_Chi_Minh, no daylight saving
 * since 1975), so civil time there is computed arithmetically — the host's time
 * zone never matters and no `Intl` time-zone data is needed in a browser bundle.
 */
export const VIETNAM_OFFSET_MINUTES = 7 * 60;

const OFFSET_MS = VIETNAM_OFFSET_MINUTES * 60_000;

/** A civil date-time in Vietnam (month 1–12). */
export interface VietnamDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
}

/** The civil date and time in Vietnam at the instant `date`. */
export function toVietnamTime(date: Date): VietnamDateTime {
  const shifted = new Date(date.getTime() + OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    weekday: shifted.getUTCDay(),
  };
}

/** The instant at which Vietnam's civil clock shows the given date and time. */
export function fromVietnamTime(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): Date {
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second) - OFFSET_MS);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * Formats an instant the way the portal's wire does: `yyyyMMddHHmmss` in Vietnam time.
 *
 * @example formatWireDate(new Date('2025-07-01T01:30:00Z')) // '20250701083000'
 */
export function formatWireDate(date: Date): string {
  const t = toVietnamTime(date);
  return `${pad(t.year, 4)}${pad(t.month)}${pad(t.day)}${pad(t.hour)}${pad(t.minute)}${pad(t.second)}`;
}

const WIRE_DATE = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/;

/**
 * Parses a wire date `yyyyMMddHHmmss` (Vietnam time). Returns `undefined` for a
 * string that is not one, including impossible dates such as `20250230000000`.
 */
export function parseWireDate(value: string): Date | undefined {
  const m = WIRE_DATE.exec(value);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return undefined;
  const date = fromVietnamTime(year, month, day, hour, minute, second);
  const back = toVietnamTime(date);
  if (back.year !== year || back.month !== month || back.day !== day) return undefined;
  return date;
}

/** The calendar date in Vietnam as `yyyy-MM-dd`, for comparing days. */
export function vietnamDateKey(date: Date): string {
  const t = toVietnamTime(date);
  return `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}`;
}
