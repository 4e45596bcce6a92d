import { DvcError } from '../errors/dvc-error';
import { calendarMessages, type CalendarErrorCode } from './messages';

/**
 * Thrown by the working-time functions for invalid input (bad shifts, dates or amounts).
 *
 * @example
 * ```ts
 * createWorkCalendar({ shifts: [{ start: '25:00', end: '26:00' }] }) // throws code 'calendar.shift.invalid'
 * ```
 */
export class CalendarError extends DvcError {
  /** Stable code, e.g. `calendar.shift.invalid`. */
  override readonly code: CalendarErrorCode;

  constructor(code: CalendarErrorCode) {
    super(code, calendarMessages.localize(code));
    this.name = 'CalendarError';
    this.code = code;
  }
}
