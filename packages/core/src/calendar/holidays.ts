import type { Localized } from '../messages/define-messages';
import { dayKey, dayNumber, keyDay, weekdayOf } from './day';
import { lunarNewYear, lunarToSolar } from './lunar';

/** What a public holiday is for. */
export type HolidayKind =
  'new-year' | 'tet' | 'hung-kings' | 'reunification' | 'labour' | 'national-day' | 'compensatory';

/** A day off for everyone (ngày nghỉ lễ, tết) — the `NgayNghi` table of one-stop systems. */
export interface PublicHoliday {
  /** The Vietnam calendar date, `yyyy-MM-dd`. */
  date: string;
  kind: HolidayKind;
  name: Localized;
}

/** Options of {@link publicHolidays}. */
export interface PublicHolidayOptions {
  /**
   * Which day next to National Day (2/9) is off. Article 112 of the Labour Code
   * 2019 gives "2/9 and one day before or after"; the government names it every year.
   * @default 'before' (1/9)
   */
  nationalDayAdjacent?: 'before' | 'after';
  /**
   * Add a compensatory day off (nghỉ bù) on the next working day for every holiday
   * that falls on a Saturday or Sunday (Labour Code 2019, art. 112(3)). Turn it off
   * when the deployment lists the year's days off itself.
   * @default true
   */
  compensate?: boolean;
}

const NAMES: Record<Exclude<HolidayKind, 'tet'>, Localized> = {
  'new-year': { vi: 'Tết Dương lịch', en: "New Year's Day" },
  'hung-kings': { vi: 'Giỗ Tổ Hùng Vương', en: "Hùng Kings' Commemoration" },
  reunification: { vi: 'Ngày Chiến thắng', en: 'Reunification Day' },
  labour: { vi: 'Ngày Quốc tế lao động', en: 'International Labour Day' },
  'national-day': { vi: 'Quốc khánh', en: 'National Day' },
  compensatory: { vi: 'Nghỉ bù', en: 'Compensatory day off' },
};

const TET_NAMES: Localized[] = [
  { vi: 'Tất niên (ngày cuối năm âm lịch)', en: 'Lunar New Year’s Eve' },
  { vi: 'Mùng 1 Tết', en: 'Lunar New Year, day 1' },
  { vi: 'Mùng 2 Tết', en: 'Lunar New Year, day 2' },
  { vi: 'Mùng 3 Tết', en: 'Lunar New Year, day 3' },
  { vi: 'Mùng 4 Tết', en: 'Lunar New Year, day 4' },
];

/**
 * The public holidays of a year under article 112 of the Labour Code 2019 (11 days):
 * 1/1; Tết — the last day of the lunar year and the 1st–4th of the new year (5 days);
 * the Hùng Kings' day (10/3 lunar); 30/4; 1/5; 2/9 and the day before it (or after,
 * see options). Holidays on a weekend get a compensatory day off unless turned off.
 * The government's yearly decision may move days further: pass them to
 * {@link createWorkCalendar} as `extraDaysOff` and `makeUpWorkingDays`.
 *
 * @example
 * ```ts
 * publicHolidays(2026).map((h) => h.date)
 * // ['2026-01-01', '2026-02-16', '2026-02-17', …, '2026-04-26', '2026-04-27' (nghỉ bù), '2026-04-30', …]
 * ```
 */
export function publicHolidays(year: number, options: PublicHolidayOptions = {}): PublicHoliday[] {
  const fixed = (month: number, day: number, kind: Exclude<HolidayKind, 'tet'>): PublicHoliday => ({
    date: dayKey(dayNumber(year, month, day)),
    kind,
    name: NAMES[kind],
  });
  const tet = keyDay(lunarNewYear(year));
  const holidays: PublicHoliday[] = [
    fixed(1, 1, 'new-year'),
    ...TET_NAMES.map((name, i) => ({ date: dayKey(tet - 1 + i), kind: 'tet' as const, name })),
    { date: lunarToSolar(year, 3, 10), kind: 'hung-kings', name: NAMES['hung-kings'] },
    fixed(4, 30, 'reunification'),
    fixed(5, 1, 'labour'),
    options.nationalDayAdjacent === 'after' ? fixed(9, 3, 'national-day') : fixed(9, 1, 'national-day'),
    fixed(9, 2, 'national-day'),
  ];
  holidays.sort((a, b) => (a.date < b.date ? -1 : 1));
  if (options.compensate === false) return holidays;

  const taken = new Set(holidays.map((h) => h.date));
  const compensatory: PublicHoliday[] = [];
  for (const holiday of holidays) {
    const day = keyDay(holiday.date);
    if (weekdayOf(day) !== 0 && weekdayOf(day) !== 6) continue;
    let next = day + 1;
    while (weekdayOf(next) === 0 || weekdayOf(next) === 6 || taken.has(dayKey(next))) next++;
    taken.add(dayKey(next));
    compensatory.push({ date: dayKey(next), kind: 'compensatory', name: NAMES.compensatory });
  }
  return [...holidays, ...compensatory].sort((a, b) => (a.date < b.date ? -1 : 1));
}
