import { parseArgs } from 'node:util';
import { COPY_STORAGE_HELP } from './copy-storage-help';
import { StorageCopyError, tableMatches } from '../storage/copy-error';
import type { CopiedTable } from '../storage/copy-error';
import { copyStorage } from '../storage/copy-storage';
import { redactStorageUrl } from '../storage/storage-url';
import { runBlobCopyStep } from './blob-copy-step';
import { bothLanguages as both, errorReport, twoLines } from './messages';

/** Where a command writes. */
export interface CommandOutput {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

function pad(text: string | number, width: number, right = false): string {
  const s = String(text);
  return right ? s.padStart(width) : s.padEnd(width);
}

/** The per-table summary, Vietnamese / English labels. */
export function formatCopySummary(tables: CopiedTable[]): string {
  const lines = [
    `${pad(both('table.name'), 20)} ${pad(both('table.source'), 15, true)} ${pad(both('table.target'), 15, true)}  sha256 (16)       ${both('table.result')}`,
  ];
  for (const t of tables) {
    lines.push(
      `${pad(t.table, 20)} ${pad(t.sourceRows, 15, true)} ${pad(t.targetRows, 15, true)}  ${t.targetSha256.slice(0, 16)}  ${both(tableMatches(t) ? 'table.match' : 'table.mismatch')}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

type Values = {
  from?: string;
  to?: string;
  'batch-size'?: string;
  'from-blobs'?: string;
  'to-blobs'?: string;
  'blobs-only'?: boolean;
  help?: boolean;
};

const OPTIONS = {
  from: { type: 'string' },
  to: { type: 'string' },
  'batch-size': { type: 'string' },
  'from-blobs': { type: 'string' },
  'to-blobs': { type: 'string' },
  'blobs-only': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

function usable(values: Values, batchSize: number | undefined): boolean {
  const blobs = values['from-blobs'] !== undefined || values['to-blobs'] !== undefined;
  if (values.from === undefined || (batchSize !== undefined && !(Number.isInteger(batchSize) && batchSize > 0)))
    return false;
  if (blobs && (values['from-blobs'] === undefined || values['to-blobs'] === undefined)) return false;
  return values['blobs-only'] === true ? blobs && values.to === undefined : values.to !== undefined;
}

async function copyDatabase(
  from: string,
  to: string,
  batchSize: number | undefined,
  out: CommandOutput,
): Promise<void> {
  out.stdout(`${both('copying')}: ${from} → ${redactStorageUrl(to)}\n`);
  const result = await copyStorage({ from, to, ...(batchSize === undefined ? {} : { batchSize }) });
  const seconds = result.durationMs / 1000;
  out.stdout(formatCopySummary(result.tables));
  out.stdout(
    `${both('total')}: ${result.rows} ${both('rows')}, ${seconds.toFixed(2)} s (${Math.round(result.rows / Math.max(seconds, 0.001))} ${both('rows-per-second')})\n`,
  );
}

/**
 * `dvc-gateway copy-storage …`: parse the arguments, run {@link copyStorage} (unless
 * `--blobs-only`), then, with `--from-blobs`/`--to-blobs`, copy every referenced blob; print
 * the figures. Resolves to the process exit code (0 copied and verified, 1 refused, failed or
 * files missing at the source, 2 usage). `env` supplies the `GATEWAY_S3_*` settings of `s3://` stores.
 */
export async function runCopyStorageCommand(
  args: string[],
  out: CommandOutput,
  env: Record<string, string | undefined> = process.env,
): Promise<number> {
  let values: Values;
  try {
    ({ values } = parseArgs({ args, options: OPTIONS }));
  } catch (error) {
    out.stderr(`${error instanceof Error ? error.message : String(error)}\n\n${COPY_STORAGE_HELP}`);
    return 2;
  }
  if (values.help === true) {
    out.stdout(COPY_STORAGE_HELP);
    return 0;
  }
  const batchSize = values['batch-size'] === undefined ? undefined : Number(values['batch-size']);
  if (!usable(values, batchSize)) {
    out.stderr(`${both('usage.invalid')}.\n\n${COPY_STORAGE_HELP}`);
    return 2;
  }
  const from = values.from as string;
  try {
    if (values.to !== undefined) await copyDatabase(from, values.to, batchSize, out);
    const fromBlobs = values['from-blobs'];
    const toBlobs = values['to-blobs'];
    const blobCode =
      fromBlobs === undefined || toBlobs === undefined
        ? 0
        : await runBlobCopyStep({ storage: from, from: fromBlobs, to: toBlobs, env }, out);
    if (blobCode !== 0) return blobCode;
    out.stdout(twoLines(values.to === undefined ? 'done.blobs' : 'done.database'));
    return 0;
  } catch (error) {
    if (!(error instanceof StorageCopyError)) throw error;
    if (error.tables.length > 0) out.stderr(formatCopySummary(error.tables));
    out.stderr(errorReport(error.code, error.messages));
    return 1;
  }
}
