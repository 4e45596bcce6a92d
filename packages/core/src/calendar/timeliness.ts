import { vietnamDateKey } from '../time/vietnam-time';

/** Whether a dossier is (or was) handled before, on or after its due date. */
export type Timeliness = 'early' | 'on-time' | 'late';

/** Input of {@link classifyTimeliness}. */
export interface TimelinessInput {
  /** Due date (ngày hẹn trả — wire: NgayHenTra). No due date means never late. */
  dueAt?: Date | null;
  /** When processing finished (ngày kết thúc xử lý — wire: NgayKetThucXuLy); absent while still open. */
  finishedAt?: Date | null;
  /** The moment an open dossier is judged at. @default new Date() */
  now?: Date;
}

/**
 * Classifies a dossier's timeliness the way the Decision 766 statistics do, by
 * calendar date in Vietnam: finished before the due date → `early` (trước hạn),
 * on it → `on-time` (đúng hạn), after it → `late` (quá hạn). An open dossier is
 * `on-time` until its due date has passed and `late` from the next day on.
 *
 * @example
 * ```ts
 * classifyTimeliness({ dueAt: new Date('2025-06-10T09:00:00Z'), finishedAt: new Date('2025-06-10T10:30:00Z') }) // 'on-time'
 * ```
 */
export function classifyTimeliness(input: TimelinessInput): Timeliness {
  const { dueAt, finishedAt } = input;
  if (!dueAt) return 'on-time';
  const due = vietnamDateKey(dueAt);
  if (finishedAt) {
    const done = vietnamDateKey(finishedAt);
    return done < due ? 'early' : done === due ? 'on-time' : 'late';
  }
  return vietnamDateKey(input.now ?? new Date()) <= due ? 'on-time' : 'late';
}
