import { vietnamDateKey } from '../time/vietnam-time';
import type { FieldError } from './field-error';
import type { ScalarField } from './field-schemas';
import type { FileField, FormDefinition, FormField, GroupField } from './form-definition';
import { acceptParam, bytesParam } from './format-params';
import { isRecord, own } from './records';
import { groupMinItems, isFieldRequired } from './requirement';
import { checkScalar, isEmpty, report } from './validate-scalar';
import type { CheckContext } from './validate-scalar';

/** Options of {@link validateFormData}. */
export interface ValidateFormOptions {
  /** "Today" for `pastOnly` dates, taken in Vietnam time. @default new Date() */
  now?: Date;
  /** Check only these section ids, e.g. the current step of a widget. @default every section */
  sections?: readonly string[];
  /**
   * Whether a commune code belongs to a province (wire it to `@dvc-kit/core/units`). Without it
   * address codes are checked for format only, which keeps the unit list out of widget bundles.
   * @default undefined
   */
  communeInProvince?: (communeCode: string, provinceCode: string) => boolean;
}

/** The outcome of {@link validateFormData}. */
export interface FormValidationResult {
  /** `true` when `errors` is empty. */
  valid: boolean;
  /** Every problem, in form order. */
  errors: FieldError[];
}

/** Defaults of a file slot. */
export const FILE_FIELD_DEFAULTS = {
  accept: ['application/pdf', 'image/jpeg', 'image/png'],
  maxBytes: 10 * 1024 * 1024,
  maxFiles: 1,
} as const;

/** Default upper bound of a repeating group. */
export const GROUP_MAX_ITEMS_DEFAULT = 50;

type AnyField = FormField | ScalarField;
interface Scope {
  fields: readonly AnyField[];
  values: Record<string, unknown>;
  parent?: Scope;
}
interface Context extends CheckContext {
  definition: FormDefinition;
  data: Record<string, unknown>;
}

const sectionScope = (ctx: Context, sectionId: string): Scope | undefined => {
  const section = ctx.definition.sections.find((s) => s.id === sectionId);
  if (!section) return undefined;
  const values = own(ctx.data, sectionId);
  return { fields: section.fields, values: isRecord(values) ? values : {} };
};

function resolve(ctx: Context, name: string, scope: Scope): { field: AnyField; scope: Scope } | undefined {
  const dot = name.indexOf('.');
  if (dot < 0) {
    for (let s: Scope | undefined = scope; s; s = s.parent) {
      const field = s.fields.find((f) => f.id === name);
      if (field) return { field, scope: s };
    }
    return undefined;
  }
  const target = sectionScope(ctx, name.slice(0, dot));
  const field = target?.fields.find((f) => f.id === name.slice(dot + 1));
  return target && field ? { field, scope: target } : undefined;
}

/** A field is shown when it has no condition, or the field it names is shown and holds the value. */
function isVisible(ctx: Context, field: AnyField, scope: Scope, depth = 0): boolean {
  const when = field.visibleWhen;
  if (!when) return true;
  if (depth > 16) return false; // a cycle of conditions: keep the field hidden rather than loop
  const ref = resolve(ctx, when.field, scope);
  if (!ref || !isVisible(ctx, ref.field, ref.scope, depth + 1)) return false;
  const value = own(ref.scope.values, ref.field.id);
  return Array.isArray(value) ? value.includes(when.equals) : value === when.equals;
}

const UPLOAD_KEYS = { id: 'string', name: 'string', size: 'number', type: 'string', sha256: 'string' } as const;
const isUpload = (value: unknown): value is { name: string; size: number; type: string } =>
  isRecord(value) &&
  Object.entries(UPLOAD_KEYS).every(([key, type]) => typeof own(value, key) === type) &&
  Number.isInteger(value.size) &&
  (value.size as number) >= 0 &&
  /^[0-9a-f]{64}$/.test(value.sha256 as string);

const acceptsType = (accept: readonly string[], type: string) =>
  accept.some((a) => a === type || (a.endsWith('/*') && type.startsWith(a.slice(0, -1))));

function checkFiles(ctx: Context, field: FileField, value: unknown, path: string) {
  const label = field.label;
  if (!Array.isArray(value)) return report(ctx, path, 'form.type', { label });
  const accept = field.accept ?? FILE_FIELD_DEFAULTS.accept;
  const maxBytes = field.maxBytes ?? FILE_FIELD_DEFAULTS.maxBytes;
  const maxFiles = field.maxFiles ?? FILE_FIELD_DEFAULTS.maxFiles;
  if (value.length > maxFiles) report(ctx, path, 'form.file.too-many', { label, max: maxFiles });
  value.forEach((file, i) => {
    const at = `${path}[${i}]`;
    if (!isUpload(file)) return report(ctx, at, 'form.file.invalid', { label });
    if (!acceptsType(accept, file.type))
      report(ctx, at, 'form.file.type', { label, file: file.name, accept: acceptParam(accept) });
    if (file.size > maxBytes)
      report(ctx, at, 'form.file.too-large', { label, file: file.name, max: bytesParam(maxBytes) });
  });
}

function checkGroup(ctx: Context, field: GroupField, value: unknown, path: string, scope: Scope) {
  const label = field.label;
  if (!Array.isArray(value)) return report(ctx, path, 'form.type', { label });
  const min = groupMinItems(field);
  const max = field.maxItems ?? GROUP_MAX_ITEMS_DEFAULT;
  if (value.length < min) report(ctx, path, 'form.group.too-few', { label, min });
  else if (value.length > max) report(ctx, path, 'form.group.too-many', { label, max });
  value.slice(0, max).forEach((item, i) => {
    const at = `${path}[${i}]`;
    if (!isRecord(item)) return report(ctx, at, 'form.type', { label });
    checkFields(ctx, { fields: field.fields, values: item, parent: scope }, at);
  });
}

function checkField(ctx: Context, field: AnyField, value: unknown, path: string, scope: Scope) {
  const required = isFieldRequired(field);
  if (field.kind === 'checkbox' && required && (value === undefined || value === null || value === false)) {
    return report(ctx, path, 'form.checkbox.required', { label: field.label });
  }
  if (field.kind === 'group') {
    if (isEmpty(value) && !required) return;
    return checkGroup(ctx, field, isEmpty(value) ? [] : value, path, scope);
  }
  if (isEmpty(value)) {
    if (!required) return;
    const code =
      field.kind === 'choice' ? 'form.choice.required' : field.kind === 'file' ? 'form.file.required' : 'form.required';
    return report(ctx, path, code, { label: field.label });
  }
  if (field.kind === 'file') return checkFiles(ctx, field, value, path);
  checkScalar(ctx, field, value, path);
}

function checkFields(ctx: Context, scope: Scope, path: string) {
  for (const key of Object.keys(scope.values)) {
    if (!scope.fields.some((f) => f.id === key)) report(ctx, `${path}.${key}`, 'form.unknown-field', { key });
  }
  for (const field of scope.fields) {
    if (isVisible(ctx, field, scope)) checkField(ctx, field, own(scope.values, field.id), `${path}.${field.id}`, scope);
  }
}

/**
 * Whether the field at `path` is shown for this data (its `visibleWhen` holds, and so on up the
 * chain of conditions) — the same rule `validateFormData` uses, for widgets to hide fields.
 * A path the definition does not have answers `false`.
 *
 * @example
 * ```ts
 * isFieldVisible(form, data, 'parents.fatherName');          // true once fatherKnown is ticked
 * isFieldVisible(form, data, 'child.witnesses[0].phone');     // fields inside a group item
 * ```
 */
export function isFieldVisible(definition: FormDefinition, data: unknown, path: string): boolean {
  const ctx: Context = { errors: [], today: '', definition, data: isRecord(data) ? data : {} };
  const [sectionId = '', ...rest] = path.split('.');
  let scope = sectionScope(ctx, sectionId);
  for (const [i, segment] of rest.entries()) {
    const match = /^([^[\]]+)(?:\[(\d+)\])?$/.exec(segment);
    const field = match && scope?.fields.find((f) => f.id === match[1]);
    if (!scope || !field || !isVisible(ctx, field, scope)) return false;
    if (i === rest.length - 1) return match[2] === undefined;
    if (field.kind !== 'group' || match[2] === undefined) return false;
    const items = own(scope.values, field.id);
    const item = Array.isArray(items) ? items[Number(match[2])] : undefined;
    scope = { fields: field.fields, values: isRecord(item) ? item : {}, parent: scope };
  }
  return false;
}

/**
 * Checks dossier form data against its definition, the same way in the browser (each step of
 * `<dvc-dossier-form>`) and on the gateway (before a dossier is stored). Data is keyed
 * `data[sectionId][fieldId]`; group values are arrays of objects; file values are arrays of
 * `UploadDescriptor`s. Fields hidden by `visibleWhen` are skipped (their values ignored);
 * keys the definition does not know are reported as `form.unknown-field`. Never throws,
 * whatever `data` is.
 *
 * @example
 * ```ts
 * const { valid, errors } = validateFormData(form, {
 *   applicant: { fullName: 'Nguyễn Văn An', citizenId: '066095000123', phone: '0912345678', … },
 *   details: { household: [{ fullName: 'Nguyễn Thị Bình', citizenId: '12' }] },
 * });
 * // errors[0] → { path: 'details.household[0].citizenId', code: 'form.citizen-id.invalid',
 * //               messages: { vi: 'Số định danh … phải là …', en: '… must be …' } }
 * ```
 */
export function validateFormData(
  definition: FormDefinition,
  data: unknown,
  options: ValidateFormOptions = {},
): FormValidationResult {
  const errors: FieldError[] = [];
  const ctx: Context = {
    errors,
    today: vietnamDateKey(options.now ?? new Date()),
    communeInProvince: options.communeInProvince,
    definition,
    data: isRecord(data) ? data : {},
  };
  if (!isRecord(data)) {
    report(ctx, '', 'form.not-object');
    return { valid: false, errors };
  }
  for (const key of Object.keys(data)) {
    if (!definition.sections.some((s) => s.id === key)) report(ctx, key, 'form.unknown-field', { key });
  }
  for (const section of definition.sections) {
    if (options.sections && !options.sections.includes(section.id)) continue;
    const values = own(data, section.id);
    if (values !== undefined && !isRecord(values)) {
      report(ctx, section.id, 'form.type', { label: section.title });
      continue;
    }
    checkFields(ctx, { fields: section.fields, values: values ?? {} }, section.id);
  }
  return { valid: errors.length === 0, errors };
}
