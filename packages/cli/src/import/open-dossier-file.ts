import { extname } from 'node:path';
import { CliError } from '../errors/cli-error';
import { EXIT_CODES } from '../exit-codes';
import { createCsvParser } from '../io/csv-parser';
import { checkInputFile, readLines, readTextChunks } from '../io/text-file';
import { readCsvDossiers } from './csv-dossiers';
import type { InputEntry, ProcedureLookup } from './input-entry';
import { readNdjsonDossiers } from './ndjson-dossiers';

/** Input formats `dvc sync` reads. */
export type InputFormat = 'csv' | 'ndjson';

/** Options of {@link openDossierFile}. */
export interface OpenDossierFileOptions {
  /** @default from the extension: `.csv`/`.txt` → csv, `.ndjson`/`.jsonl`/`.json` → ndjson */
  format?: InputFormat | undefined;
  /** CSV delimiter. @default detected */
  delimiter?: string | undefined;
  lookupProcedure?: ProcedureLookup;
}

/** An opened input file. */
export interface DossierFile {
  format: InputFormat;
  /** Items in the file (data rows / non-blank lines), counted by a first streaming pass. */
  total: number;
  /** CSV headers matching no column. */
  ignoredColumns: string[];
  entries: AsyncIterable<InputEntry>;
}

function formatOf(file: string): InputFormat {
  const ext = extname(file).toLowerCase();
  if (ext === '.csv' || ext === '.txt') return 'csv';
  if (ext === '.ndjson' || ext === '.jsonl' || ext === '.json') return 'ndjson';
  throw new CliError('cli.input.format', EXIT_CODES.input, { file });
}

/** Counts items with one streaming pass (cheap next to syncing; gives the progress bar its total). */
async function countItems(
  path: string,
  file: string,
  format: InputFormat,
  delimiter: string | undefined,
): Promise<number> {
  let n = 0;
  if (format === 'ndjson') {
    for await (const { text } of readLines(readTextChunks(path, file))) if (text.trim() !== '') n++;
    return n;
  }
  const parser = createCsvParser(delimiter === undefined ? {} : { delimiter });
  for await (const chunk of readTextChunks(path, file)) n += parser.push(chunk).length;
  n += parser.end().length;
  return Math.max(0, n - 1);
}

/**
 * Opens a CSV or NDJSON file of dossiers for `dvc sync`: checks it exists (exit 3),
 * counts its items, reads a CSV header (exit 3 without the required columns) and
 * returns the entries as a lazy stream.
 */
export async function openDossierFile(
  file: string,
  cwd: string,
  options: OpenDossierFileOptions = {},
): Promise<DossierFile> {
  const path = await checkInputFile(file, cwd);
  const format = options.format ?? formatOf(file);
  const total = await countItems(path, file, format, options.delimiter);
  const chunks = readTextChunks(path, file);
  if (format === 'ndjson')
    return { format, total, ignoredColumns: [], entries: readNdjsonDossiers(chunks, options.lookupProcedure) };
  const csv = await readCsvDossiers(chunks, {
    ...(options.delimiter !== undefined ? { delimiter: options.delimiter } : {}),
    ...(options.lookupProcedure ? { lookupProcedure: options.lookupProcedure } : {}),
  });
  return { format, total, ignoredColumns: csv.ignoredColumns, entries: csv.entries };
}
