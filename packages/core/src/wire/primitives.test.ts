import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  blankableDate,
  enumWithUnknown,
  flag,
  lenientInteger,
  wireDate,
  wireInteger,
  wireMonth,
  wirePercent,
} from './primitives';

describe('wireDate', () => {
  const date = wireDate();

  it('reads the wire in Vietnam time whatever the host zone (fixed UTC instants)', () => {
    expect(z.decode(date, '20231027083000').toISOString()).toBe('2023-10-27T01:30:00.000Z');
    // 00:00 on 1 January in Vietnam is still 31 December in UTC.
    expect(z.decode(date, '20250101000000').toISOString()).toBe('2024-12-31T17:00:00.000Z');
    expect(z.decode(date, '20240229235959').toISOString()).toBe('2024-02-29T16:59:59.000Z');
  });

  it('writes instants in Vietnam time', () => {
    expect(z.encode(date, new Date('2024-12-31T17:00:00Z'))).toBe('20250101000000');
    expect(z.encode(date, new Date('2023-10-27T01:30:00.999Z'))).toBe('20231027083000');
  });

  it('rejects impossible and malformed dates', () => {
    for (const bad of ['20230230000000', '2023102708300', '20231027 83000', '20231027083060', '']) {
      expect(z.safeDecode(date, bad).success).toBe(false);
    }
  });

  it('round-trips every whole-second instant between 1900 and 2100', () => {
    fc.assert(
      fc.property(fc.integer({ min: -2_208_988_800, max: 4_102_444_800 }), (seconds) => {
        const instant = new Date(seconds * 1000);
        expect(z.decode(date, z.encode(date, instant))).toStrictEqual(instant);
      }),
    );
  });
});

describe('blankableDate', () => {
  it("keeps '' as null and back", () => {
    const date = blankableDate();
    expect(z.decode(date, '')).toBeNull();
    expect(z.encode(date, null)).toBe('');
    expect(z.decode(date, '20231030170000')?.toISOString()).toBe('2023-10-30T10:00:00.000Z');
  });
});

describe('enumWithUnknown', () => {
  const channel = enumWithUnknown({ '1': 'direct', '2': 'online', '3': 'postal' } as const);

  it('names known values and keeps unknown ones', () => {
    expect(z.decode(channel, '2')).toBe('online');
    expect(z.decode(channel, '9')).toBe('unknown:9');
    expect(z.encode(channel, 'unknown:9')).toBe('9');
    expect(z.encode(channel, 'postal')).toBe('3');
  });

  it('lets every unknown raw value survive a round trip', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !['1', '2', '3'].includes(s)),
        (raw) => {
          const value = z.decode(channel, raw);
          expect(value).toBe(`unknown:${raw}`);
          expect(z.encode(channel, value)).toBe(raw);
        },
      ),
    );
  });

  it('refuses a model value that would not round-trip', () => {
    expect(z.safeEncode(channel, 'unknown:2').success).toBe(false);
    expect(z.safeEncode(channel, 'bus' as never).success).toBe(false);
  });
});

describe('flag', () => {
  it('maps "0"/"1" to booleans and keeps anything else', () => {
    const yes = flag();
    expect(z.decode(yes, '1')).toBe(true);
    expect(z.decode(yes, '0')).toBe(false);
    expect(z.decode(yes, 'True')).toBe('unknown:True');
    expect(z.encode(yes, false)).toBe('0');
  });
});

describe('numbers', () => {
  it('accepts only canonical integers, so they round-trip', () => {
    const integer = wireInteger();
    expect(z.decode(integer, '150000')).toBe(150000);
    for (const bad of ['01', '+1', '1.0', '', '1e3', ' 1']) expect(z.safeDecode(integer, bad).success).toBe(false);
  });

  it('reads an amount written as text or as a JSON number (PayGov receipt lines), writes text', () => {
    const amount = lenientInteger();
    expect(z.decode(amount, '8000')).toBe(8000);
    expect(z.decode(amount, 8000)).toBe(8000);
    expect(z.encode(amount, 8000)).toBe('8000');
    for (const bad of ['01', '8000.5', 8000.5, '', null])
      expect(z.safeDecode(amount, bad as never).success).toBe(false);
  });

  it('reads percentages and months as written by DongBoDanhGia', () => {
    expect(z.decode(wirePercent(), '85%')).toBe(85);
    expect(z.decode(wirePercent(), '12.5%')).toBe(12.5);
    expect(z.safeDecode(wirePercent(), '101%').success).toBe(false);
    expect(z.safeDecode(wirePercent(), '85.0%').success).toBe(false);
    expect(z.decode(wireMonth(), '7-2025')).toStrictEqual({ year: 2025, month: 7 });
    expect(z.encode(wireMonth(), { year: 2025, month: 12 })).toBe('12-2025');
    expect(z.safeDecode(wireMonth(), '07-2025').success).toBe(false);
  });
});
