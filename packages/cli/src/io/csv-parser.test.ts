import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCsvParser, parseCsv } from './csv-parser';
import { formatCsvRow } from './csv-writer';

/** Parses `text` split into chunks at the given cut points. */
function parseChunked(text: string, cuts: number[], delimiter?: string) {
  const parser = createCsvParser(delimiter === undefined ? {} : { delimiter });
  const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const records = [];
  let from = 0;
  for (const to of [...points, text.length]) {
    records.push(...parser.push(text.slice(from, to)));
    from = to;
  }
  records.push(...parser.end());
  return records;
}

// Any text, including quotes, delimiters, CR, LF and Vietnamese letters (also decomposed).
const fieldChar = fc.constantFrom('a', 'Đ', 'ệ', 'e\u0302\u0301', '"', ',', ';', '\t', '\r', '\n', ' ', '1', '😀');
const field = fc.array(fieldChar, { maxLength: 8 }).map((chars) => chars.join(''));

describe('CSV parser', () => {
  it('round-trips arbitrary rectangular tables through the writer, with any chunking and line end', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 2, max: 5 })
          .chain((width) =>
            fc.array(fc.array(field, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 6 }),
          ),
        fc.constantFrom(',', ';', '\t'),
        fc.constantFrom('\r\n', '\n'),
        fc.boolean(),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 6 }),
        (rows, delimiter, eol, bom, trailing, cuts) => {
          const text =
            (bom ? '\uFEFF' : '') + rows.map((r) => formatCsvRow(r, delimiter)).join(eol) + (trailing ? eol : '');
          // Detection needs the header to have a delimiter outside quotes, which a 2+ column header does.
          const records = parseChunked(text, cuts);
          expect(records.map((r) => r.fields)).toEqual(rows);
          expect(records.every((r) => r.error === undefined)).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('numbers each record by the line it starts on, counting embedded newlines', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(field, field), { minLength: 1, maxLength: 6 }), (rows) => {
        const lines = rows.map((r) => formatCsvRow(r));
        const records = parseChunked(lines.join('\n'), [], ',');
        let line = 1;
        records.forEach((record, i) => {
          expect(record.line).toBe(line);
          line += (lines[i] as string).split('\n').length;
        });
      }),
    );
  });

  it('detects the delimiter, strips the BOM and skips blank lines', async () => {
    const text = '\uFEFFMaHoSo;ChuHoSo\r\n\r\nH66-1;"Nguyễn ""Văn"" An"\r\n\r\n';
    const records = [];
    for await (const r of parseCsv([text.slice(0, 5), text.slice(5)])) records.push(r);
    expect(records).toEqual([
      { fields: ['MaHoSo', 'ChuHoSo'], line: 1 },
      { fields: ['H66-1', 'Nguyễn "Văn" An'], line: 3 },
    ]);
  });

  it('keeps stray quotes as text and reports an unclosed quote at the end', () => {
    expect(parseChunked('a,b\nx"y,"q"z\n', []).map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['x"y', 'qz'],
    ]);
    expect(parseChunked('a,b\n1,"never closed\n2,3', [7])).toEqual([
      { fields: ['a', 'b'], line: 1 },
      { fields: ['1', 'never closed\n2,3'], line: 2, error: 'unclosed-quote' },
    ]);
  });

  it('treats a lone CR as a line end and handles CRLF split across chunks', () => {
    expect(parseChunked('a,b\r1,2\r\n3,4', [4, 8]).map((r) => [r.fields, r.line])).toEqual([
      [['a', 'b'], 1],
      [['1', '2'], 2],
      [['3', '4'], 3],
    ]);
  });
});
