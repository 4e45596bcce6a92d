const COMBINING_MARKS = /[\u0300-\u036f]/g;
const WHITESPACE = /\s+/g;

/**
 * Folds Vietnamese text for diacritic-insensitive comparison (tìm kiếm không dấu):
 * lower-cases, strips every diacritic (including đ/Đ → d), collapses runs of
 * whitespace to one space and trims. This is the one normaliser every DVC Kit
 * search uses, so a query and the text it searches must both go through it.
 *
 * @example
 * ```ts
 * foldVietnamese('  Xã  Ea Búng ') // 'xa ea bung'
 * foldVietnamese('ĐẮK LẮK')        // 'dak lak'
 * ```
 */
export function foldVietnamese(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/đ/g, 'd')
    .replace(WHITESPACE, ' ')
    .trim();
}
