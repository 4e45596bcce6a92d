/**
 * Whole-day arithmetic on Vietnam calendar dates, as `yyyy-MM-dd` keys (the form
 * `vietnamDateKey` returns) or as day numbers counted from 1970-01-01.
 */
const MS_PER_DAY = 86_400_000;

/** Day number (days since 1970-01-01) of a civil date. */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/**
 * The `yyyy-MM-dd` key of a day number. Pure integer arithmetic (Hinnant's
 * civil-from-days): due-date counting calls this for every day it walks.
 */
export function dayKey(day: number): string {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** The day number of a `yyyy-MM-dd` key. */
export function keyDay(key: string): number {
  return dayNumber(Number(key.slice(0, 4)), Number(key.slice(5, 7)), Number(key.slice(8, 10)));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}
