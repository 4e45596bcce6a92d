import { afterEach, describe, expect, it } from 'vitest';
import { fromVietnamTime } from '../time/vietnam-time';
import { dueDate, workingDaysBetween } from './due-date';
import { classifyTimeliness } from './timeliness';
import { createWorkCalendar } from './work-calendar';

const vn = fromVietnamTime;

describe('dueDate', () => {
  it('skips weekends and the five days of Tết', () => {
    // Friday 13/2/2026 10:00: 5 h left that day; Tết is Mon 16 – Fri 20; next working day Mon 23.
    expect(dueDate(vn(2026, 2, 13, 10), 1, 'working-days')).toEqual(vn(2026, 2, 23, 10));
    expect(dueDate(vn(2026, 2, 13, 10), 3, 'working-days')).toEqual(vn(2026, 2, 25, 10));
  });

  it('counts working hours over the shifts, lunch excluded', () => {
    expect(dueDate(vn(2025, 6, 9, 7), 8, 'working-hours')).toEqual(vn(2025, 6, 9, 17));
    expect(dueDate(vn(2025, 6, 9, 10), 2, 'working-hours')).toEqual(vn(2025, 6, 9, 14));
    expect(dueDate(vn(2025, 6, 9, 7), 4.5, 'working-hours')).toEqual(vn(2025, 6, 9, 11, 30));
  });

  it('starts after-hours intake the next morning and lunch intake at 13:30', () => {
    expect(dueDate(vn(2025, 6, 9, 18), 4, 'working-hours')).toEqual(vn(2025, 6, 10, 11));
    expect(dueDate(vn(2025, 6, 13, 17, 30), 1, 'working-hours')).toEqual(vn(2025, 6, 16, 8)); // Friday evening → Monday
    expect(dueDate(vn(2025, 6, 9, 12), 2, 'working-hours')).toEqual(vn(2025, 6, 9, 15, 30));
    expect(dueDate(vn(2025, 6, 9, 6), 1, 'working-hours')).toEqual(vn(2025, 6, 9, 8));
  });

  it('honours make-up Saturdays and extra days off', () => {
    const calendar = createWorkCalendar({ makeUpWorkingDays: ['2025-06-14'], extraDaysOff: ['2025-06-16'] });
    expect(dueDate(vn(2025, 6, 13, 16), 2, 'working-hours', { calendar })).toEqual(vn(2025, 6, 14, 8));
    expect(dueDate(vn(2025, 6, 14, 16), 2, 'working-hours', { calendar })).toEqual(vn(2025, 6, 17, 8));
    expect(dueDate(vn(2025, 6, 13, 16), 2, 'working-hours')).toEqual(vn(2025, 6, 16, 8));
  });

  it('uses custom shifts', () => {
    const calendar = createWorkCalendar({
      shifts: [
        { start: '08:00', end: '12:00' },
        { start: '13:00', end: '17:00' },
      ],
    });
    expect(calendar.hoursPerDay).toBe(8);
    expect(dueDate(vn(2025, 6, 9, 11), 2, 'working-hours', { calendar })).toEqual(vn(2025, 6, 9, 14));
  });

  it('moves a calendar-day deadline off a day off', () => {
    expect(dueDate(vn(2025, 6, 9, 9), 3, 'calendar-days')).toEqual(vn(2025, 6, 12, 9));
    expect(dueDate(vn(2025, 6, 9, 9), 5, 'calendar-days')).toEqual(vn(2025, 6, 16, 17)); // Saturday → Monday close
  });

  it('rejects bad input with CalendarError', () => {
    expect(() => dueDate(new Date(NaN), 1, 'working-days')).toThrow(
      expect.objectContaining({ code: 'calendar.date.invalid' }),
    );
    expect(() => dueDate(vn(2025, 6, 9), -1, 'working-days')).toThrow(
      expect.objectContaining({ code: 'calendar.amount.invalid' }),
    );
    expect(() => createWorkCalendar({ shifts: [{ start: '13:00', end: '12:00' }] })).toThrow(
      expect.objectContaining({ code: 'calendar.shift.invalid' }),
    );
    expect(() => createWorkCalendar({ extraDaysOff: ['2025-02-30'] })).toThrow(
      expect.objectContaining({ code: 'calendar.date.invalid' }),
    );
    const never = createWorkCalendar({ weekend: [0, 1, 2, 3, 4, 5, 6] });
    expect(() => dueDate(vn(2025, 6, 9), 1, 'working-days', { calendar: never })).toThrow(
      expect.objectContaining({ code: 'calendar.no-working-time' }),
    );
  });
});

describe('independence from the host time zone', () => {
  const original = process.env.TZ;
  afterEach(() => {
    process.env.TZ = original;
  });
  it('gives the same due date in New York and in Hà Nội', () => {
    process.env.TZ = 'America/New_York';
    const inNewYork = dueDate(vn(2026, 2, 13, 10), 1, 'working-days');
    process.env.TZ = 'Asia/Ho_Chi_Minh';
    expect(dueDate(vn(2026, 2, 13, 10), 1, 'working-days')).toEqual(inNewYork);
  });
});

describe('workingDaysBetween', () => {
  it('counts working days after the start up to the end', () => {
    expect(workingDaysBetween('2025-06-06', '2025-06-10')).toBe(2);
    expect(workingDaysBetween('2025-06-10', '2025-06-06')).toBe(-2);
    expect(workingDaysBetween(vn(2025, 6, 9, 23), vn(2025, 6, 9, 8))).toBe(0);
    expect(workingDaysBetween('2026-02-13', '2026-02-23')).toBe(1);
  });
});

describe('classifyTimeliness', () => {
  const dueAt = vn(2025, 6, 10, 16);
  it('compares finished dossiers by Vietnam calendar date', () => {
    expect(classifyTimeliness({ dueAt, finishedAt: vn(2025, 6, 9, 16) })).toBe('early');
    expect(classifyTimeliness({ dueAt, finishedAt: vn(2025, 6, 10, 23, 59) })).toBe('on-time');
    expect(classifyTimeliness({ dueAt, finishedAt: vn(2025, 6, 11, 0, 1) })).toBe('late');
  });
  it('judges open dossiers at `now`', () => {
    expect(classifyTimeliness({ dueAt, now: vn(2025, 6, 10, 20) })).toBe('on-time');
    expect(classifyTimeliness({ dueAt, now: vn(2025, 6, 11, 7) })).toBe('late');
    expect(classifyTimeliness({ dueAt: null, now: vn(2030, 1, 1) })).toBe('on-time');
  });
});
