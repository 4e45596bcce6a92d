import { DvcError } from '@dvc-kit/core';
import type { ValidationResult, Validator } from './validators';

/**
 * A validator built from one of core's parsers (`parseCitizenId`, `parsePhone`, …), so an input
 * checks a value by exactly core's rules and never restates them: the value passes when the
 * parser accepts it, and the `DvcError` the parser throws becomes the result — its stable code
 * and its vi/en messages — setting the `flag` ValidityState flag. `accepted` may still return a
 * warning or info about the parsed value (a legacy ID card, a converted phone number).
 *
 * @example
 * ```ts
 * const phone = parserValidator(parsePhone, 'typeMismatch');
 * const id = parserValidator(parseCitizenId, 'patternMismatch', (id) =>
 *   id.kind === 'cmnd' ? { code: 'citizen-id.legacy', level: 'warning' } : null,
 * );
 * ```
 */
export function parserValidator<T, C extends { value: string }>(
  parse: (value: string) => T,
  flag: keyof ValidityStateFlags,
  accepted: (parsed: T, control: C) => ValidationResult | null = () => null,
): Validator<C> {
  return {
    validate: (c) => {
      let parsed: T;
      try {
        parsed = parse(c.value);
      } catch (error) {
        if (!(error instanceof DvcError)) throw error;
        return { code: error.code, message: error.messages, flag };
      }
      return accepted(parsed, c);
    },
  };
}
