import type { Localized } from '../i18n/locale-registry';

/**
 * How serious a validation result is. Only `error` makes the control invalid and
 * blocks form submission; `warning` and `info` are shown but let the form submit.
 */
export type ValidationLevel = 'error' | 'warning' | 'info';

/** One result of validation, shown under the control. */
export interface ValidationResult {
  /** Stable code, e.g. `citizen-id.legacy`. Also the UI catalogue key when one exists. */
  code: string;
  /** @default 'error' */
  level?: ValidationLevel;
  /** Which ValidityState flag an error sets. @default 'customError' */
  flag?: keyof ValidityStateFlags;
  /** Text for languages the UI catalogue lacks, e.g. a core error's `{ vi, en }` messages. */
  message?: Localized;
  /** Values for `{name}` placeholders in the message. */
  params?: Readonly<Record<string, string | number | undefined>>;
}

/**
 * A validator object (Lion's model): checks a control and returns a result, or
 * `null` when the value passes. Empty values are only checked by `required`.
 *
 * @example
 * ```ts
 * const notBefore2000: Validator<DvcDateInput> = {
 *   validate: (c) => (c.value < '2000-01-01' ? { code: 'too-old', message: { vi: 'Trước năm 2000', en: 'Before 2000' } } : null),
 * };
 * dateInput.validators = [notBefore2000];
 * ```
 */
export interface Validator<C = { value: string }> {
  validate(control: C): ValidationResult | null;
}

/** The result every empty required control reports. */
export function requiredResult(key: string = 'validation.required'): ValidationResult {
  return { code: key, flag: 'valueMissing' };
}
