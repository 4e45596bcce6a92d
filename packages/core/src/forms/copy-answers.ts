import type { LocalizedText } from './localized-text';
import type { FormDefinition } from './form-definition';
import { isRecord, own } from './records';
import { isEmpty } from './validate-scalar';
import { isFieldVisible } from './validate-form-data';

/** The outcome of {@link copyAnswers}. */
export interface CopiedAnswers {
  /** The form data with the copied answers (the same object when nothing was copied). */
  data: Record<string, unknown>;
  /** Paths that received an answer, e.g. `parents.motherName`. */
  copied: string[];
  /** Notices of the rules that copied something, for the citizen to check. */
  notices: LocalizedText[];
}

const valueAt = (data: Record<string, unknown>, path: string): unknown => {
  const [section = '', field = ''] = path.split('.');
  const values = own(data, section);
  return isRecord(values) ? own(values, field) : undefined;
};

/**
 * Applies a section's `copy` rules (see `copyRuleSchema`): each rule whose condition holds fills
 * the section's empty fields from the named answers. Never overwrites an answer, never copies
 * an empty or hidden one, never throws.
 *
 * @example
 * ```ts
 * const { data, copied } = copyAnswers(form, formData, 'parents');
 * // copied → ['parents.motherName', 'parents.motherCitizenId'] when child.relationship is 'mother'
 * ```
 */
export function copyAnswers(
  definition: FormDefinition,
  data: Record<string, unknown>,
  sectionId: string,
): CopiedAnswers {
  const section = definition.sections.find((s) => s.id === sectionId);
  const result: CopiedAnswers = { data, copied: [], notices: [] };
  for (const rule of section?.copy ?? []) {
    const source = rule.when.field.includes('.') ? rule.when.field : `${sectionId}.${rule.when.field}`;
    const value = valueAt(result.data, source);
    const holds =
      isFieldVisible(definition, result.data, source) &&
      (Array.isArray(value) ? value.includes(rule.when.equals) : value === rule.when.equals);
    if (!holds) continue;
    let copiedHere = false;
    for (const [target, from] of Object.entries(rule.fields)) {
      const answer = valueAt(result.data, from);
      const current = own(
        isRecord(own(result.data, sectionId)) ? (own(result.data, sectionId) as Record<string, unknown>) : {},
        target,
      );
      if (isEmpty(answer) || !isEmpty(current) || !isFieldVisible(definition, result.data, from)) continue;
      if (!section!.fields.some((f) => f.id === target)) continue;
      const values = isRecord(own(result.data, sectionId))
        ? (own(result.data, sectionId) as Record<string, unknown>)
        : {};
      result.data = { ...result.data, [sectionId]: { ...values, [target]: answer } };
      result.copied.push(`${sectionId}.${target}`);
      copiedHere = true;
    }
    if (copiedHere && rule.notice) result.notices.push(rule.notice);
  }
  return result;
}
