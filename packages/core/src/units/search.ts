import { foldVietnamese } from '../text/fold';
import { unitTables, type AdministrativeUnit } from './unit';

/** Options of {@link searchUnits}. */
export interface SearchUnitsOptions {
  /** Only units of this province (2-digit code). @default all provinces */
  province?: string;
  /** At most this many results. @default 20 */
  limit?: number;
}

interface Entry {
  unit: AdministrativeUnit;
  name: string;
  shortName: string;
}

let index: Entry[] | undefined;

function searchIndex(): Entry[] {
  if (index) return index;
  const { provinces, communesByProvince } = unitTables();
  index = [...provinces, ...[...communesByProvince.values()].flat()].map((unit) => ({
    unit,
    name: foldVietnamese(unit.name),
    shortName: foldVietnamese(unit.shortName),
  }));
  return index;
}

/** Lower is better: exact name, name prefix, word prefix, anywhere; undefined = no match. */
function rank(entry: Entry, query: string): number | undefined {
  if (entry.unit.code === query) return 0;
  if (entry.shortName === query || entry.name === query) return 1;
  if (entry.shortName.startsWith(query) || entry.name.startsWith(query)) return 2;
  if (entry.name.includes(` ${query}`)) return 3;
  if (entry.name.includes(query)) return 4;
  return undefined;
}

/**
 * Finds provinces and communes by name or code, ignoring case and diacritics
 * (`ea bung`, `Ea Búng` and `EA BUNG` all find Xã Ea Bung). Best matches first:
 * code, exact name, name prefix, word prefix, then anywhere; provinces before communes.
 *
 * @example
 * ```ts
 * searchUnits('ea bung')[0]                 // { code: '24229', name: 'Xã Ea Bung', provinceCode: '66', … }
 * searchUnits('phuong 1', { province: '79' }) // wards of Hồ Chí Minh City
 * ```
 */
export function searchUnits(query: string, options: SearchUnitsOptions = {}): AdministrativeUnit[] {
  const folded = foldVietnamese(query);
  const limit = options.limit ?? 20;
  if (folded === '' || limit <= 0) return [];
  const hits: { entry: Entry; score: number }[] = [];
  for (const entry of searchIndex()) {
    if (options.province !== undefined && entry.unit.provinceCode !== options.province) continue;
    const score = rank(entry, folded);
    if (score !== undefined) hits.push({ entry, score });
  }
  hits.sort(
    (a, b) =>
      a.score - b.score ||
      Number(a.entry.unit.level === 'commune') - Number(b.entry.unit.level === 'commune') ||
      a.entry.name.localeCompare(b.entry.name) ||
      a.entry.unit.code.localeCompare(b.entry.unit.code),
  );
  return hits.slice(0, limit).map((hit) => hit.entry.unit);
}
