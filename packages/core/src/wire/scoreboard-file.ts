import { decodePublicScoreboard, PUBLIC_SCOREBOARD_SERVICE } from './public-scoreboard';
import type { PublicScoreboardRow } from './public-scoreboard';
import { WireFormatError } from './wire-format-error';

/** Format tag of a scoreboard report file (`dvc scoreboard export|import`, gateway `scoreboard.file`). */
export const SCOREBOARD_FILE_FORMAT = 'dvc-kit.scoreboard/1';

/**
 * A scoreboard report file: the public report's rows as received, with where and when they
 * were exported — what `dvc scoreboard import` writes and the gateway's `scoreboard.file` reads.
 */
export interface ScoreboardFile {
  format: typeof SCOREBOARD_FILE_FORMAT;
  /** When the report was taken from the public pages (ISO 8601): the board's "as of". */
  exportedAt: string;
  /** When it was imported (ISO 8601). */
  importedAt: string;
  /** The public report address it came from, when known. */
  source?: string;
  /** Report service. @default 'report_tinh_766_service' */
  service: string;
  /** The `params` the report was asked with (`p_nam`, `p_tinh_id`, …). */
  params: Record<string, string | number>;
  /** The rows as received (every key kept). */
  rows: unknown[];
}

/**
 * Reads a scoreboard report file's text: the file, its rows decoded with
 * `decodePublicScoreboard`, and its export time. Throws `WireFormatError` when it is not one.
 *
 * @example const { rows, exportedAt } = parseScoreboardFile(await readFile(path, 'utf8'));
 */
export function parseScoreboardFile(text: string): {
  file: ScoreboardFile;
  rows: PublicScoreboardRow[];
  exportedAt: Date;
} {
  const fail = (vi: string, en: string): never => {
    throw new WireFormatError('wire.format', [{ path: '', code: 'wire.scoreboard-file', messages: { vi, en } }]);
  };
  let file: Partial<ScoreboardFile> = {};
  try {
    file = JSON.parse(text) as Partial<ScoreboardFile>;
  } catch {
    fail('Tệp không phải JSON.', 'The file is not JSON.');
  }
  if (file?.format !== SCOREBOARD_FILE_FORMAT)
    fail(`Không phải tệp ${SCOREBOARD_FILE_FORMAT}.`, `Not a ${SCOREBOARD_FILE_FORMAT} file.`);
  const exportedAt = new Date(String(file.exportedAt));
  if (Number.isNaN(exportedAt.getTime()))
    fail('exportedAt không phải thời điểm hợp lệ.', 'exportedAt is not a valid time.');
  const rows = decodePublicScoreboard(file.rows);
  return {
    file: { ...file, service: file.service ?? PUBLIC_SCOREBOARD_SERVICE, params: file.params ?? {} } as ScoreboardFile,
    rows,
    exportedAt,
  };
}
