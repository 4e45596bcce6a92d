/** One CSV record. */
export interface CsvRecord {
  /** The fields, unquoted. */
  fields: string[];
  /** Line of the file where the record starts (1-based; embedded newlines count). */
  line: number;
  /** Set when the file ended inside a quoted field (the fields hold what was read). */
  error?: 'unclosed-quote';
}

/** Options of {@link createCsvParser}. */
export interface CsvParseOptions {
  /** Field delimiter. @default detected from the first line: `,`, `;` or tab, whichever occurs most (`,` on a tie) */
  delimiter?: string;
}

/** An incremental CSV parser: push text chunks of any size, then `end()`. */
export interface CsvParser {
  /** Parses a chunk; returns the records it completed. */
  push(chunk: string): CsvRecord[];
  /** Flushes the last record (a file need not end with a newline). */
  end(): CsvRecord[];
  /** The delimiter in use (`undefined` until the first line has been seen). */
  readonly delimiter: string | undefined;
}

const START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
const QUOTE_IN_QUOTED = 3;
const LF = 10;
const CR = 13;
const QUOTE = 34;

/** Index of the first line end outside quotes, or -1 when the text has none yet. */
function firstLineEnd(text: string): number {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) quoted = !quoted;
    else if (!quoted && (c === LF || c === CR)) return i;
  }
  return -1;
}

/** Counts `,`, `;` and tabs outside quotes on the first line and picks the most frequent. */
function detectDelimiter(firstLine: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ',';
  for (const [ch, n] of counts) if (n > (counts.get(best) ?? 0)) best = ch;
  return best;
}

/**
 * An RFC 4180 CSV parser that works on a stream: quoted fields with `""` escapes and
 * embedded newlines, CRLF/LF/CR line ends, a leading UTF-8 BOM, `;` (or tab) delimiter
 * detection. Blank lines are skipped. It is lenient where exports are sloppy: a quote
 * inside an unquoted field, or text after a closing quote, is kept as text.
 *
 * @example
 * ```ts
 * const parser = createCsvParser();
 * parser.push('MaHoSo;ChuHoSo\r\nH66-1;"Nguyễn ""Văn"" An"\r\n'); // [{ fields: ['MaHoSo','ChuHoSo'], line: 1 }, { fields: ['H66-1','Nguyễn "Văn" An'], line: 2 }]
 * ```
 */
export function createCsvParser(options: CsvParseOptions = {}): CsvParser {
  let delimiter = options.delimiter;
  let delimiterCode = delimiter?.charCodeAt(0) ?? -1;
  let head = '';
  let started = false;
  let state = START;
  let field = '';
  let fields: string[] = [];
  let quotedRecord = false;
  let line = 1;
  let recordLine = 1;
  let skipLF = false;
  let out: CsvRecord[] = [];

  const endRecord = (error?: CsvRecord['error']) => {
    fields.push(field);
    field = '';
    if (!(fields.length === 1 && fields[0] === '' && !quotedRecord)) {
      out.push(error ? { fields, line: recordLine, error } : { fields, line: recordLine });
    }
    fields = [];
    quotedRecord = false;
  };

  const feed = (text: string) => {
    const n = text.length;
    let i = 0;
    while (i < n) {
      if (skipLF) {
        skipLF = false;
        if (text.charCodeAt(i) === LF) {
          i++;
          continue;
        }
      }
      if (state === START) {
        if (text.charCodeAt(i) === QUOTE) {
          state = QUOTED;
          quotedRecord = true;
          i++;
        } else state = UNQUOTED;
      } else if (state === UNQUOTED) {
        let j = i;
        let c = -1;
        while (j < n) {
          c = text.charCodeAt(j);
          if (c === delimiterCode || c === LF || c === CR) break;
          j++;
        }
        field += text.slice(i, j);
        i = j;
        if (j < n) {
          i++;
          state = START;
          if (c === delimiterCode) {
            fields.push(field);
            field = '';
          } else {
            endRecord();
            line++;
            recordLine = line;
            skipLF = c === CR;
          }
        }
      } else if (state === QUOTED) {
        const q = text.indexOf('"', i);
        const end = q < 0 ? n : q;
        const part = text.slice(i, end);
        for (let k = part.indexOf('\n'); k >= 0; k = part.indexOf('\n', k + 1)) line++;
        field += part;
        i = end;
        if (q >= 0) {
          i++;
          state = QUOTE_IN_QUOTED;
        }
      } else if (text.charCodeAt(i) === QUOTE) {
        field += '"';
        i++;
        state = QUOTED;
      } else {
        state = UNQUOTED;
      }
    }
  };

  const begin = (text: string, final: boolean) => {
    head += text;
    const newline = firstLineEnd(head);
    if (newline < 0 && !final) return;
    if (head.charCodeAt(0) === 0xfeff) head = head.slice(1);
    if (delimiter === undefined) {
      delimiter = detectDelimiter(newline < 0 ? head : head.slice(0, newline));
      delimiterCode = delimiter.charCodeAt(0);
    }
    started = true;
    const rest = head;
    head = '';
    feed(rest);
  };

  const take = () => {
    const done = out;
    out = [];
    return done;
  };

  return {
    push(chunk) {
      if (started) feed(chunk);
      else begin(chunk, false);
      return take();
    },
    end() {
      if (!started) begin('', true);
      if (state === QUOTED) endRecord('unclosed-quote');
      else if (state !== START || fields.length > 0 || field !== '') endRecord();
      state = START;
      return take();
    },
    get delimiter() {
      return delimiter;
    },
  };
}

/**
 * Parses CSV text arriving in chunks (e.g. a file stream) lazily, record by record,
 * so a 100 MB export is never held in memory at once. See {@link createCsvParser}.
 *
 * @example
 * ```ts
 * for await (const { fields, line } of parseCsv(createReadStream(file, 'utf8'))) { … }
 * ```
 */
export async function* parseCsv(
  source: AsyncIterable<string> | Iterable<string>,
  options: CsvParseOptions = {},
): AsyncGenerator<CsvRecord> {
  const parser = createCsvParser(options);
  for await (const chunk of source) yield* parser.push(chunk);
  yield* parser.end();
}
