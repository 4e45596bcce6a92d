import { describe, expect, it } from 'vitest';
import { claimMappingSchema } from './sso-config';
import { DVCQG_USERINFO, VNEID_USERINFO, VNEID_USERINFO_STRINGS } from './corpus-claims.fixture';
import { identityFromClaims, parseBirthDate, prefillValues } from './identity';

const mapping = claimMappingSchema.parse({});

describe('identityFromClaims', () => {
  it('reads the corpus DVCQG example (long claim set)', () => {
    const example = DVCQG_USERINFO;
    const identity = identityFromClaims(example, mapping);
    expect(identity).toMatchObject({
      accountId: 'f1c8e6a2-3d4b-4c9e-8a71-2b5d9e0c4f13',
      accountType: 'citizen',
      citizenId: '066185001234',
      fullName: "H'Nhi Niê",
      birthDate: '1985-04-12',
      phone: '0935123456',
      email: 'hnhi.nie@example.vn',
      assurance: 'LoA1',
    });
    expect(identity?.claims).toEqual(example);
    expect(Object.keys(prefillValues(identity!))).toEqual(['fullName', 'citizenId', 'birthDate', 'phone', 'email']);
  });

  it('reads the corpus VNeID example (short set) and its string variant', () => {
    for (const claims of [VNEID_USERINFO, VNEID_USERINFO_STRINGS]) {
      const identity = identityFromClaims(claims, mapping);
      expect(identity?.accountType).toBe('citizen');
      expect(identity?.accountTypeRaw).toBe('1');
      expect(Object.keys(prefillValues(identity!))).toEqual(['fullName', 'citizenId', 'birthDate']);
    }
  });

  it('keeps an unknown account type as given and falls back to SoCMND', () => {
    const identity = identityFromClaims(
      { TechID: 'x', LoaiTaiKhoan: '7', SoCMND: '241234567', SoDinhDanh: '' },
      mapping,
    );
    expect(identity).toMatchObject({ accountType: 'unknown', accountTypeRaw: '7', citizenId: '241234567' });
  });

  it('refuses an account without TechID', () => {
    expect(identityFromClaims({ sub: '066185001234', HoVaTen: 'A' }, mapping)).toBeUndefined();
  });
});

describe('parseBirthDate', () => {
  it('accepts the observed and common forms, refuses the rest', () => {
    expect(parseBirthDate('19850412')).toBe('1985-04-12');
    expect(parseBirthDate('1985-04-12T00:00:00')).toBe('1985-04-12');
    expect(parseBirthDate('12/04/1985')).toBe('1985-04-12');
    expect(parseBirthDate(19850412)).toBe('1985-04-12');
    expect(parseBirthDate('19851332')).toBeUndefined();
    expect(parseBirthDate('1985')).toBeUndefined();
    expect(parseBirthDate('')).toBeUndefined();
  });
});
