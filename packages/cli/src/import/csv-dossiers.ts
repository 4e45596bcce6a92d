import { parseCsv } from '../io/csv-parser';
import type { CsvRecord } from '../io/csv-parser';
import { CliError } from '../errors/cli-error';
import { EXIT_CODES } from '../exit-codes';
import { cliMessageBook } from '../messages';
import { REQUIRED_COLUMNS, cellToWire, columnFor } from './dossier-columns';
import type { DossierColumn } from './dossier-columns';
import { completeFromCatalogue, decodeEntry } from './input-entry';
import type { InputEntry, ProcedureLookup } from './input-entry';

/** Options of {@link readCsvDossiers}. */
export interface CsvDossierOptions {
  /** Field delimiter. @default detected (`,`, `;` or tab) */
  delimiter?: string;
  /** Fills in procedure and field names a row lacks. @default none */
  lookupProcedure?: ProcedureLookup;
}

/** A CSV export opened for import: its header is checked; `entries` reads the rows lazily. */
export interface CsvDossierSource {
  /** Headers that match no column (ignored). */
  ignoredColumns: string[];
  entries: AsyncIterable<InputEntry>;
}

/**
 * Opens a provincial CSV export of dossiers (see `DOSSIER_COLUMNS` for the mapping).
 * Reads the header now — a file without a required column is rejected as a whole
 * (`cli.input.header`, exit 3) — then yields one entry per row: a dossier, or the
 * row's line number and reason. A bad row never stops the import.
 *
 * @example
 * const source = await readCsvDossiers(readTextChunks(path));
 * for await (const entry of source.entries) if (!entry.ok) console.error(entry.line, entry.reason.vi);
 */
export async function readCsvDossiers(
  chunks: AsyncIterable<string>,
  options: CsvDossierOptions = {},
): Promise<CsvDossierSource> {
  const records = parseCsv(chunks, options.delimiter === undefined ? {} : { delimiter: options.delimiter });
  const first = await records.next();
  const header = first.done ? [] : first.value.fields;
  const columns: (DossierColumn | undefined)[] = [];
  const seen = new Set<string>();
  const ignoredColumns: string[] = [];
  for (const name of header) {
    const column = columnFor(name);
    if (column && !seen.has(column.wire)) {
      seen.add(column.wire);
      columns.push(column);
    } else {
      columns.push(undefined);
      if (name.trim() !== '') ignoredColumns.push(name);
    }
  }
  const missing = REQUIRED_COLUMNS.filter((c) => !seen.has(c));
  if (missing.length > 0) {
    await records.return(undefined);
    throw new CliError('cli.input.header', EXIT_CODES.input, { columns: missing.join(', ') });
  }

  async function* entries(): AsyncGenerator<InputEntry> {
    for await (const record of records) yield await rowToEntry(record, columns, options.lookupProcedure);
  }
  return { ignoredColumns, entries: entries() };
}

async function rowToEntry(
  record: CsvRecord,
  columns: readonly (DossierColumn | undefined)[],
  lookup: ProcedureLookup | undefined,
): Promise<InputEntry> {
  const { fields, line } = record;
  const raw: Record<string, string> = {};
  columns.forEach((column, i) => {
    const cell = fields[i]?.trim();
    if (column && cell) raw[column.wire] = cell;
  });
  if (record.error)
    return { ok: false, line, code: 'cli.row.quote', reason: cliMessageBook.localize('cli.row.quote'), raw };
  if (fields.length !== columns.length) {
    return {
      ok: false,
      line,
      code: 'cli.row.columns',
      reason: cliMessageBook.localize('cli.row.columns', { actual: fields.length, expected: columns.length }),
      raw,
    };
  }
  const wire: Record<string, unknown> = {};
  const problems: { vi: string[]; en: string[] } = { vi: [], en: [] };
  columns.forEach((column, i) => {
    const cell = fields[i]?.trim() ?? '';
    if (!column || cell === '') return;
    const value = cellToWire(column.kind, cell);
    if (value !== undefined) {
      wire[column.wire] = value;
      return;
    }
    // Personal fields are text, so a value quoted here is never a citizen's data.
    const problem = cliMessageBook.localize(column.kind === 'date' ? 'cli.row.date' : 'cli.row.enum', {
      column: column.wire,
      value: cell,
    });
    problems.vi.push(problem.vi);
    problems.en.push(problem.en);
  });
  if (problems.vi.length > 0)
    return {
      ok: false,
      line,
      code: 'cli.row.value',
      reason: { vi: problems.vi.join(' '), en: problems.en.join(' ') },
      raw,
    };
  wire.LoaiDoiTuong ??= '1';
  await completeFromCatalogue(wire, lookup);
  const entry = decodeEntry(wire, line);
  return entry.ok ? entry : { ...entry, raw };
}
