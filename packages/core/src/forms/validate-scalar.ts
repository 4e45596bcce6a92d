import { isValidCitizenId } from '../identifiers/citizen-id';
import { isValidPhone } from '../identifiers/phone';
import { isValidTaxCode } from '../identifiers/tax-code';
import type { AddressField, ChoiceField, DateField, NumberField, ScalarField } from './field-schemas';
import { dateParam } from './format-params';
import { isIsoDate } from './iso-date';
import type { FieldError } from './field-error';
import { formMessage } from './messages';
import { isRecord, own } from './records';
import type { FormErrorCode, MessageParam } from './messages';

/** What a field check needs besides the value (internal to forms/). */
export interface CheckContext {
  errors: FieldError[];
  /** Today in Vietnam, `yyyy-MM-dd`. */
  today: string;
  communeInProvince?: ((communeCode: string, provinceCode: string) => boolean) | undefined;
}

/** Records one error. */
export function report(
  ctx: CheckContext,
  path: string,
  code: FormErrorCode,
  params: Record<string, MessageParam> = {},
): void {
  ctx.errors.push({ path, code, messages: formMessage(code, params) });
}

/** A value the applicant has not given: missing, null, blank text or an empty list. */
export function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0)
  );
}

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const DEFAULT_MAX_LENGTH = { text: 255, textarea: 2000 } as const;

function checkNumber(ctx: CheckContext, field: NumberField, value: number, path: string, label: MessageParam) {
  if (field.integer && !Number.isInteger(value)) return report(ctx, path, 'form.number.not-integer', { label });
  if (field.min !== undefined && value < field.min)
    report(ctx, path, 'form.number.too-small', { label, min: field.min });
  else if (field.max !== undefined && value > field.max)
    report(ctx, path, 'form.number.too-large', { label, max: field.max });
}

function checkDate(ctx: CheckContext, field: DateField, value: string, path: string, label: MessageParam) {
  if (!isIsoDate(value)) return report(ctx, path, 'form.date.invalid', { label });
  if (field.pastOnly && value > ctx.today) return report(ctx, path, 'form.date.future', { label });
  if (field.min !== undefined && value < field.min)
    report(ctx, path, 'form.date.too-early', { label, min: dateParam(field.min) });
  else if (field.max !== undefined && value > field.max)
    report(ctx, path, 'form.date.too-late', { label, max: dateParam(field.max) });
}

function checkChoice(ctx: CheckContext, field: ChoiceField, value: unknown, path: string, label: MessageParam) {
  const allowed = (v: unknown) => field.options.some((o) => o.value === v);
  if (!field.multiple) {
    if (typeof value !== 'string' || !allowed(value)) report(ctx, path, 'form.choice.invalid', { label });
    return;
  }
  if (!Array.isArray(value) || !value.every(allowed) || new Set(value).size !== value.length) {
    return report(ctx, path, 'form.choice.invalid', { label });
  }
  const min = field.minSelected ?? 0;
  if (value.length < min) report(ctx, path, 'form.choice.too-few', { label, min });
  else if (field.maxSelected !== undefined && value.length > field.maxSelected) {
    report(ctx, path, 'form.choice.too-many', { label, max: field.maxSelected });
  }
}

const ADDRESS_KEYS = ['provinceCode', 'communeCode', 'street'];

function checkAddress(ctx: CheckContext, field: AddressField, value: unknown, path: string, label: MessageParam) {
  if (!isRecord(value)) return report(ctx, path, 'form.type', { label });
  for (const key of Object.keys(value)) {
    if (!ADDRESS_KEYS.includes(key)) report(ctx, `${path}.${key}`, 'form.unknown-field', { key });
  }
  const province = own(value, 'provinceCode');
  const commune = own(value, 'communeCode');
  const street = own(value, 'street');
  const provinceOk = typeof province === 'string' && /^\d{2}$/.test(province);
  if (!provinceOk) report(ctx, `${path}.provinceCode`, 'form.address.province', { label });
  else if (field.provinceCode !== undefined && province !== field.provinceCode) {
    report(ctx, `${path}.provinceCode`, 'form.address.outside-province', { label });
  }
  if (typeof commune !== 'string' || !/^\d{5}$/.test(commune))
    report(ctx, `${path}.communeCode`, 'form.address.commune', { label });
  else if (provinceOk && ctx.communeInProvince && !ctx.communeInProvince(commune, province)) {
    report(ctx, `${path}.communeCode`, 'form.address.commune-mismatch', { label });
  }
  if (street !== undefined && typeof street !== 'string') report(ctx, `${path}.street`, 'form.type', { label });
  else if ((field.streetRequired ?? true) && isEmpty(street))
    report(ctx, `${path}.street`, 'form.address.street', { label });
  else if (typeof street === 'string' && street.length > 255)
    report(ctx, `${path}.street`, 'form.text.too-long', { label, max: 255 });
}

const IDENTIFIERS = {
  phone: [isValidPhone, 'form.phone.invalid'],
  'tax-code': [isValidTaxCode, 'form.tax-code.invalid'],
  email: [(v: string) => v.length <= 254 && EMAIL.test(v), 'form.email.invalid'],
} as const satisfies Record<string, readonly [(value: string) => boolean, FormErrorCode]>;

/**
 * Checks a present (non-empty) value of a non-group, non-file field. Required-ness and
 * visibility are decided by the caller.
 */
export function checkScalar(ctx: CheckContext, field: ScalarField, value: unknown, path: string): void {
  const label = field.label;
  switch (field.kind) {
    case 'text':
    case 'textarea': {
      if (typeof value !== 'string') return report(ctx, path, 'form.type', { label });
      const length = [...value.normalize('NFC')].length;
      const max = field.maxLength ?? DEFAULT_MAX_LENGTH[field.kind];
      if (field.minLength !== undefined && length < field.minLength)
        report(ctx, path, 'form.text.too-short', { label, min: field.minLength });
      else if (length > max) report(ctx, path, 'form.text.too-long', { label, max });
      return;
    }
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return report(ctx, path, 'form.type', { label });
      return checkNumber(ctx, field, value, path, label);
    case 'date':
      if (typeof value !== 'string') return report(ctx, path, 'form.type', { label });
      return checkDate(ctx, field, value, path, label);
    case 'citizen-id':
      if (typeof value !== 'string' || !isValidCitizenId(value.trim(), { allowLegacy: field.allowLegacy ?? false })) {
        report(ctx, path, 'form.citizen-id.invalid', { label });
      }
      return;
    case 'phone':
    case 'tax-code':
    case 'email': {
      const [isValid, code] = IDENTIFIERS[field.kind];
      if (typeof value !== 'string' || !isValid(value.trim())) report(ctx, path, code, { label });
      return;
    }
    case 'address':
      return checkAddress(ctx, field, value, path, label);
    case 'choice':
      return checkChoice(ctx, field, value, path, label);
    case 'checkbox':
      if (typeof value !== 'boolean') report(ctx, path, 'form.type', { label });
      return;
  }
}
