import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatWireDate, fromVietnamTime, parseWireDate, toVietnamTime, vietnamDateKey } from './vietnam-time';

describe('Vietnam time', () => {
  it('formats in UTC+7 whatever the host time zone', () => {
    expect(formatWireDate(new Date('2025-07-01T01:30:05Z'))).toBe('20250701083005');
    expect(formatWireDate(new Date('2025-06-30T17:00:00Z'))).toBe('20250701000000');
  });

  it('parses wire dates and refuses impossible ones', () => {
    expect(parseWireDate('20250701083005')?.toISOString()).toBe('2025-07-01T01:30:05.000Z');
    expect(parseWireDate('20250230000000')).toBeUndefined();
    expect(parseWireDate('2025070108300')).toBeUndefined();
    expect(parseWireDate('20251301000000')).toBeUndefined();
  });

  it('round-trips every second-precision instant', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true }),
        (d) => {
          const whole = new Date(Math.floor(d.getTime() / 1000) * 1000);
          expect(parseWireDate(formatWireDate(whole))?.getTime()).toBe(whole.getTime());
        },
      ),
    );
  });

  it('knows the weekday and the civil date in Vietnam', () => {
    const t = toVietnamTime(fromVietnamTime(2025, 7, 1, 8));
    expect(t).toMatchObject({ year: 2025, month: 7, day: 1, hour: 8, weekday: 2 });
    expect(vietnamDateKey(new Date('2025-06-30T18:00:00Z'))).toBe('2025-07-01');
  });
});
