import type { FormDefinition } from './form-definition';
import type { UploadDescriptor } from './upload-descriptor';
import { isRecord, own, setOwn } from './records';

/** The form-related parts of a dossier submission (`POST /v1/dossiers`). */
export interface SubmissionParts {
  /** Values of the applicant section (kind `'applicant'`). */
  applicant: Record<string, unknown>;
  /** Values of the other sections, file fields left out. */
  data: Record<string, Record<string, unknown>>;
  /** One entry per uploaded file; `slot` is the file field's path `sectionId.fieldId`. */
  files: { slot: string; uploadId: string }[];
}

const applicantId = (definition: FormDefinition) =>
  definition.sections.find((s) => s.kind === 'applicant')?.id ?? 'applicant';
const fileIds = (definition: FormDefinition, sectionId: string) =>
  new Set(
    definition.sections
      .find((s) => s.id === sectionId)
      ?.fields.filter((f) => f.kind === 'file')
      .map((f) => f.id),
  );

/**
 * Splits form data (as `<dvc-dossier-form>` holds it) into the submission's `applicant`, `data`
 * and `files`. Keys the definition does not know are kept in `data`, so nothing is lost and the
 * gateway reports them.
 *
 * @example
 * ```ts
 * const { applicant, data, files } = toSubmissionParts(form, formData);
 * // files → [{ slot: 'documents.birthCertificate', uploadId: 'upl-1' }]
 * ```
 */
export function toSubmissionParts(definition: FormDefinition, formData: Record<string, unknown>): SubmissionParts {
  const parts: SubmissionParts = { applicant: {}, data: {}, files: [] };
  const applicant = applicantId(definition);
  for (const [sectionId, values] of Object.entries(formData)) {
    if (!isRecord(values)) continue;
    if (sectionId === applicant) {
      parts.applicant = { ...values };
      continue;
    }
    const files = fileIds(definition, sectionId);
    const rest: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(values)) {
      if (!files.has(key)) setOwn(rest, key, value);
      else if (Array.isArray(value)) {
        for (const upload of value) {
          if (isRecord(upload) && typeof upload.id === 'string')
            parts.files.push({ slot: `${sectionId}.${key}`, uploadId: upload.id });
        }
      }
    }
    setOwn(parts.data, sectionId, rest);
  }
  return parts;
}

/**
 * Rebuilds form data from a submission, looking each upload up (e.g. in the gateway's store),
 * so `validateFormData` can check it. An upload that cannot be found stays as `{ id }` and is
 * reported as `form.file.invalid`; a slot the form does not have is reported as unknown.
 *
 * @example
 * ```ts
 * const formData = fromSubmissionParts(form, submission, (id) => uploads.get(id));
 * const { valid, errors } = validateFormData(form, formData);
 * ```
 */
export function fromSubmissionParts(
  definition: FormDefinition,
  parts: SubmissionParts,
  findUpload: (uploadId: string) => UploadDescriptor | undefined,
): Record<string, Record<string, unknown>> {
  const formData: Record<string, Record<string, unknown>> = {};
  setOwn(formData, applicantId(definition), { ...parts.applicant });
  for (const [sectionId, values] of Object.entries(parts.data)) {
    const existing = own(formData, sectionId);
    setOwn(formData, sectionId, { ...(isRecord(existing) ? existing : {}), ...values });
  }
  for (const { slot, uploadId } of parts.files) {
    const dot = slot.indexOf('.');
    const [sectionId, fieldId] = dot < 0 ? ['', slot] : [slot.slice(0, dot), slot.slice(dot + 1)];
    const existing = own(formData, sectionId);
    const section = isRecord(existing) ? existing : setOwn(formData, sectionId, {});
    const current = own(section, fieldId);
    const list = Array.isArray(current) ? current : setOwn<unknown>(section, fieldId, []);
    (list as unknown[]).push(findUpload(uploadId) ?? { id: uploadId });
  }
  return formData;
}
