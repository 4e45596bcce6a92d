/** Display width of a string: combining marks take no column (Vietnamese text may arrive decomposed). */
function width(text: string): number {
  let n = 0;
  for (const ch of text.normalize('NFC')) if (!/\p{M}/u.test(ch)) n++;
  return n;
}

const padEnd = (text: string, size: number) => text + ' '.repeat(Math.max(0, size - width(text)));
const padStart = (text: string, size: number) => ' '.repeat(Math.max(0, size - width(text))) + text;

/** Options of {@link formatTable}. */
export interface TableOptions {
  /** Columns (by index) aligned right, e.g. numbers. @default [] */
  alignRight?: readonly number[];
}

/**
 * A plain-text table with a header rule, columns sized to their content.
 *
 * @example
 * formatTable(['Kết quả', 'Số lượng'], [['Đồng bộ mới', '12']], { alignRight: [1] })
 * // 'Kết quả      Số lượng\n───────────  ────────\nĐồng bộ mới        12\n'
 */
export function formatTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  options: TableOptions = {},
): string {
  const right = new Set(options.alignRight ?? []);
  const sizes = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (right.has(i) ? padStart(c, sizes[i] ?? 0) : padEnd(c, sizes[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), sizes.map((s) => '─'.repeat(s)).join('  '), ...rows.map(line)].join('\n') + '\n';
}

/**
 * `label: value` lines with the labels aligned.
 *
 * @example formatPairs([['Mã hồ sơ', 'H66-1']]) // 'Mã hồ sơ  H66-1\n'
 */
export function formatPairs(pairs: readonly (readonly [string, string])[]): string {
  const size = Math.max(0, ...pairs.map(([label]) => width(label)));
  return pairs.map(([label, value]) => `${padEnd(label, size)}  ${value}`).join('\n') + '\n';
}
