import { dayKey, dayNumber } from './day';

/*
 * Hồ Ngọc Đức's astronomical algorithm for the Vietnamese lunar calendar (âm lịch),
 * evaluated at UTC+7. New moons and solar terms follow Jean Meeus, "Astronomical
 * Algorithms"; the Vietnamese calendar differs from the Chinese one (UTC+8) in
 * years such as 1985 and 2007 because a new moon falls near midnight.
 */
const TIME_ZONE = 7;
const JD_UNIX_EPOCH = 2440588; // Julian day number of 1970-01-01
const SYNODIC_MONTH = 29.530588853;
const DR = Math.PI / 180;
const { floor, sin } = Math;

/** Julian day number of the day (in Vietnam) of the k-th new moon after 1900-01-01. */
function newMoonDay(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3;
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3;
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3;
  let jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd += 0.00033 * sin((166.56 + 132.87 * T - 0.009173 * T2) * DR);
  let c = (0.1734 - 0.000393 * T) * sin(M * DR) + 0.0021 * sin(2 * DR * M);
  c += -0.4068 * sin(Mpr * DR) + 0.0161 * sin(DR * 2 * Mpr) - 0.0004 * sin(DR * 3 * Mpr);
  c += 0.0104 * sin(DR * 2 * F) - 0.0051 * sin(DR * (M + Mpr)) - 0.0074 * sin(DR * (M - Mpr));
  c += 0.0004 * sin(DR * (2 * F + M)) - 0.0004 * sin(DR * (2 * F - M)) - 0.0006 * sin(DR * (2 * F + Mpr));
  c += 0.001 * sin(DR * (2 * F - Mpr)) + 0.0005 * sin(DR * (2 * Mpr + M));
  const deltaT =
    T < -11
      ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
      : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return floor(jd + c - deltaT + 0.5 + TIME_ZONE / 24);
}

/** Sun longitude at the start of a day in Vietnam, as one of 12 sectors of 30°. */
function sunSector(jdn: number): number {
  const T = (jdn - 0.5 - TIME_ZONE / 24 - 2451545.0) / 36525;
  const T2 = T * T;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let dl = (1.9146 - 0.004817 * T - 0.000014 * T2) * sin(DR * M);
  dl += (0.019993 - 0.000101 * T) * sin(DR * 2 * M) + 0.00029 * sin(DR * 3 * M);
  let l = (L0 + dl) * DR;
  l -= Math.PI * 2 * floor(l / (Math.PI * 2));
  return floor((l / Math.PI) * 6);
}

/** Julian day number of the first day of lunar month 11 (the month holding the winter solstice) of `year`. */
function month11(year: number): number {
  const k = floor((dayNumber(year, 12, 31) + JD_UNIX_EPOCH - 2415021) / SYNODIC_MONTH);
  const nm = newMoonDay(k);
  return sunSector(nm) >= 9 ? newMoonDay(k - 1) : nm;
}

/** Index (1-based, counted from month 11) of the leap month after `a11`. */
function leapMonthOffset(a11: number): number {
  const k = floor((a11 - 2415021.076998695) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let arc = sunSector(newMoonDay(k + i));
  let last: number;
  do {
    last = arc;
    i++;
    arc = sunSector(newMoonDay(k + i));
  } while (arc !== last && i < 14);
  return i - 1;
}

/**
 * The Gregorian date (`yyyy-MM-dd`) of a Vietnamese lunar date, for a month before
 * month 11 (all DVC Kit needs: Tết and the Hùng Kings' day). Leap months are skipped.
 */
export function lunarToSolar(lunarYear: number, lunarMonth: number, lunarDay: number): string {
  const a11 = month11(lunarYear - 1);
  const b11 = month11(lunarYear);
  const k = floor(0.5 + (a11 - 2415021.076998695) / SYNODIC_MONTH);
  let offset = lunarMonth + 1; // months after month 11 of the previous year
  if (b11 - a11 > 365 && offset >= leapMonthOffset(a11)) offset += 1;
  return dayKey(newMoonDay(k + offset) + lunarDay - 1 - JD_UNIX_EPOCH);
}

/**
 * The date of the Vietnamese Lunar New Year (Tết Nguyên Đán, mùng 1 tháng Giêng)
 * of a Gregorian year, computed at UTC+7.
 *
 * @returns The date as `yyyy-MM-dd`.
 * @example
 * ```ts
 * lunarNewYear(2025) // '2025-01-29'
 * lunarNewYear(2007) // '2007-02-17' (the Chinese calendar has 18 February)
 * ```
 */
export function lunarNewYear(year: number): string {
  return lunarToSolar(year, 1, 1);
}
