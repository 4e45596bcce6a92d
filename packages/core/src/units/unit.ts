import { COMMUNES, PROVINCES } from './data.generated';

/** Kind of administrative unit (loại đơn vị hành chính). */
export type UnitKind = 'city' | 'province' | 'ward' | 'commune' | 'special-zone';

/**
 * An administrative unit (đơn vị hành chính) of the two-tier system in force since
 * 1 July 2025: one of 34 provinces (tỉnh, thành phố) or 3,321 communes (xã, phường,
 * đặc khu). Codes are the statistics office's (mã ĐVHC, Công văn 1027/CTK-CSCL).
 */
export interface AdministrativeUnit {
  /** Mã đơn vị hành chính: 2 digits for a province, 5 for a commune, e.g. `24229`. */
  code: string;
  /** Full name, e.g. `Xã Ea Bung`, `Tỉnh Đắk Lắk`, `Thành phố Hà Nội`. */
  name: string;
  /** Name without the kind, e.g. `Ea Bung`, `Đắk Lắk`, `Hà Nội`. */
  shortName: string;
  kind: UnitKind;
  level: 'province' | 'commune';
  /** The province's 2-digit code (its own code for a province). */
  provinceCode: string;
}

const COMMUNE_KINDS = {
  p: ['ward', 'Phường'],
  x: ['commune', 'Xã'],
  d: ['special-zone', 'Đặc khu'],
} as const satisfies Record<string, readonly [UnitKind, string]>;

const CITY_PREFIX = 'Thành phố ';

interface UnitTables {
  provinces: AdministrativeUnit[];
  communesByProvince: Map<string, AdministrativeUnit[]>;
  byCode: Map<string, AdministrativeUnit>;
}

let tables: UnitTables | undefined;

/** Decodes the generated columnar data once, on first use. */
export function unitTables(): UnitTables {
  if (tables) return tables;
  const provinces = PROVINCES.split('|').map((row): AdministrativeUnit => {
    const code = row.slice(0, 2);
    const source = row.slice(2);
    const city = source.startsWith(CITY_PREFIX);
    const shortName = city ? source.slice(CITY_PREFIX.length) : source;
    return {
      code,
      name: city ? source : `Tỉnh ${source}`,
      shortName,
      kind: city ? 'city' : 'province',
      level: 'province',
      provinceCode: code,
    };
  });
  const communesByProvince = new Map<string, AdministrativeUnit[]>();
  const byCode = new Map<string, AdministrativeUnit>(provinces.map((p) => [p.code, p]));
  for (const block of COMMUNES) {
    const provinceCode = block.slice(0, 2);
    const list = block
      .slice(2)
      .split('|')
      .map((row): AdministrativeUnit => {
        const [kind, prefix] = COMMUNE_KINDS[row[5] as keyof typeof COMMUNE_KINDS];
        const shortName = row.slice(6);
        return {
          code: row.slice(0, 5),
          name: `${prefix} ${shortName}`,
          shortName,
          kind,
          level: 'commune',
          provinceCode,
        };
      });
    communesByProvince.set(provinceCode, list);
    for (const unit of list) byCode.set(unit.code, unit);
  }
  tables = { provinces, communesByProvince, byCode };
  return tables;
}

/**
 * The 34 provinces and centrally governed cities, in code order.
 *
 * @example provinces().find((p) => p.code === '66')?.name // 'Tỉnh Đắk Lắk'
 */
export function provinces(): AdministrativeUnit[] {
  return [...unitTables().provinces];
}

/**
 * The communes, wards and special zones of a province, in code order (empty for an unknown code).
 *
 * @example communes('66').length // 102
 */
export function communes(provinceCode: string): AdministrativeUnit[] {
  return [...(unitTables().communesByProvince.get(provinceCode) ?? [])];
}

/**
 * The province (2-digit code) or commune (5-digit code) with this code.
 *
 * @example findUnit('24229')?.name // 'Xã Ea Bung'
 */
export function findUnit(code: string): AdministrativeUnit | undefined {
  return unitTables().byCode.get(code);
}
