import type { Language } from '@dvc-kit/core';
import { PORTAL_FLAGS, resolvePortalConfig } from '../config';
import { CliError } from '../errors/cli-error';
import { EXIT_CODES } from '../exit-codes';
import type { ExitCode } from '../exit-codes';
import { formatCsvRow } from '../io/csv-writer';
import { formatTable } from '../io/table';
import { fetchDigitizationReport } from '../portal/digitization-report';
import type { DigitizationRow } from '../portal/digitization-report';
import type { CommandContext } from './context';
import { oneOf, onePositional, parseCommandArgs } from './context';
import { cliMessageBook, type CliMessageCode } from '../messages';
import { helpBook } from './help-texts';
import { formatVietnamDate } from './lookup';

/** What follows `Prefix` in the message codes `Code` that start with it. */
type CodesAfter<Prefix extends string, Code> = Code extends `${Prefix}${infer Key}` ? Key : never;

/** The keys of the report's columns: the CSV's header; `cli.report.column.<key>` heads the table. */
type ColumnKey = CodesAfter<'cli.report.column.', CliMessageCode>;

/** Columns of the CSV and table outputs: key, value. */
const COLUMNS: readonly [key: ColumnKey, value: (r: DigitizationRow) => string | number][] = [
  ['agencyCode', (r) => r.agencyCode],
  ['name', (r) => r.name],
  ['progress', (r) => r.progress],
  ['onlineService', (r) => r.onlineService],
  ['onlinePayment', (r) => r.onlinePayment],
  ['satisfaction', (r) => r.satisfaction],
  ['digitization', (r) => r.digitization],
  ['total', (r) => r.total],
  ['rank', (r) => r.rank],
  ['overallRank', (r) => r.overallRank],
  ['of', (r) => r.of],
  ['received', (r) => r.counts.received],
  ['digitizedParts', (r) => r.counts.digitizedParts],
  ['reusedParts', (r) => r.counts.reusedParts],
  ['solved', (r) => r.counts.solved],
  ['resultsDigitized', (r) => r.counts.resultsDigitized],
];

const TABLE_COLUMNS = new Set<ColumnKey>([
  'agencyCode',
  'name',
  'progress',
  'onlineService',
  'onlinePayment',
  'satisfaction',
  'digitization',
  'total',
  'rank',
  'received',
]);

/** The columns of a commune's weekly history (`--history`), headed `cli.report.history.<key>`. */
const HISTORY_COLUMNS = ['week', 'from', 'received', 'digitization', 'total', 'rank'] as const;

const show = (v: string | number) => (typeof v === 'number' ? String(Math.round(v * 100) / 100) : v);

function asTable(rows: readonly DigitizationRow[], language: Language, history: boolean): string {
  const columns = COLUMNS.filter(([key]) => TABLE_COLUMNS.has(key));
  const text = (code: CliMessageCode) => cliMessageBook.localize(code, undefined, language);
  const head = columns.map(([key]) => text(`cli.report.column.${key}`));
  const body = rows.map((r) => columns.map(([, value]) => show(value(r))));
  let out = formatTable(head, body, { alignRight: columns.map((_, i) => i).filter((i) => i > 1) });
  for (const row of history ? rows : []) {
    const weeks = (row.history ?? []).map((w) => [
      String(w.week),
      formatVietnamDate(w.from).slice(0, 10),
      String(w.received),
      show(w.digitization),
      show(w.total),
      String(w.rank),
    ]);
    const h = HISTORY_COLUMNS.map((key) => text(`cli.report.history.${key}`));
    out += `\n${row.name}\n${formatTable(h, weeks, { alignRight: [0, 2, 3, 4, 5] })}`;
  }
  return out;
}

function asCsv(rows: readonly DigitizationRow[]): string {
  const lines = [
    formatCsvRow(COLUMNS.map(([key]) => key)),
    ...rows.map((r) => formatCsvRow(COLUMNS.map(([, value]) => String(value(r))))),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * `dvc report digitization`: the `BaoCaoSoHoa` report of `--agency` (default
 * `DVC_AGENCY`) as a table, CSV (stable English column keys, CRLF, for spreadsheets)
 * or JSON (the decoded rows; dates ISO).
 */
export async function runReport(args: string[], ctx: CommandContext): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs(args, {
    ...PORTAL_FLAGS,
    format: { type: 'string' },
    history: { type: 'boolean' },
  });
  const { io, language } = ctx;
  if (values.help) {
    io.stdout.write(helpBook.localize('report', undefined, language));
    return EXIT_CODES.ok;
  }
  const kind = onePositional(positionals, 'report', 'cli.argument.report-kind', language);
  oneOf('report', kind, ['digitization'] as const, 'digitization');
  const format = oneOf('--format', values.format, ['table', 'csv', 'json'] as const, 'table');
  const config = resolvePortalConfig(values, io.env, language);
  const rows = await fetchDigitizationReport(config, config.agency, ctx.io.signal);
  if (rows.length === 0) throw new CliError('cli.report.empty', EXIT_CODES.portal, { agency: config.agency });
  // extraWireFields (columns this version does not know) stay out of the user's output.
  const shown = rows.map(({ history, extraWireFields: _extra, ...row }) =>
    values.history && history ? { ...row, history } : row,
  );
  if (format === 'json') io.stdout.write(`${JSON.stringify(shown, null, 2)}\n`);
  else if (format === 'csv') io.stdout.write(asCsv(shown));
  else io.stdout.write(asTable(shown, language, values.history === true));
  return EXIT_CODES.ok;
}
