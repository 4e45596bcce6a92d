/** A commune or ward of Đắk Lắk with its (simulated) agency code. */
export interface CommuneAgency {
  /** Mã đơn vị (QCVN 102:2016 form, SIMULATED) — wire: MaDonVi / madonvi */
  agencyCode: string;
  /** Tên đơn vị, e.g. "UBND xã Ea Bung" — wire: TenDonVi */
  agencyName: string;
  /** 5-digit commune code of the statistics office (mã ĐVHC). */
  unitCode: string;
  /** Commune name, e.g. "Xã Ea Bung". */
  unitName: string;
  kind: 'commune' | 'ward';
}

/** Đắk Lắk's province code (mã ĐVHC cấp tỉnh). */
export const PROVINCE_CODE = '66';
/** The province's People's Committee agency code in QCVN 102:2016 form (H66 is SIMULATED). */
export const PROVINCE_AGENCY_CODE = '000.00.00.H66';
/** The province's People's Committee name. */
export const PROVINCE_AGENCY_NAME = 'UBND tỉnh Đắk Lắk';

/**
 * Gives each commune a deterministic QCVN 102:2016-style agency code `000.ZZ.YY.H66`:
 * communes sorted by unit code, numbered from 1, ZZ = 1…99 within block YY = 20, 21…
 * These codes are SIMULATED; Đắk Lắk's real post-2025 codes are not public.
 *
 * @example communeAgencyCode(1) // '000.01.20.H66'
 */
export function communeAgencyCode(index: number): string {
  const zz = ((index - 1) % 99) + 1;
  const yy = 20 + Math.floor((index - 1) / 99);
  return `000.${String(zz).padStart(2, '0')}.${yy}.H66`;
}

/** Builds the commune agencies from the 2025 unit list. */
export function buildCommuneAgencies(units: readonly { code: string; name: string }[]): CommuneAgency[] {
  return [...units]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((unit, i) => {
      const ward = /^phường/i.test(unit.name);
      const bare = unit.name.replace(/^(xã|phường)\s+/i, '');
      const unitName = `${ward ? 'Phường' : 'Xã'} ${bare}`;
      return {
        agencyCode: communeAgencyCode(i + 1),
        agencyName: `UBND ${ward ? 'phường' : 'xã'} ${bare}`,
        unitCode: unit.code,
        unitName,
        kind: ward ? 'ward' : 'commune',
      };
    });
}
