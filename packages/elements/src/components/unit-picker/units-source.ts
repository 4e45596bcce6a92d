import { foldVietnamese } from '@dvc-kit/core';
import type { PublicClient, PublicUnit } from '@dvc-kit/client/public';
import { loadUnits, type UnitOption } from './units-loader';

/**
 * Where a unit picker gets the 2025 provinces and communes. Two sources exist:
 * {@link gatewayUnits} (the default with an endpoint: one province's communes at a time from
 * `GET /v1/units`, a few kilobytes) and {@link bundledUnits} (the whole table from
 * `@dvc-kit/core/units`, about 110 kB gzipped, for pages that must work offline).
 * Every unit a source returns is remembered by {@link knownUnit}.
 */
export interface UnitSource {
  /** The 34 provinces, in code order. */
  provinces(): Promise<readonly UnitOption[]>;
  /** A province's communes, wards and special zones, in code order. */
  communes(provinceCode: string): Promise<readonly UnitOption[]>;
  /** The province (2 digits) or commune (5 digits) with this code, or undefined. */
  unit(code: string): Promise<UnitOption | undefined>;
}

const known = new Map<string, UnitOption>();
const remember = <T extends readonly UnitOption[]>(units: T): T => {
  for (const u of units) known.set(u.code, u);
  return units;
};

/**
 * A unit some source has already returned (no request): the review step names the picked
 * commune and province with it.
 *
 * @example knownUnit('24229')?.name // 'Xã Ea Bung', once Đắk Lắk's communes were loaded
 */
export function knownUnit(code: string): UnitOption | undefined {
  return known.get(code);
}

const KIND: Record<PublicUnit['type'], UnitOption['kind']> = {
  'thanh-pho': 'city',
  tinh: 'province',
  phuong: 'ward',
  xa: 'commune',
  'dac-khu': 'special-zone',
};
const PREFIX = /^(Thành phố|Tỉnh|Phường|Xã|Đặc khu) /;

/** A `/v1/units` item as the picker's {@link UnitOption}. */
function fromEntry(entry: PublicUnit): UnitOption {
  return {
    code: entry.code,
    name: entry.name,
    shortName: entry.name.replace(PREFIX, ''),
    kind: KIND[entry.type],
    level: entry.level,
    provinceCode: entry.provinceCode ?? entry.code,
  };
}

/** Caches a promise by key; a rejected one is dropped so the next call retries. */
function memo<T>(cache: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
  let pending = cache.get(key);
  if (!pending) {
    pending = load();
    cache.set(key, pending);
    pending.catch(() => cache.delete(key));
  }
  return pending;
}

const gatewaySources = new Map<string, UnitSource>();

/**
 * Units from the gateway at `endpoint`: the provinces, then only the communes of the province
 * the citizen picks (under 8 kB gzipped each), each list fetched once per page. A commune
 * given by code alone (a restored draft) is found with `?q=<code>`. `client` gives the gateway's
 * client (a picker passes its `GatewayClient` controller's); the first picker of an endpoint
 * creates the source, the others share it.
 *
 * @example
 * ```ts
 * const endpoint = 'https://dvc.xa-ea-bung.gov.vn/api';
 * const communes = await gatewayUnits(endpoint, () => this.gateway.client(endpoint)).communes('66');
 * ```
 */
export function gatewayUnits(endpoint: string, client: () => Promise<PublicClient>): UnitSource {
  const existing = gatewaySources.get(endpoint);
  if (existing) return existing;
  const lists = new Map<string, Promise<readonly UnitOption[]>>();
  const fetchUnits = async (query: { province?: string; q?: string }) =>
    remember((await (await client()).units(query)).map(fromEntry));
  const source: UnitSource = {
    provinces: () => memo(lists, '', () => fetchUnits({})),
    communes: (province) => memo(lists, province, () => fetchUnits({ province })),
    async unit(code) {
      const hit = known.get(code);
      if (hit) return hit;
      if (code.length === 2) return (await source.provinces()).find((u) => u.code === code);
      return (await fetchUnits({ q: code })).find((u) => u.code === code);
    },
  };
  gatewaySources.set(endpoint, source);
  return source;
}

/**
 * Units from the whole 2025 table bundled in `@dvc-kit/core/units`, loaded with a dynamic
 * import on first use: no request to the gateway, so it works offline once cached.
 */
export const bundledUnits: UnitSource = {
  provinces: async () => remember((await loadUnits()).provinces()),
  communes: async (province) => remember((await loadUnits()).communes(province)),
  async unit(code) {
    const unit = (await loadUnits()).findUnit(code);
    if (unit) known.set(code, unit);
    return unit;
  },
};

/**
 * The units of `list` whose name matches `query`, ignoring case and diacritics (`ea bung`
 * finds `Xã Ea Búng`): exact name first, then name or word prefix, then anywhere.
 *
 * @example filterUnits(communes, 'ea bung')[0]?.name // 'Xã Ea Bung'
 */
export function filterUnits(list: readonly UnitOption[], query: string, limit = 200): UnitOption[] {
  const q = foldVietnamese(query);
  if (!q) return [...list];
  const ranked: { unit: UnitOption; rank: number }[] = [];
  for (const unit of list) {
    const name = foldVietnamese(unit.name);
    const short = foldVietnamese(unit.shortName);
    const rank =
      unit.code === q
        ? 0
        : short === q || name === q
          ? 1
          : short.startsWith(q) || name.startsWith(q)
            ? 2
            : name.includes(` ${q}`)
              ? 3
              : name.includes(q)
                ? 4
                : -1;
    if (rank >= 0) ranked.push({ unit, rank });
  }
  return ranked
    .sort((a, b) => a.rank - b.rank)
    .slice(0, limit)
    .map((r) => r.unit);
}
