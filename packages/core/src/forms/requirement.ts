import type { ScalarField } from './field-schemas';
import type { FormField } from './form-definition';

/**
 * Whether a field must be answered — the one rule for labels ("(không bắt buộc)" only on
 * fields this calls optional) and for `validateFormData`. A field is required when it says
 * `required: true`; a repeating group also when `minItems` > 0, and a multiple choice also
 * when `minSelected` > 0 (an empty answer could never pass them).
 *
 * @example
 * ```ts
 * isFieldRequired({ id: 'doc1', kind: 'file', label: { vi: 'Tờ khai' }, required: true }) // true
 * isFieldRequired({ id: 'members', kind: 'group', label: { vi: 'Thành viên' }, minItems: 1, fields }) // true
 * ```
 */
export function isFieldRequired(field: FormField | ScalarField): boolean {
  if (field.required === true) return true;
  if (field.kind === 'group') return (field.minItems ?? 0) > 0;
  if (field.kind === 'choice' && field.multiple) return (field.minSelected ?? 0) > 0;
  return false;
}

/** The fewest items a repeating group takes: `minItems`, or 1 when it is required. */
export function groupMinItems(field: { required?: boolean | undefined; minItems?: number | undefined }): number {
  return Math.max(field.minItems ?? 0, field.required ? 1 : 0);
}
