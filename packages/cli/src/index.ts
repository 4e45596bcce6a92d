/**
 * `@dvc-kit/cli` — the `dvc` command. The package ships the binary only; these
 * exports are for tests and for embedding the command in another Node program.
 *
 * @packageDocumentation
 */
export { main } from './main';
export type { CliIo, OutputStream } from './io/cli-io';
export { EXIT_CODES } from './exit-codes';
export type { ExitCode } from './exit-codes';
export { CliError } from './errors/cli-error';
export { cliMessageBook, cliMessages } from './messages';
export type { CliMessageCode, CliMessageParams } from './messages';
export { DOSSIER_COLUMNS, REQUIRED_COLUMNS } from './import/dossier-columns';
export type { DossierColumn, ColumnKind } from './import/dossier-columns';
export { createCsvParser, parseCsv } from './io/csv-parser';
export type { CsvParser, CsvParseOptions, CsvRecord } from './io/csv-parser';
export { formatCsvRow } from './io/csv-writer';
