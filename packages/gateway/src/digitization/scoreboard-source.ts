import { readFile, stat } from 'node:fs/promises';
import { decodePublicScoreboard, parseScoreboardFile } from '@dvc-kit/core';
import type { PublicScoreboardRow } from '@dvc-kit/core';
import type { GatewayConfig } from '../config';
import type { Logger } from '../http/logger';

/** A public scoreboard report and where and when it was read. */
export interface ScoreboardReport {
  rows: PublicScoreboardRow[];
  kind: 'public-scoreboard' | 'report-file';
  /** When the rows were fetched (URL) or exported (file). */
  retrievedAt: Date;
  url?: string;
  params: Record<string, string | number>;
}

/** Reads the scoreboard from the configured public URL or report file. */
export interface ScoreboardSource {
  /** The freshest report available, or `undefined` when neither source has one. */
  report(): Promise<ScoreboardReport | undefined>;
}

/** Time allowed for the public page to answer. */
const FETCH_TIMEOUT_MS = 15_000;

/**
 * The scoreboard source of `config.scoreboard`: POSTs `params=<JSON {service, …params}>` (form
 * encoded, as the public pages do) to `url` and decodes the rows, reused for `ttlMs`; when the
 * URL is not set or fails, the last good fetch (still carrying its old `retrievedAt`) or the
 * report file. Failures are logged, never thrown: the board then says no report is available.
 */
export function createScoreboardSource(
  config: NonNullable<GatewayConfig['scoreboard']>,
  logger: Logger,
  fetchImpl: typeof fetch = (input, init) => globalThis.fetch(input, init),
): ScoreboardSource {
  let fetched: ScoreboardReport | undefined;
  let fromFile: { mtimeMs: number; report: ScoreboardReport } | undefined;

  async function fetchReport(url: string): Promise<ScoreboardReport | undefined> {
    if (fetched && Date.now() - fetched.retrievedAt.getTime() < config.ttlMs) return fetched;
    try {
      const body = new URLSearchParams({ params: JSON.stringify({ service: config.service, ...config.params }) });
      const res = await fetchImpl(url, { method: 'POST', body, signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const rows = decodePublicScoreboard(JSON.parse(await res.text()));
      fetched = { rows, kind: 'public-scoreboard', retrievedAt: new Date(), url, params: config.params };
    } catch (error) {
      logger.warn('scoreboard.fetch-failed', { url, error: error instanceof Error ? error.message : String(error) });
    }
    return fetched;
  }

  async function readReportFile(path: string): Promise<ScoreboardReport | undefined> {
    try {
      const { mtimeMs } = await stat(path);
      if (fromFile?.mtimeMs === mtimeMs) return fromFile.report;
      const { file, rows, exportedAt } = parseScoreboardFile(await readFile(path, 'utf8'));
      const report: ScoreboardReport = {
        rows,
        kind: 'report-file',
        retrievedAt: exportedAt,
        params: file.params,
        ...(file.source ? { url: file.source } : {}),
      };
      fromFile = { mtimeMs, report };
      return report;
    } catch (error) {
      logger.warn('scoreboard.file-unreadable', {
        path,
        error: error instanceof Error ? error.message : String(error),
      });
      return undefined;
    }
  }

  return {
    async report() {
      const online = config.url !== undefined ? await fetchReport(config.url) : undefined;
      const file = config.file !== undefined ? await readReportFile(config.file) : undefined;
      // The fresher of the two: a newer export beats an old cached fetch.
      if (online && file) return file.retrievedAt > online.retrievedAt ? file : online;
      return online ?? file;
    },
  };
}
