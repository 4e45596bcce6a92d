import * as units from '@dvc-kit/core/units';
import { buildCommuneAgencies, PROVINCE_CODE, type CommuneAgency } from './agencies';

let cached: CommuneAgency[] | undefined;

/** Đắk Lắk's 102 communes and wards (2025 units from `@dvc-kit/core/units`) with their simulated agency codes. */
export function communeAgencies(): CommuneAgency[] {
  if (cached) return cached;
  const list = (units as { communes?: (province: string) => readonly { code: string; name: string }[] }).communes;
  if (typeof list !== 'function') throw new Error('@dvc-kit/core/units does not export communes() yet');
  cached = buildCommuneAgencies(list(PROVINCE_CODE));
  return cached;
}

/** Finds a commune agency by its agency code. */
export function findCommuneAgency(agencyCode: string): CommuneAgency | undefined {
  return communeAgencies().find((a) => a.agencyCode === agencyCode);
}
