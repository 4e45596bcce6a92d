import { parseArgs } from 'node:util';
import { StorageCopyError, tableMatches } from '../storage/copy-error';
import type { CopiedTable } from '../storage/copy-error';
import { copyStorage } from '../storage/copy-storage';
import { redactStorageUrl } from '../storage/storage-url';

/** Where a command writes. */
export interface CommandOutput {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export const COPY_STORAGE_HELP = `dvc-gateway copy-storage --from <sqlite file> --to <postgres URL>

Sao chép toàn bộ dữ liệu của cổng kết nối từ SQLite sang PostgreSQL, kiểm tra lại từng bảng.
Copy all gateway data from SQLite to an empty PostgreSQL schema and verify every table.

  --from <file>       tệp SQLite / SQLite file: .data/gateway.db or sqlite:.data/gateway.db
  --to <url>          PostgreSQL trống / empty PostgreSQL: postgres://user:pass@host:5432/db[?schema=name]
  --batch-size <n>    số dòng mỗi lần / rows per batch (default 500)
  -h, --help          hướng dẫn này / this help

Dừng cổng kết nối trước khi sao chép. Tệp nguồn chỉ được đọc, không bao giờ bị sửa.
Stop the gateway before copying. The source file is only read, never changed.
Exit 0: copied and verified. Exit 1: refused or failed, the target is left empty. Exit 2: bad arguments.
`;

function pad(text: string | number, width: number, right = false): string {
  const s = String(text);
  return right ? s.padStart(width) : s.padEnd(width);
}

/** The per-table summary, Vietnamese / English labels. */
export function formatCopySummary(tables: CopiedTable[]): string {
  const lines = [`${pad('Bảng / Table', 20)} ${pad('Nguồn / Source', 15, true)} ${pad('Đích / Target', 15, true)}  sha256 (16)       Kết quả / Result`];
  for (const t of tables) {
    lines.push(
      `${pad(t.table, 20)} ${pad(t.sourceRows, 15, true)} ${pad(t.targetRows, 15, true)}  ${t.targetSha256.slice(0, 16)}  ${tableMatches(t) ? 'khớp / match' : 'KHÁC / MISMATCH'}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/**
 * `dvc-gateway copy-storage …`: parse the arguments, run {@link copyStorage}, print the
 * summary. Resolves to the process exit code (0 copied and verified, 1 refused or failed, 2 usage).
 */
export async function runCopyStorageCommand(args: string[], out: CommandOutput): Promise<number> {
  let values: { from?: string; to?: string; 'batch-size'?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: { from: { type: 'string' }, to: { type: 'string' }, 'batch-size': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (error) {
    out.stderr(`${error instanceof Error ? error.message : String(error)}\n\n${COPY_STORAGE_HELP}`);
    return 2;
  }
  if (values.help === true) {
    out.stdout(COPY_STORAGE_HELP);
    return 0;
  }
  const batchSize = values['batch-size'] === undefined ? undefined : Number(values['batch-size']);
  if (values.from === undefined || values.to === undefined || (batchSize !== undefined && !(Number.isInteger(batchSize) && batchSize > 0))) {
    out.stderr(`Thiếu hoặc sai tham số / Missing or invalid arguments.\n\n${COPY_STORAGE_HELP}`);
    return 2;
  }
  out.stdout(`Sao chép / Copying: ${values.from} → ${redactStorageUrl(values.to)}\n`);
  try {
    const result = await copyStorage({ from: values.from, to: values.to, ...(batchSize === undefined ? {} : { batchSize }) });
    const seconds = result.durationMs / 1000;
    out.stdout(formatCopySummary(result.tables));
    out.stdout(
      `Tổng / Total: ${result.rows} dòng / rows, ${seconds.toFixed(2)} s (${Math.round(result.rows / Math.max(seconds, 0.001))} dòng/giây / rows/s)\n` +
        'Xong: đã sao chép và kiểm tra. Hãy đặt GATEWAY_STORAGE_URL và khởi động cổng kết nối.\n' +
        'Done: copied and verified. Set GATEWAY_STORAGE_URL and start the gateway.\n',
    );
    return 0;
  } catch (error) {
    if (!(error instanceof StorageCopyError)) throw error;
    if (error.tables.length > 0) out.stderr(formatCopySummary(error.tables));
    out.stderr(`Lỗi / Error (${error.code}):\n  ${error.messages.vi}\n  ${error.messages.en}\n`);
    return 1;
  }
}
