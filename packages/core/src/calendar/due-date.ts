import { CalendarError } from './calendar-error';
import { dayKey, keyDay } from './day';
import { OFFSET_MS, defaultWorkCalendar, toDateKey, type WorkCalendar } from './work-calendar';

/** How a time limit (thời hạn giải quyết) is counted. */
export type TimeLimitUnit = 'working-days' | 'working-hours' | 'calendar-days';

/** Options of the working-time functions. */
export interface WorkingTimeOptions {
  /** The calendar to count on. @default createWorkCalendar() — statutory holidays, Mon–Fri, 07:00–11:30 and 13:30–17:00 */
  calendar?: WorkCalendar;
}

const MS_PER_DAY = 86_400_000;
/** Counting stops after this many days without working time (a calendar with no working days). */
const MAX_IDLE_DAYS = 800;

function checkedInstant(date: Date): number {
  const time = date instanceof Date ? date.getTime() : NaN;
  if (Number.isNaN(time)) throw new CalendarError('calendar.date.invalid');
  return time;
}

/** Working time from an instant: the moment `ms` of working time has passed. */
function addWorkingTime(from: number, ms: number, calendar: WorkCalendar): Date {
  const local = from + OFFSET_MS;
  let day = Math.floor(local / MS_PER_DAY);
  let position = local - day * MS_PER_DAY;
  let remaining = ms;
  for (let idle = 0; idle < MAX_IDLE_DAYS; day++, position = 0) {
    if (!calendar.isWorkingDay(dayKey(day))) {
      idle++;
      continue;
    }
    idle = 0;
    for (const shift of calendar.shifts) {
      if (shift.end <= position) continue;
      const start = Math.max(shift.start, position);
      if (remaining <= shift.end - start) return new Date(day * MS_PER_DAY + start + remaining - OFFSET_MS);
      remaining -= shift.end - start;
    }
  }
  throw new CalendarError('calendar.no-working-time');
}

/**
 * The due date (ngày hẹn trả — wire: NgayHenTra) of a dossier received at `receivedAt`
 * with a time limit of `amount` units, counted the way one-stop systems do:
 * - `working-hours`: working time within the shifts, skipping weekends and days off;
 *   intake before opening, at lunch or after closing starts at the next shift;
 * - `working-days`: `amount` × the working hours of a day (8 h by default), counted
 *   the same way — 1 working day from Monday 15:00 is Tuesday 15:00;
 * - `calendar-days`: `amount` calendar days later at the same time; when that day is
 *   not a working day, the close of the next working day.
 * Everything is in Vietnam time whatever the host's time zone.
 *
 * @throws {CalendarError} `calendar.amount.invalid` | `calendar.date.invalid`
 * @example
 * ```ts
 * // Received Friday 16:00 (Vietnam), 1 working day: due Monday 16:00.
 * dueDate(new Date('2025-06-06T09:00:00Z'), 1, 'working-days') // 2025-06-09T09:00:00Z
 * ```
 */
export function dueDate(receivedAt: Date, amount: number, unit: TimeLimitUnit, options: WorkingTimeOptions = {}): Date {
  const calendar = options.calendar ?? defaultWorkCalendar();
  const from = checkedInstant(receivedAt);
  if (!(amount >= 0) || !Number.isFinite(amount)) throw new CalendarError('calendar.amount.invalid');
  if (unit === 'calendar-days') {
    const local = from + OFFSET_MS + Math.ceil(amount) * MS_PER_DAY;
    let day = Math.floor(local / MS_PER_DAY);
    if (calendar.isWorkingDay(dayKey(day))) return new Date(local - OFFSET_MS);
    for (let i = 0; i < MAX_IDLE_DAYS && !calendar.isWorkingDay(dayKey(day)); i++) day++;
    const close = calendar.shifts[calendar.shifts.length - 1]?.end ?? 0;
    return new Date(day * MS_PER_DAY + close - OFFSET_MS);
  }
  const hours = unit === 'working-days' ? amount * calendar.hoursPerDay : amount;
  return addWorkingTime(from, Math.round(hours * 3_600_000), calendar);
}

/**
 * The number of working days after the Vietnam date of `from` up to and including
 * the date of `to` (negative when `to` is earlier) — e.g. the working days left
 * until a due date. Accepts instants or `yyyy-MM-dd` dates.
 *
 * @example
 * ```ts
 * workingDaysBetween('2025-06-06', '2025-06-10') // 2 (Mon 9, Tue 10; the weekend is skipped)
 * ```
 */
export function workingDaysBetween(from: Date | string, to: Date | string, options: WorkingTimeOptions = {}): number {
  const calendar = options.calendar ?? defaultWorkCalendar();
  const a = keyDay(toDateKey(from));
  const b = keyDay(toDateKey(to));
  const [low, high, sign] = a <= b ? [a, b, 1] : [b, a, -1];
  let count = 0;
  for (let day = low + 1; day <= high; day++) if (calendar.isWorkingDay(dayKey(day))) count++;
  return sign * count;
}
