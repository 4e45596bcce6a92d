// A small RFC 4180 CSV reader (quoted fields, "" escapes, CRLF or LF) — enough for a
// provincial export; use a CSV library for anything bigger. Yields one object per row,
// keyed by the header row, with the 1-based line number of the row.

/**
 * @param {string} text
 * @returns {Generator<{ line: number, values: Record<string, string> }>}
 */
export function* readCsv(text) {
  let header;
  let field = '';
  let row = [];
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const input = text.replace(/^\uFEFF/, '');
  const endRow = function* () {
    row.push(field);
    field = '';
    if (!header) header = row.map((h) => h.trim());
    else if (row.some((v) => v !== ''))
      yield { line: rowLine, values: Object.fromEntries(header.map((h, i) => [h, row[i] ?? ''])) };
    row = [];
  };
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && input[i + 1] === '\n') i++;
      yield* endRow();
      line++;
      rowLine = line;
    } else field += c;
  }
  if (field !== '' || row.length) yield* endRow();
}
