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
import { helpBook } from './help-texts';
import { formatVietnamDate } from './lookup';

/** Columns of the CSV and table outputs: key, Vietnamese and English heading, value. */
const COLUMNS: readonly [key: string, vi: string, en: string, value: (r: DigitizationRow) => string | number][] = [
  ['agencyCode', 'Mã cơ quan', 'Agency code', (r) => r.agencyCode],
  ['name', 'Tên', 'Name', (r) => r.name],
  ['progress', 'Tiến độ', 'Progress', (r) => r.progress],
  ['onlineService', 'DVC trực tuyến', 'Online service', (r) => r.onlineService],
  ['onlinePayment', 'TT trực tuyến', 'Online payment', (r) => r.onlinePayment],
  ['satisfaction', 'Hài lòng', 'Satisfaction', (r) => r.satisfaction],
  ['digitization', 'Số hóa', 'Digitization', (r) => r.digitization],
  ['total', 'Tổng điểm', 'Total', (r) => r.total],
  ['rank', 'Hạng số hóa', 'Digitization rank', (r) => r.rank],
  ['overallRank', 'Hạng chung', 'Overall rank', (r) => r.overallRank],
  ['of', 'Số đơn vị', 'Of', (r) => r.of],
  ['received', 'Hồ sơ tiếp nhận', 'Received', (r) => r.counts.received],
  ['digitizedParts', 'Có số hóa TPHS', 'Digitized parts', (r) => r.counts.digitizedParts],
  ['reusedParts', 'Tái sử dụng', 'Reused parts', (r) => r.counts.reusedParts],
  ['solved', 'Đã giải quyết', 'Solved', (r) => r.counts.solved],
  ['resultsDigitized', 'KQ đã số hóa', 'Results digitized', (r) => r.counts.resultsDigitized],
];

const TABLE_COLUMNS = new Set([
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

const show = (v: string | number) => (typeof v === 'number' ? String(Math.round(v * 100) / 100) : v);

function asTable(rows: readonly DigitizationRow[], language: Language, history: boolean): string {
  const columns = COLUMNS.filter(([key]) => TABLE_COLUMNS.has(key));
  const head = columns.map(([, vi, en]) => (language === 'vi' ? vi : en));
  const body = rows.map((r) => columns.map(([, , , value]) => show(value(r))));
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
    const h =
      language === 'vi'
        ? ['Tuần', 'Từ ngày', 'Tiếp nhận', 'Số hóa', 'Tổng', 'Hạng']
        : ['Week', 'From', 'Received', 'Digitization', 'Total', 'Rank'];
    out += `\n${row.name}\n${formatTable(h, weeks, { alignRight: [0, 2, 3, 4, 5] })}`;
  }
  return out;
}

function asCsv(rows: readonly DigitizationRow[]): string {
  const lines = [
    formatCsvRow(COLUMNS.map(([key]) => key)),
    ...rows.map((r) => formatCsvRow(COLUMNS.map(([, , , value]) => String(value(r))))),
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
  const kind = onePositional(
    positionals,
    'report',
    language === 'vi' ? 'loại báo cáo (digitization)' : 'the report kind (digitization)',
  );
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
