import { foldVietnamese } from '../text/fold';

/** One of Vietnam's 54 ethnic groups (dân tộc), as the official list names and numbers it. */
export interface EthnicGroup {
  /** Two-digit code of the official list (Danh mục các dân tộc Việt Nam, QĐ 121-TCTK/PPCĐ), `'01'` Kinh … `'54'` Rơ Măm. */
  code: string;
  /** Name as the official list writes it. */
  name: string;
  /** Other names people search with (spellings without hyphens, older names). */
  aliases?: readonly string[];
}

/**
 * The 54 ethnic groups of Vietnam in the order and with the codes of the official list
 * (Quyết định 121-TCTK/PPCĐ of the General Statistics Office, used by the population
 * database and civil-status forms).
 *
 * @example
 * ```ts
 * ETHNIC_GROUPS[0] // { code: '01', name: 'Kinh' }
 * ```
 */
export const ETHNIC_GROUPS: readonly EthnicGroup[] = (
  [
    ['Kinh', 'Việt'],
    ['Tày'],
    ['Thái'],
    ['Hoa'],
    ['Khơ-me', 'Khmer'],
    ['Mường'],
    ['Nùng'],
    ['Mông', 'HMông', 'H’Mông'],
    ['Dao'],
    ['Gia-rai', 'Jrai'],
    ['Ngái'],
    ['Ê-đê', 'Rhađê'],
    ['Ba-na', 'Bahnar'],
    ['Xơ-đăng'],
    ['Sán Chay', 'Cao Lan', 'Sán Chỉ'],
    ['Cơ-ho', 'K’Ho'],
    ['Chăm', 'Chàm'],
    ['Sán Dìu'],
    ['Hrê'],
    ['Mnông', 'M’Nông'],
    ['Ra-glai'],
    ['Xtiêng', 'S’Tiêng'],
    ['Bru-Vân Kiều'],
    ['Thổ'],
    ['Giáy'],
    ['Cơ-tu'],
    ['Gié-Triêng'],
    ['Mạ'],
    ['Khơ-mú'],
    ['Co'],
    ['Tà-ôi'],
    ['Chơ-ro'],
    ['Kháng'],
    ['Xinh-mun'],
    ['Hà Nhì'],
    ['Chu-ru'],
    ['Lào'],
    ['La Chí'],
    ['La Ha'],
    ['Phù Lá'],
    ['La Hủ'],
    ['Lự'],
    ['Lô Lô'],
    ['Chứt'],
    ['Mảng'],
    ['Pà Thẻn'],
    ['Co Lao'],
    ['Cống'],
    ['Bố Y'],
    ['Si La'],
    ['Pu Péo'],
    ['Brâu'],
    ['Ơ Đu'],
    ['Rơ-măm'],
  ] as const
).map(([name, ...aliases], i): EthnicGroup => ({
  code: String(i + 1).padStart(2, '0'),
  name,
  ...(aliases.length ? { aliases } : {}),
}));

/** Folded, and without the hyphens, apostrophes and spaces people write differently ("Ê-đê", "Ê Đê", "ede"). */
export const foldEthnicName = (text: string): string => foldVietnamese(text).replace(/[\s\-‐’'`]/g, '');

/**
 * The ethnic groups whose name or other name contains `query`, without diacritics and
 * whatever the hyphens and spaces (`'ede'` finds Ê-đê, `'hmong'` finds Mông); groups whose
 * name starts with the query come first. An empty query returns the whole list.
 *
 * @example
 * ```ts
 * searchEthnicGroups('ede').map((g) => g.name) // ['Ê-đê']
 * ```
 */
export function searchEthnicGroups(query: string): EthnicGroup[] {
  const q = foldEthnicName(query);
  if (!q) return [...ETHNIC_GROUPS];
  const names = (g: EthnicGroup) => [g.name, ...(g.aliases ?? [])].map(foldEthnicName);
  const starts = ETHNIC_GROUPS.filter((g) => names(g).some((n) => n.startsWith(q)));
  const contains = ETHNIC_GROUPS.filter((g) => !starts.includes(g) && names(g).some((n) => n.includes(q)));
  return [...starts, ...contains];
}

/**
 * The 54 groups as options of a form `choice` field (value = official code), for form
 * definitions: `{ kind: 'choice', display: 'select', options: ethnicGroupOptions() }`.
 */
export function ethnicGroupOptions(): { value: string; label: { vi: string } }[] {
  return ETHNIC_GROUPS.map((g) => ({ value: g.code, label: { vi: g.name } }));
}
