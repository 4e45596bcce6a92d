import { workingDaysBetween } from '@dvc-kit/core';
import { expect, it } from 'vitest';
import { memoWorkingDaysBetween } from './working-days';

it('gives core workingDaysBetween answers, by Vietnam date, across weekends, Tết and years', () => {
  const memo = memoWorkingDaysBetween(8);
  const due = [
    '2025-06-10T08:00:00+07:00',
    '2025-06-06T23:30:00+07:00',
    '2026-02-23T08:00:00+07:00',
    '2024-12-31T17:00:00+07:00',
    '2027-01-04T00:10:00+07:00',
  ];
  for (const now of ['2025-06-06T09:00:00+07:00', '2025-06-06T00:05:00+07:00', '2026-02-10T16:59:00+07:00']) {
    for (const d of due) {
      for (let round = 0; round < 2; round++) {
        expect(memo(new Date(now), new Date(d))).toBe(workingDaysBetween(new Date(now), new Date(d)));
      }
    }
  }
  expect(memo(new Date('2025-06-06T09:00:00+07:00'), new Date('2025-06-10T08:00:00+07:00'))).toBe(2);
});
