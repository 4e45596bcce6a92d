import * as z from 'zod/mini';
import { baseShape, idSchema, scalarFieldOptions, scalarFieldSchema, visibleWhenSchema } from './field-schemas';
import { localizedTextSchema } from './localized-text';

/**
 * A repeating group (e.g. household members): value is an array of objects keyed by the
 * nested field ids. `minItems` defaults to 0 (1 when `required`), `maxItems` to 50.
 */
export const groupFieldSchema = z.object({
  ...baseShape,
  kind: z.literal('group'),
  fields: z.array(scalarFieldSchema).check(z.minLength(1)),
  minItems: z.optional(z.int().check(z.minimum(0))),
  maxItems: z.optional(z.int().check(z.minimum(1))),
  itemLabel: z.optional(localizedTextSchema.check(z.describe('Label of one item, e.g. "Thành viên"'))),
});

/**
 * A document slot (thành phần hồ sơ): value is a list of stored uploads (see
 * `UploadDescriptor`); the submission sends `{ slot: <field id>, uploadId }` per file.
 * Defaults: `accept` PDF/JPEG/PNG, `maxBytes` 10 MB, `maxFiles` 1, `originals`/`copies` 0.
 */
export const fileFieldSchema = z.object({
  ...baseShape,
  kind: z.literal('file'),
  documentCode: z.optional(z.string().check(z.maxLength(64), z.describe('Mã giấy tờ — wire: MAGIAYTO'))),
  accept: z.optional(z.array(z.string().check(z.regex(/^[a-z]+\/[a-z0-9.+*-]+$/i))).check(z.minLength(1))),
  maxBytes: z.optional(z.int().check(z.minimum(1))),
  maxFiles: z.optional(z.int().check(z.minimum(1))),
  originals: z.optional(z.int().check(z.minimum(0), z.describe('Số bản chính — wire: SOBANCHINH'))),
  copies: z.optional(z.int().check(z.minimum(0), z.describe('Số bản sao — wire: SOBANSAO'))),
  templateUrl: z.optional(z.url().check(z.describe('Mẫu đơn, tờ khai — wire: URL / TENMAUDON'))),
});

/** Any field of a section. */
export const fieldSchema = z.discriminatedUnion('kind', [...scalarFieldOptions, groupFieldSchema, fileFieldSchema]);

/**
 * Answers a section takes from earlier ones when a condition holds, so nobody types the same
 * person twice: "Người nộp là mẹ" fills the mother's name and ID from the applicant block.
 * `fields` maps a field of this section to a source `sectionId.fieldId`. Only empty fields are
 * filled; the citizen can change them.
 *
 * @example
 * ```ts
 * const copy: CopyRule = {
 *   when: { field: 'child.relationship', equals: 'mother' },
 *   fields: { motherName: 'applicant.fullName', motherCitizenId: 'applicant.citizenId' },
 *   notice: { vi: 'Đã điền thông tin của mẹ từ phần người nộp hồ sơ.' },
 * };
 * ```
 */
export const copyRuleSchema = z.object({
  when: visibleWhenSchema,
  fields: z.record(
    z.string().check(z.minLength(1)),
    z.string().check(z.regex(/^[^.]+\.[^.]+$/), z.describe('sectionId.fieldId')),
  ),
  notice: z.optional(localizedTextSchema.check(z.describe('Shown above the section once answers were copied'))),
});

/**
 * One step of the dossier form. `kind` tells the widget how to treat it: 'applicant' (the
 * standard applicant block, see `applicantSection`), 'details' (default) or 'documents'.
 */
export const formSectionSchema = z.object({
  id: idSchema,
  kind: z.optional(z.enum(['applicant', 'details', 'documents'])),
  title: localizedTextSchema,
  description: z.optional(localizedTextSchema),
  fields: z.array(fieldSchema).check(z.minLength(1)),
  copy: z.optional(z.array(copyRuleSchema)),
});

const duplicate = (ids: readonly string[]) => ids.find((id, i) => ids.indexOf(id) !== i);

/**
 * What a procedure's dossier form asks for, rendered by `<dvc-dossier-form>` as one step per
 * section followed by a review step, and checked by `validateFormData` in the browser and
 * again on the gateway. Form data is keyed `data[sectionId][fieldId]`. Section ids are unique,
 * field ids are unique within a section or group.
 *
 * @example
 * ```ts
 * const form = formDefinitionSchema.parse({
 *   version: 1, procedureCode: '1.001193', title: { vi: 'Đăng ký khai sinh' },
 *   sections: [applicantSection(), { id: 'details', title: { vi: 'Thông tin' }, fields: [...] }],
 * });
 * ```
 */
export const formDefinitionSchema = z
  .object({
    version: z.literal(1),
    procedureCode: z.optional(z.string().check(z.describe('Mã TTHC — wire: MaTTHC, e.g. 1.001193'))),
    title: localizedTextSchema,
    description: z.optional(localizedTextSchema),
    sections: z.array(formSectionSchema).check(z.minLength(1)),
  })
  .check(
    z.describe('Dossier form definition (version 1): sections → fields'),
    z.superRefine((form, ctx) => {
      const sectionDup = duplicate(form.sections.map((s) => s.id));
      if (sectionDup)
        ctx.addIssue({ code: 'custom', message: `duplicate section id "${sectionDup}"`, path: ['sections'] });
      form.sections.forEach((section, s) => {
        const dup = duplicate(section.fields.map((f) => f.id));
        if (dup)
          ctx.addIssue({ code: 'custom', message: `duplicate field id "${dup}"`, path: ['sections', s, 'fields'] });
        section.fields.forEach((field, f) => {
          if (field.kind !== 'group') return;
          const inner = duplicate(field.fields.map((g) => g.id));
          if (inner)
            ctx.addIssue({
              code: 'custom',
              message: `duplicate field id "${inner}"`,
              path: ['sections', s, 'fields', f, 'fields'],
            });
        });
      });
    }),
  );

/** A dossier form definition. See {@link formDefinitionSchema}. */
export type FormDefinition = z.infer<typeof formDefinitionSchema>;
/** One section (step) of a form. */
export type FormSection = z.infer<typeof formSectionSchema>;
/** A field of any kind. */
export type FormField = z.infer<typeof fieldSchema>;
/** See {@link groupFieldSchema}. */
export type GroupField = z.infer<typeof groupFieldSchema>;
/** See {@link fileFieldSchema}. */
export type FileField = z.infer<typeof fileFieldSchema>;
/** See {@link copyRuleSchema}. */
export type CopyRule = z.infer<typeof copyRuleSchema>;
