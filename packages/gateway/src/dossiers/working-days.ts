import { vietnamDateKey, workingDaysBetween } from '@dvc-kit/core';

/** Distinct (today, due day) pairs kept before the memo starts over. */
const MAX_ENTRIES = 4096;

/**
 * Counts working days with core's `workingDaysBetween` (default calendar), remembering each
 * answer by the two Vietnam dates. Core walks every day between the dates (a dossier a year
 * overdue is ~400 calendar look-ups); the count depends on the two dates alone, so a status
 * look-up reuses it. The memo holds date pairs and counts only — no dossier data.
 *
 * @param max entries kept before the memo is cleared. @default 4096
 * @example
 * ```ts
 * const daysLeft = memoWorkingDaysBetween();
 * daysLeft(new Date('2025-06-06T09:00:00+07:00'), new Date('2025-06-10T08:00:00+07:00')); // 2
 * ```
 */
export function memoWorkingDaysBetween(max = MAX_ENTRIES): (from: Date, to: Date) => number {
  const memo = new Map<string, number>();
  return (from, to) => {
    const a = vietnamDateKey(from);
    const b = vietnamDateKey(to);
    const key = `${a}/${b}`;
    let count = memo.get(key);
    if (count === undefined) {
      count = workingDaysBetween(a, b);
      if (memo.size >= max) memo.clear();
      memo.set(key, count);
    }
    return count;
  };
}
