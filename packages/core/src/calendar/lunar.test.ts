import { describe, expect, it } from 'vitest';
import { lunarNewYear, lunarToSolar } from './lunar';

/**
 * Tết (mùng 1 tháng Giêng) at UTC+7, as published in Hồ Ngọc Đức's Vietnamese
 * calendar tables. Where Vietnam differs from the Chinese calendar (UTC+8) the
 * Chinese date is noted: the new moon falls between 16:00 and 17:00 UTC.
 */
const TET: Record<number, string> = {
  2000: '2000-02-05',
  2001: '2001-01-24',
  2002: '2002-02-12',
  2003: '2003-02-01',
  2004: '2004-01-22',
  2005: '2005-02-09',
  2006: '2006-01-29',
  2007: '2007-02-17' /* China 02-18 */,
  2008: '2008-02-07',
  2009: '2009-01-26',
  2010: '2010-02-14',
  2011: '2011-02-03',
  2012: '2012-01-23',
  2013: '2013-02-10',
  2014: '2014-01-31',
  2015: '2015-02-19',
  2016: '2016-02-08',
  2017: '2017-01-28',
  2018: '2018-02-16',
  2019: '2019-02-05',
  2020: '2020-01-25',
  2021: '2021-02-12',
  2022: '2022-02-01',
  2023: '2023-01-22',
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  2030: '2030-02-02' /* China 02-03 */,
  2031: '2031-01-23',
  2032: '2032-02-11',
  2033: '2033-01-31',
  2034: '2034-02-19',
  2035: '2035-02-08',
};

describe('lunarNewYear', () => {
  it('gives Tết for every year 2000–2035', () => {
    for (let year = 2000; year <= 2035; year++) expect(lunarNewYear(year), String(year)).toBe(TET[year]);
  });

  it('follows UTC+7 where the Chinese calendar differs (1985)', () => {
    expect(lunarNewYear(1985)).toBe('1985-01-21'); // China: 1985-02-20
  });

  it('finds the Hùng Kings’ day (10/3 lunar), past leap months', () => {
    expect(lunarToSolar(2023, 3, 10)).toBe('2023-04-29');
    expect(lunarToSolar(2024, 3, 10)).toBe('2024-04-18');
    expect(lunarToSolar(2025, 3, 10)).toBe('2025-04-07');
    expect(lunarToSolar(2026, 3, 10)).toBe('2026-04-26');
    expect(lunarToSolar(2004, 3, 10)).toBe('2004-04-28'); // leap 2nd month in 2004
  });
});
