import { dossierCodec, encodeWire } from '@dvc-kit/core';
import type { Dossier } from '@dvc-kit/core';
import type { BulkSyncItem, PortalClient } from '@dvc-kit/client';
import { PORTAL_FLAGS, resolvePortalConfig } from '../config';
import { EXIT_CODES } from '../exit-codes';
import type { ExitCode } from '../exit-codes';
import type { ProcedureLookup } from '../import/input-entry';
import { openDossierFile } from '../import/open-dossier-file';
import { createLineWriter } from '../io/line-writer';
import type { LineWriter } from '../io/line-writer';
import { createProgressBar } from '../io/progress-bar';
import { cliMessageBook } from '../messages';
import { connect } from '../portal/connect';
import type { CommandContext } from './context';
import { oneOf, onePositional, parseCommandArgs, positiveInt } from './context';
import { helpBook } from './help-texts';
import { formatSyncSummary } from './sync-summary';
import type { SyncFailure, SyncTotals } from './sync-summary';

/** Procedure names and fields from `LayThuTuc`, asked once per procedure code. */
function catalogueLookup(portal: PortalClient): ProcedureLookup {
  const cache = new Map<string, ReturnType<ProcedureLookup>>();
  return (code) => {
    let found = cache.get(code);
    if (!found) {
      found = portal.getProcedure(code).then(
        (p) =>
          p && { name: p.name, ...(p.fields?.[0] ? { fieldCode: p.fields[0].code, fieldName: p.fields[0].name } : {}) },
        () => undefined,
      );
      cache.set(code, found);
    }
    return found;
  };
}

/** Errors that mean the portal was never usable, as opposed to refusing a dossier. */
const PORTAL_DOWN = new Set(['client.auth', 'client.connection', 'client.timeout']);

/**
 * `dvc sync <file>`: streams dossiers from a CSV or NDJSON file to the portal with a
 * progress display, prints a summary and, with `--report`, writes every failed item
 * (bad rows and refused dossiers) as NDJSON that `dvc sync` reads back.
 * Exit 0 when all synced, 5 when some failed, 4 when the portal could not be used.
 */
export async function runSync(args: string[], ctx: CommandContext): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs(args, {
    ...PORTAL_FLAGS,
    format: { type: 'string' },
    delimiter: { type: 'string' },
    report: { type: 'string' },
    concurrency: { type: 'string' },
    'batch-size': { type: 'string' },
    'no-progress': { type: 'boolean' },
  });
  const { io, language } = ctx;
  if (values.help) {
    io.stdout.write(helpBook.localize('sync', undefined, language));
    return EXIT_CODES.ok;
  }
  const file = onePositional(positionals, 'sync', 'cli.argument.input-file', language);
  const format =
    values.format === undefined ? undefined : oneOf('--format', values.format, ['csv', 'ndjson'] as const, 'csv');
  if (values.delimiter !== undefined && values.delimiter.length !== 1)
    oneOf('--delimiter', values.delimiter, [',', ';', '\t'], ',');
  const concurrency = positiveInt('--concurrency', values.concurrency, 4);
  const batchSize = positiveInt('--batch-size', values['batch-size'], 50);
  const config = resolvePortalConfig(values, io.env, language);
  const portal = connect(config, io.signal);

  const input = await openDossierFile(file, io.cwd, {
    format,
    delimiter: values.delimiter,
    lookupProcedure: catalogueLookup(portal),
  });
  if (input.ignoredColumns.length > 0)
    io.stderr.write(
      `${cliMessageBook.localize('cli.sync.warning-columns', { columns: input.ignoredColumns.join(', ') }, language)}\n`,
    );
  const report: LineWriter | undefined =
    values.report === undefined ? undefined : await createLineWriter(values.report, io.cwd);
  // Fails fast (exit 4) on wrong credentials or an unreachable portal, before reading rows.
  await portal.listFields();

  const totals: SyncTotals = { inserted: 0, updated: 0, failed: 0, invalid: 0 };
  const failures: SyncFailure[] = [];
  const inFlight = new Map<string, { dossier: Dossier; line: number }[]>();
  const progress = values['no-progress']
    ? undefined
    : createProgressBar({ stream: io.stderr, total: input.total, language, ...(io.now ? { now: io.now } : {}) });
  const tick = () => progress?.update(totals.inserted + totals.updated + totals.failed + totals.invalid);

  async function* dossiers(): AsyncGenerator<Dossier> {
    for await (const entry of input.entries) {
      if (entry.ok) {
        const queue = inFlight.get(entry.dossier.code) ?? [];
        queue.push({ dossier: entry.dossier, line: entry.line });
        inFlight.set(entry.dossier.code, queue);
        yield entry.dossier;
        continue;
      }
      totals.invalid++;
      failures.push({
        line: entry.line,
        code:
          typeof (entry.raw as { MaHoSo?: unknown })?.MaHoSo === 'string'
            ? (entry.raw as { MaHoSo: string }).MaHoSo
            : '',
        errorCode: entry.code,
        reason: entry.reason,
      });
      report?.write(
        JSON.stringify({ line: entry.line, error: { code: entry.code, ...entry.reason }, dossier: entry.raw }),
      );
      tick();
    }
  }

  const onItem = (item: BulkSyncItem) => {
    const queue = inFlight.get(item.code);
    const source = queue?.shift();
    if (queue?.length === 0) inFlight.delete(item.code);
    if (item.status === 'synced') {
      if (item.action === 'inserted') totals.inserted++;
      else totals.updated++;
    } else {
      totals.failed++;
      failures.push({
        ...(source ? { line: source.line } : {}),
        code: item.code,
        errorCode: item.errorCode,
        reason: item.reason,
      });
      if (source)
        report?.write(
          JSON.stringify({
            line: source.line,
            error: { code: item.errorCode, ...item.reason },
            dossier: encodeWire(dossierCodec, source.dossier),
          }),
        );
    }
    tick();
  };

  let result;
  try {
    result = await portal.syncDossiers(dossiers(), {
      concurrency,
      batchSize,
      onProgress: ({ last }) => onItem(last),
      ...(io.signal ? { signal: io.signal } : {}),
    });
  } finally {
    progress?.finish();
    await report?.close();
  }

  io.stdout.write(formatSyncSummary(totals, failures, language));
  if (result.aborted) io.stderr.write(`${cliMessageBook.localize('cli.sync.aborted', undefined, language)}\n`);
  if (failures.length === 0) return result.aborted ? EXIT_CODES.partialFailure : EXIT_CODES.ok;
  if (report)
    io.stderr.write(
      `${cliMessageBook.localize('cli.sync.report-written', { count: report.count, file: values.report ?? '' }, language)}\n`,
    );
  else io.stderr.write(`${cliMessageBook.localize('cli.sync.report-hint', undefined, language)}\n`);
  const portalDown =
    totals.inserted + totals.updated === 0 &&
    totals.failed > 0 &&
    failures.filter((f) => PORTAL_DOWN.has(f.errorCode)).length === totals.failed;
  return portalDown ? EXIT_CODES.portal : EXIT_CODES.partialFailure;
}
