import type { FormDefinition } from '@dvc-kit/core';

/** Schemes a URL from the portal (or a forms file) may use when the API passes it on. */
const SCHEMES = new Set(['https:', 'http:']);

/**
 * The URL, normalised, when it parses and its scheme is `https:` or `http:`; otherwise
 * `undefined` (a `javascript:` or `data:` link in a template would run in a commune page).
 *
 * @example safeUrl('javascript:alert(1)') // undefined
 */
export function safeUrl(text: string | undefined): string | undefined {
  if (text === undefined || text === '') return undefined;
  try {
    const url = new URL(text);
    return SCHEMES.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

type Field = FormDefinition['sections'][number]['fields'][number];

function safeField(field: Field): Field {
  const withFields =
    'fields' in field && Array.isArray(field.fields)
      ? { ...field, fields: field.fields.map((f) => safeField(f as Field)) }
      : field;
  if (!('templateUrl' in withFields) || withFields.templateUrl === undefined) return withFields as Field;
  const { templateUrl, ...rest } = withFields as Field & { templateUrl?: string };
  const safe = safeUrl(templateUrl);
  return (safe === undefined ? rest : { ...rest, templateUrl: safe }) as Field;
}

/** The form with every template link that is not `https:`/`http:` removed. */
export function withSafeUrls(form: FormDefinition): FormDefinition {
  return { ...form, sections: form.sections.map((s) => ({ ...s, fields: s.fields.map(safeField) })) };
}
