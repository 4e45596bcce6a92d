import { describe, expect, it } from 'vitest';
import { isValidCitizenId, parseCitizenId } from './citizen-id';
import { birthProvinceCodes } from './citizen-id-provinces';

describe('citizen ids (CCCD)', () => {
  it('reads province, gender and birth year', () => {
    expect(parseCitizenId('066095001234')).toEqual({
      kind: 'cccd',
      number: '066095001234',
      birthProvinceCode: '066',
      birthProvinceName: 'Đắk Lắk',
      gender: 'male',
      birthYear: 1995,
    });
    expect(parseCitizenId('001 3 05 123456')).toMatchObject({
      birthProvinceName: 'Hà Nội',
      gender: 'female',
      birthYear: 2005,
    });
    expect(parseCitizenId('054199000001')).toMatchObject({
      birthProvinceName: 'Phú Yên',
      gender: 'female',
      birthYear: 1999,
    });
  });

  it('knows the 63 old provinces', () => {
    const codes = birthProvinceCodes();
    expect(codes).toHaveLength(63);
    expect(new Set(codes).size).toBe(63);
    expect(codes[0]).toBe('001');
    expect(codes.at(-1)).toBe('096');
  });

  it('recognises legacy CMND numbers unless told not to', () => {
    expect(parseCitizenId('241234567')).toEqual({ kind: 'cmnd', number: '241234567' });
    expect(isValidCitizenId('241234567', { allowLegacy: false })).toBe(false);
    expect(() => parseCitizenId('241234567', { allowLegacy: false })).toThrow(
      expect.objectContaining({ code: 'identifier.citizen-id.legacy' }),
    );
  });

  it('rejects wrong lengths, letters and unknown provinces', () => {
    for (const bad of ['', '06609500123', '0660950012345', '06609500123A', '003095001234', '099095001234']) {
      expect(isValidCitizenId(bad), bad).toBe(false);
    }
    expect(() => parseCitizenId('003095001234')).toThrow(
      expect.objectContaining({ code: 'identifier.citizen-id.province' }),
    );
  });
});
