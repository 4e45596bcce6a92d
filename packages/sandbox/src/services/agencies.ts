import { communeAgencies } from '../seed/communes';
import { PROVINCE_AGENCY_CODE, PROVINCE_AGENCY_NAME, PROVINCE_CODE } from '../seed/agencies';

/** A unit that may call the sandbox (madonvi): the province or one of its communes. */
export interface KnownAgency {
  code: string;
  name: string;
  parent: string | null;
  unitCode: string;
  level: 'province' | 'commune';
}

let cached: Map<string, KnownAgency> | undefined;

/** Every agency the sandbox knows: UBND tỉnh Đắk Lắk and the 102 communes and wards. */
export function knownAgencies(): Map<string, KnownAgency> {
  if (cached) return cached;
  cached = new Map<string, KnownAgency>([
    [
      PROVINCE_AGENCY_CODE,
      {
        code: PROVINCE_AGENCY_CODE,
        name: PROVINCE_AGENCY_NAME,
        parent: null,
        unitCode: PROVINCE_CODE,
        level: 'province',
      },
    ],
  ]);
  for (const a of communeAgencies())
    cached.set(a.agencyCode, {
      code: a.agencyCode,
      name: a.agencyName,
      parent: PROVINCE_AGENCY_CODE,
      unitCode: a.unitCode,
      level: 'commune',
    });
  return cached;
}
