import { describe, expect, it } from 'vitest';
import { publicHolidays } from './holidays';

const dates = (year: number, options?: Parameters<typeof publicHolidays>[1]) =>
  publicHolidays(year, options).map((h) => h.date);

describe('publicHolidays', () => {
  it('lists the 11 statutory days of 2026 plus compensatory days', () => {
    const holidays = publicHolidays(2026);
    expect(holidays.filter((h) => h.kind === 'tet').map((h) => h.date)).toEqual([
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
    ]);
    expect(holidays.filter((h) => h.kind !== 'compensatory')).toHaveLength(11);
    expect(dates(2026)).toEqual([
      '2026-01-01',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-04-26',
      '2026-04-27',
      '2026-04-30',
      '2026-05-01',
      '2026-09-01',
      '2026-09-02',
    ]);
    expect(holidays.find((h) => h.date === '2026-04-27')).toMatchObject({
      kind: 'compensatory',
      name: { vi: 'Nghỉ bù' },
    });
  });

  it('puts compensatory days after a Tết that spans a weekend', () => {
    // Tết 2025: 28/1 (Tue) – 1/2 (Sat) → Monday 3/2 off.
    expect(dates(2025)).toContain('2025-02-03');
    expect(dates(2025, { compensate: false })).not.toContain('2025-02-03');
  });

  it('takes 1/9 by default and 3/9 on request', () => {
    expect(dates(2025)).toEqual(expect.arrayContaining(['2025-09-01', '2025-09-02']));
    expect(dates(2025, { nationalDayAdjacent: 'after' })).toEqual(expect.arrayContaining(['2025-09-02', '2025-09-03']));
    expect(dates(2025, { nationalDayAdjacent: 'after' })).not.toContain('2025-09-01');
  });
});
