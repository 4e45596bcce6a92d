import { VIETNAM_OFFSET_MINUTES, vietnamDateKey } from '../time/vietnam-time';
import { CalendarError } from './calendar-error';
import { dayKey, keyDay, weekdayOf } from './day';
import { publicHolidays, type PublicHolidayOptions } from './holidays';

/** A working shift (ca làm việc) in Vietnam time, `HH:mm`. */
export interface WorkShift {
  start: string;
  end: string;
}

/** Options of {@link createWorkCalendar}. */
export interface WorkCalendarOptions {
  /**
   * The holidays: options for the statutory list of {@link publicHolidays}, or a
   * function giving a year's days off (`yyyy-MM-dd`) to use instead of it.
   * @default {} (the statutory list with compensatory days, 1/9 next to National Day)
   */
  holidays?: PublicHolidayOptions | ((year: number) => readonly string[]);
  /** Further days off from the government's yearly decision (`yyyy-MM-dd`), e.g. bridging days. @default [] */
  extraDaysOff?: readonly string[];
  /** Days worked although they are weekend days or days off (ngày làm bù), `yyyy-MM-dd`. @default [] */
  makeUpWorkingDays?: readonly string[];
  /**
   * The day's working shifts in Vietnam time, in order.
   * @default [{ start: '07:00', end: '11:30' }, { start: '13:30', end: '17:00' }] (8 hours)
   */
  shifts?: readonly WorkShift[];
  /** Weekly days off, 0 = Sunday … 6 = Saturday. @default [0, 6] */
  weekend?: readonly number[];
}

/** A working-time calendar (lịch làm việc): which days are worked and when. */
export interface WorkCalendar {
  /** Whether the Vietnam calendar date of an instant, or a `yyyy-MM-dd` date, is a working day. */
  isWorkingDay(date: Date | string): boolean;
  /** The shifts as milliseconds after midnight, Vietnam time. */
  readonly shifts: readonly { start: number; end: number }[];
  /** Working hours in a day (sum of the shifts). */
  readonly hoursPerDay: number;
}

/** The default one-stop shifts: 07:00–11:30 and 13:30–17:00. */
export const DEFAULT_SHIFTS: readonly WorkShift[] = [
  { start: '07:00', end: '11:30' },
  { start: '13:30', end: '17:00' },
];

const MS_PER_MINUTE = 60_000;
const DATE_KEY = /^\d{4}-\d{2}-\d{2}$/;

function parseClock(value: string): number {
  const match = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(value);
  const minutes = match ? Number(match[1]) * 60 + Number(match[2]) : NaN;
  if (!(minutes <= 24 * 60)) throw new CalendarError('calendar.shift.invalid');
  return minutes * MS_PER_MINUTE;
}

/** The `yyyy-MM-dd` key of an instant (Vietnam date) or a checked key. */
export function toDateKey(date: Date | string): string {
  if (typeof date === 'string') {
    if (!DATE_KEY.test(date) || dayKey(keyDay(date)) !== date) throw new CalendarError('calendar.date.invalid');
    return date;
  }
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) throw new CalendarError('calendar.date.invalid');
  return vietnamDateKey(date);
}

/**
 * Creates a working-time calendar: weekends, the statutory holidays (or your own
 * list), the government's yearly extra days off and make-up working days, and the
 * day's shifts. Pass it to {@link dueDate}, {@link workingDaysBetween}.
 *
 * @throws {CalendarError} `calendar.shift.invalid` | `calendar.date.invalid`
 * @example
 * ```ts
 * // Tết 2026 per the 2026 decision: extra day off, one Saturday worked to make up for it.
 * const calendar = createWorkCalendar({ extraDaysOff: ['2026-02-23'], makeUpWorkingDays: ['2026-03-07'] });
 * calendar.isWorkingDay('2026-03-07') // true
 * ```
 */
export function createWorkCalendar(options: WorkCalendarOptions = {}): WorkCalendar {
  const shifts = (options.shifts ?? DEFAULT_SHIFTS).map((s) => ({
    start: parseClock(s.start),
    end: parseClock(s.end),
  }));
  if (
    shifts.length === 0 ||
    shifts.some((s, i) => s.end <= s.start || (i > 0 && s.start < (shifts[i - 1] as { end: number }).end))
  ) {
    throw new CalendarError('calendar.shift.invalid');
  }
  const weekend = new Set(options.weekend ?? [0, 6]);
  const extra = new Set((options.extraDaysOff ?? []).map(toDateKey));
  const makeUp = new Set((options.makeUpWorkingDays ?? []).map(toDateKey));
  const source = options.holidays;
  const byYear = new Map<number, Set<string>>();
  const holidaysOf = (year: number): Set<string> => {
    let set = byYear.get(year);
    if (!set) {
      set = new Set(typeof source === 'function' ? source(year) : publicHolidays(year, source).map((h) => h.date));
      byYear.set(year, set);
    }
    return set;
  };
  const hoursPerDay = shifts.reduce((sum, s) => sum + s.end - s.start, 0) / (60 * MS_PER_MINUTE);
  return {
    shifts,
    hoursPerDay,
    isWorkingDay(date) {
      const key = toDateKey(date);
      if (makeUp.has(key)) return true;
      if (extra.has(key) || weekend.has(weekdayOf(keyDay(key)))) return false;
      return !holidaysOf(Number(key.slice(0, 4))).has(key);
    },
  };
}

let defaultCalendar: WorkCalendar | undefined;

/** The calendar used when none is given: `createWorkCalendar()` with every default. */
export function defaultWorkCalendar(): WorkCalendar {
  defaultCalendar ??= createWorkCalendar();
  return defaultCalendar;
}

/** Vietnam's offset in milliseconds, for turning (day, ms after midnight) into an instant. */
export const OFFSET_MS = VIETNAM_OFFSET_MINUTES * MS_PER_MINUTE;
