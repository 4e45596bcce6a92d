import { MAPPINGS, OLD_DISTRICTS } from './data.generated';
import { findUnit, type AdministrativeUnit } from './unit';

/** Where a pre-2025 commune went in the 2025 reorganisation. */
export interface OldCommuneMapping {
  /** The old 5-digit commune code. */
  oldCode: string;
  /** Its old name, e.g. `Xã Ya Tờ Mốt`. */
  oldName: string;
  /** Its old district (huyện, quận, thị xã, thành phố thuộc tỉnh), e.g. `Huyện Ea Súp`. */
  oldDistrict: string;
  /** Its old province, e.g. `Tỉnh Đắk Lắk`. */
  oldProvince: string;
  /** The 2025 commune it became part of. */
  unit: AdministrativeUnit;
}

let byOldCode: Map<string, string> | undefined;
let districts: string[] | undefined;

/**
 * The 2025 commune a pre-2025 commune (by its old code) was merged into, with the
 * old names — e.g. to read addresses written before 1 July 2025.
 *
 * @example
 * ```ts
 * mapOldCommune('24220') // { oldName: 'Xã Ya Tờ Mốt', oldDistrict: 'Huyện Ea Súp', unit: { code: '24229', name: 'Xã Ea Bung', … }, … }
 * ```
 */
export function mapOldCommune(oldCode: string): OldCommuneMapping | undefined {
  if (!byOldCode) {
    byOldCode = new Map(MAPPINGS.split('|').map((row) => [row.slice(0, 5), row.slice(5)]));
    districts = OLD_DISTRICTS.split('|');
  }
  const row = byOldCode.get(oldCode);
  if (row === undefined) return undefined;
  const [target, oldName, district] = row.split(';') as [string, string, string];
  const [oldDistrict = '', oldProvince = ''] = (districts?.[parseInt(district, 36)] ?? '').split(';');
  const unit = findUnit(target === '' ? oldCode : target);
  return unit && { oldCode, oldName, oldDistrict, oldProvince, unit };
}
