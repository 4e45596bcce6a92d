import type { Localized } from '@dvc-kit/core';

/** One problem found while validating data (same shape as core's `WireFormatError` issues). */
export interface ValidationIssue {
  /** Dotted path of the offending value, `''` for the root. */
  path: string;
  /** Stable code of the problem, e.g. `invalid_type`. */
  code: string;
  /** What is wrong, in Vietnamese and English. */
  messages: Localized;
}

/** Issues of a zod (mini) error, in DVC Kit's shape. Values are never copied in. */
export function issuesFromZod(
  issues: readonly { path: readonly PropertyKey[]; code: string; message: string }[],
): ValidationIssue[] {
  return issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    code: issue.code,
    messages: { vi: `Giá trị không hợp lệ (${issue.code})`, en: issue.message },
  }));
}
