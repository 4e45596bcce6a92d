const NEEDS_QUOTES = /[",;\t\r\n]/;

/**
 * One CSV row (RFC 4180, no line end): fields holding a delimiter, quote or newline
 * are quoted with `""` escapes. A row of one empty field is written `""` so that it
 * does not read back as a blank line.
 *
 * @example formatCsvRow(['H66-1', 'Nguyễn "An"']) // 'H66-1,"Nguyễn ""An"""'
 */
export function formatCsvRow(fields: readonly string[], delimiter = ','): string {
  if (fields.length === 1 && fields[0] === '') return '""';
  return fields
    .map((f) => (NEEDS_QUOTES.test(f) || f.includes(delimiter) ? `"${f.replaceAll('"', '""')}"` : f))
    .join(delimiter);
}
