import { DvcError } from '../errors/dvc-error';
import type { DvcErrorOptions } from '../errors/dvc-error';
import type { FieldError } from './field-error';

/**
 * Thrown when dossier form data fails `validateFormData` and the caller wants an exception
 * (e.g. the gateway before it stores a dossier). `errors` lists every problem with its path;
 * `messages` summarises them. Code: `form.invalid`.
 *
 * @example
 * ```ts
 * const result = validateFormData(form, data);
 * if (!result.valid) throw new FormValidationError(result.errors);
 * ```
 */
export class FormValidationError extends DvcError {
  /** Every problem found, in form order. */
  readonly errors: readonly FieldError[];

  constructor(errors: readonly FieldError[], options: DvcErrorOptions = {}) {
    const n = errors.length;
    super(
      'form.invalid',
      {
        vi: `Biểu mẫu có ${n} lỗi cần sửa.`,
        en: `The form has ${n} ${n === 1 ? 'problem' : 'problems'} to fix.`,
      },
      options,
    );
    this.name = 'FormValidationError';
    this.errors = errors;
  }
}
