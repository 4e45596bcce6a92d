import type { DateField } from './field-schemas';

const DAY_MS = 86_400_000;
/** An adult's birthday: the example for dates of birth and other dates long past. */
const ADULT_BIRTHDAY = '1985-03-27';

const addDays = (isoDate: string, days: number) =>
  new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const clamp = (date: string, min?: string, max?: string) => (min && date < min ? min : max && date > max ? max : date);

/**
 * The date a date field's hint shows as its example (`yyyy-MM-dd`), so the example fits what
 * is asked: the field's own `example` (a date, or days before `today`); else an adult's
 * birthday for past dates and dates of birth; else a date two weeks ahead (an appointment).
 * Always inside `min`…`max` and, for `pastOnly`, not after today.
 *
 * @example
 * ```ts
 * dateExample({ id: 'birthDate', kind: 'date', label, example: 10 }, '2026-12-03') // '2026-11-23'
 * dateExample({ id: 'dob', kind: 'date', label, pastOnly: true }, '2026-12-03')    // '1985-03-27'
 * ```
 */
export function dateExample(
  field: Pick<DateField, 'example' | 'min' | 'max' | 'pastOnly' | 'autocomplete'>,
  today: string,
): string {
  const max = field.pastOnly && (!field.max || field.max > today) ? today : field.max;
  const chosen =
    typeof field.example === 'string'
      ? field.example
      : typeof field.example === 'number'
        ? addDays(today, -field.example)
        : field.pastOnly || field.autocomplete === 'bday'
          ? ADULT_BIRTHDAY
          : addDays(today, 14);
  return clamp(chosen, field.min, max);
}
