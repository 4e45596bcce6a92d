import * as z from 'zod/mini';
import { localizedTextSchema } from './localized-text';

/** Field and section ids: safe in paths such as `details.household[2].citizenId`. */
const idSchema = z
  .string()
  .check(
    z.regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/),
    z.describe('Stable id: a letter, then letters, digits, "_" or "-" (≤ 64 chars)'),
  );

/** ISO calendar date `yyyy-MM-dd`, as date fields store their values. */
const isoDateSchema = z.iso.date();

/**
 * Show a field only when another field holds a value. `field` names a field of the same
 * group item or section (`relationship`), or any field as `sectionId.fieldId`. For a
 * multiple choice the condition holds when the value is among the selected options;
 * a hidden field's value never satisfies a condition.
 *
 * @example
 * ```ts
 * const when: VisibleWhen = { field: 'requesterRole', equals: 'other' };
 * ```
 */
export const visibleWhenSchema = z
  .object({
    field: z.string().check(z.minLength(1), z.describe('fieldId or sectionId.fieldId')),
    equals: z.union([z.string(), z.number(), z.boolean()]),
  })
  .check(z.describe('Show the field only when another field equals a value'));

/** See {@link visibleWhenSchema}. */
export type VisibleWhen = z.infer<typeof visibleWhenSchema>;

/** Properties every field kind shares. */
const baseShape = {
  id: idSchema,
  label: localizedTextSchema,
  help: z.optional(localizedTextSchema),
  required: z.optional(z.boolean().check(z.describe('Must be answered (default false)'))),
  autocomplete: z.optional(z.string().check(z.describe('HTML autocomplete token, e.g. "name", "tel", "bday"'))),
  visibleWhen: z.optional(visibleWhenSchema),
};

/** Short free text. `maxLength` defaults to 255. */
export const textFieldSchema = z.object({
  ...baseShape,
  kind: z.literal('text'),
  minLength: z.optional(z.int().check(z.minimum(0))),
  maxLength: z.optional(z.int().check(z.minimum(1))),
});

/** Long free text (e.g. TrichYeuHoSo). `maxLength` defaults to 2000. */
export const textareaFieldSchema = z.object({
  ...baseShape,
  kind: z.literal('textarea'),
  minLength: z.optional(z.int().check(z.minimum(0))),
  maxLength: z.optional(z.int().check(z.minimum(1))),
});

/** A number; `integer` defaults to false. */
export const numberFieldSchema = z.object({
  ...baseShape,
  kind: z.literal('number'),
  min: z.optional(z.number()),
  max: z.optional(z.number()),
  integer: z.optional(z.boolean()),
  unit: z.optional(localizedTextSchema),
});

/**
 * A calendar date stored as `yyyy-MM-dd`; `pastOnly` = not after today in Vietnam (default false).
 * `example` is the date the hint shows ("Ví dụ: 20 6 2025"): a `yyyy-MM-dd` date, or a number of
 * days before today (`10` for a birth or a death being registered), so the example fits the
 * person asked about. @default see `dateExample`
 */
export const dateFieldSchema = z.object({
  ...baseShape,
  kind: z.literal('date'),
  min: z.optional(isoDateSchema),
  max: z.optional(isoDateSchema),
  pastOnly: z.optional(z.boolean()),
  example: z.optional(
    z
      .union([isoDateSchema, z.int().check(z.minimum(-36_600), z.maximum(36_600))])
      .check(z.describe('Example date of the hint: yyyy-MM-dd, or days before today (negative: after)')),
  ),
});

/** Số định danh cá nhân / CCCD: 12 digits; the old 9-digit CMND only with `allowLegacy` (default false). */
export const citizenIdFieldSchema = z.object({
  ...baseShape,
  kind: z.literal('citizen-id'),
  allowLegacy: z.optional(z.boolean().check(z.describe('Also accept a 9-digit CMND number (default false)'))),
});
/** Vietnamese phone number (mobile or landline). */
export const phoneFieldSchema = z.object({ ...baseShape, kind: z.literal('phone') });
/** E-mail address. */
export const emailFieldSchema = z.object({ ...baseShape, kind: z.literal('email') });
/** Mã số thuế (10 digits, or 13 for a branch). */
export const taxCodeFieldSchema = z.object({ ...baseShape, kind: z.literal('tax-code') });

/**
 * An address in the 2025 two-tier units: value
 * `{ provinceCode: '66', communeCode: '24229', street: 'Thôn 3' }`.
 * `provinceCode` on the field pins the province (a commune form usually pins its own);
 * `streetRequired` defaults to true.
 */
export const addressFieldSchema = z.object({
  ...baseShape,
  kind: z.literal('address'),
  provinceCode: z.optional(z.string().check(z.regex(/^\d{2}$/), z.describe('Only addresses in this province'))),
  streetRequired: z.optional(z.boolean()),
});

/** One option of a choice field. */
export const choiceOptionSchema = z.object({
  value: z.string().check(z.minLength(1), z.maxLength(64)),
  label: localizedTextSchema,
});

/**
 * Pick one option (value: string) or, with `multiple: true`, several (value: string[]).
 * `display` is a rendering hint: 'radio' (default for ≤ 6 options), 'select' or 'checkboxes'.
 */
export const choiceFieldSchema = z.object({
  ...baseShape,
  kind: z.literal('choice'),
  multiple: z.optional(z.boolean()),
  options: z.array(choiceOptionSchema).check(z.minLength(1)),
  minSelected: z.optional(z.int().check(z.minimum(0))),
  maxSelected: z.optional(z.int().check(z.minimum(1))),
  display: z.optional(z.enum(['radio', 'select', 'checkboxes'])),
});

/** A single tick box (value: boolean); `required` means it must be ticked (e.g. a declaration). */
export const checkboxFieldSchema = z.object({ ...baseShape, kind: z.literal('checkbox') });

const scalarFieldOptions = [
  textFieldSchema,
  textareaFieldSchema,
  numberFieldSchema,
  dateFieldSchema,
  citizenIdFieldSchema,
  phoneFieldSchema,
  emailFieldSchema,
  taxCodeFieldSchema,
  addressFieldSchema,
  choiceFieldSchema,
  checkboxFieldSchema,
] as const;

/** Field kinds allowed inside a repeating group (no files, no nested groups). */
export const scalarFieldSchema = z.discriminatedUnion('kind', [...scalarFieldOptions]);

/** A field of any kind that can sit in a group item. */
export type ScalarField = z.infer<typeof scalarFieldSchema>;
/** See {@link addressFieldSchema}. */
export type AddressField = z.infer<typeof addressFieldSchema>;
/** See {@link choiceFieldSchema}. */
export type ChoiceField = z.infer<typeof choiceFieldSchema>;
/** See {@link dateFieldSchema}. */
export type DateField = z.infer<typeof dateFieldSchema>;
/** See {@link numberFieldSchema}. */
export type NumberField = z.infer<typeof numberFieldSchema>;

export { baseShape, idSchema, scalarFieldOptions };
