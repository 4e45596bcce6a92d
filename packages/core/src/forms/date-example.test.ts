import { describe, expect, it } from 'vitest';
import { dateExample } from './date-example';

const TODAY = '2026-12-03';

describe('dateExample', () => {
  it('takes days before today for a recent event (a newborn), a fixed date as given', () => {
    expect(dateExample({ pastOnly: true, example: 10 }, TODAY)).toBe('2026-11-23');
    expect(dateExample({ example: '2027-01-15' }, TODAY)).toBe('2027-01-15');
  });

  it('shows an adult birthday for past dates and dates of birth, a date ahead otherwise', () => {
    expect(dateExample({ pastOnly: true }, TODAY)).toBe('1985-03-27');
    expect(dateExample({ autocomplete: 'bday' }, TODAY)).toBe('1985-03-27');
    expect(dateExample({}, TODAY)).toBe('2026-12-17');
  });

  it('stays inside min, max and today', () => {
    expect(dateExample({ pastOnly: true, min: '2000-01-01' }, TODAY)).toBe('2000-01-01');
    expect(dateExample({ pastOnly: true, example: -5 }, TODAY)).toBe(TODAY);
    expect(dateExample({ max: '2026-12-10' }, TODAY)).toBe('2026-12-10');
  });
});
