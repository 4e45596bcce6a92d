import type { Language, Localized } from '@dvc-kit/core';
import { formatTable } from '../io/table';
import { cliMessageBook } from '../messages';
import type { CliMessageCode } from '../messages';

/** One item that did not sync. */
export interface SyncFailure {
  /** Line of the input file, when known. */
  line?: number;
  /** Mã hồ sơ — wire: MaHoSo (`''` when unreadable). */
  code: string;
  /** Stable error code. */
  errorCode: string;
  reason: Localized;
}

/** Totals of a sync run. */
export interface SyncTotals {
  inserted: number;
  updated: number;
  /** Refused by the portal (or unreachable). */
  failed: number;
  /** Rows that could not be read (never sent). */
  invalid: number;
}

/** How many failures the summary lists; the rest are in the report file. */
const LISTED = 20;

/**
 * The summary `dvc sync` prints: a count table, then the first failures with their
 * line, code and reason (reasons never contain personal data).
 */
export function formatSyncSummary(totals: SyncTotals, failures: readonly SyncFailure[], language: Language): string {
  const t = (code: CliMessageCode, params?: Record<string, string | number>) =>
    cliMessageBook.localize(code, params, language);
  const counts: [string, number][] = [
    [t('cli.sync.inserted'), totals.inserted],
    [t('cli.sync.updated'), totals.updated],
    [t('cli.sync.failed'), totals.failed],
    [t('cli.sync.invalid'), totals.invalid],
    [t('cli.sync.total'), totals.inserted + totals.updated + totals.failed + totals.invalid],
  ];
  let out = `${t('cli.sync.summary')}\n${formatTable(
    [t('cli.label.result'), t('cli.label.count')],
    counts.map(([k, v]) => [k, String(v)]),
    { alignRight: [1] },
  )}`;
  if (failures.length > 0) {
    const sorted = [...failures].sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
    const rows = sorted
      .slice(0, LISTED)
      .map((f) => [f.line === undefined ? '' : t('cli.row.line', { line: f.line }), f.code, f.reason[language]]);
    out += `\n${t('cli.sync.failures')}\n${formatTable([t('cli.label.item'), t('cli.label.code'), t('cli.label.reason')], rows)}`;
    if (sorted.length > LISTED) out += `${t('cli.sync.more-failures', { count: sorted.length - LISTED })}\n`;
  }
  return out;
}
