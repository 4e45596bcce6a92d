import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../index';

describe('isIsoDate', () => {
  it('accepts real calendar dates written yyyy-MM-dd', () => {
    for (const d of ['1985-03-27', '2024-02-29', '2000-02-29', '1000-01-01', '9999-12-31'])
      expect(isIsoDate(d)).toBe(true);
  });

  it('refuses days the calendar does not have', () => {
    for (const d of ['2023-02-29', '1900-02-29', '2024-04-31', '2024-13-01', '2024-00-10', '2024-01-00'])
      expect(isIsoDate(d)).toBe(false);
  });

  it('refuses other spellings and years before 1000', () => {
    for (const d of [
      '27/03/1985',
      '1985-3-27',
      '85-03-27',
      ' 1985-03-27',
      '1985-03-27T00:00',
      '',
      '0999-12-31',
      '0050-01-01',
    ])
      expect(isIsoDate(d)).toBe(false);
  });
});
