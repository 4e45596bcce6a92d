import { decodePublicScoreboard, PUBLIC_SCOREBOARD_SERVICE } from '@dvc-kit/core';
import type { PublicScoreboardRow } from '@dvc-kit/core';

/** Format tag of a scoreboard report file (written by `dvc scoreboard import`). */
export const SCOREBOARD_FILE_FORMAT = 'dvc-kit.scoreboard/1';

/**
 * A report file as `dvc scoreboard import` writes it: the public report's rows as received,
 * with where and when they were exported.
 */
export interface ScoreboardFile {
  format: typeof SCOREBOARD_FILE_FORMAT;
  /** When the operator exported the report from the public pages (ISO 8601). */
  exportedAt: string;
  /** When it was imported (ISO 8601). */
  importedAt: string;
  /** The public report address it came from, when known. */
  source?: string;
  /** Report service. @default 'report_tinh_766_service' */
  service: string;
  /** The `params` the report was asked with (`p_nam`, `p_tinh_id`, …). */
  params: Record<string, string | number>;
  /** The rows as received. */
  rows: unknown[];
}

/**
 * Reads a scoreboard report file: its rows decoded with core's `decodePublicScoreboard` and its
 * export time. Throws (`WireFormatError` or `Error`) when the file is not one.
 */
export function parseScoreboardFile(text: string): { file: ScoreboardFile; rows: PublicScoreboardRow[]; exportedAt: Date } {
  const file = JSON.parse(text) as Partial<ScoreboardFile>;
  if (file.format !== SCOREBOARD_FILE_FORMAT) throw new Error(`Not a ${SCOREBOARD_FILE_FORMAT} file`);
  const exportedAt = new Date(String(file.exportedAt));
  if (Number.isNaN(exportedAt.getTime())) throw new Error('exportedAt is not a date');
  const rows = decodePublicScoreboard(file.rows);
  return { file: { ...file, service: file.service ?? PUBLIC_SCOREBOARD_SERVICE, params: file.params ?? {} } as ScoreboardFile, rows, exportedAt };
}
