import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { FileField, FormField, GroupField, ScalarField, UploadDescriptor } from '@dvc-kit/core';
import {
  FILE_FIELD_DEFAULTS,
  GROUP_MAX_ITEMS_DEFAULT,
  dateExample,
  groupMinItems,
  isFieldRequired,
} from '@dvc-kit/core';
import type { DvcFileInput } from '../../file-input/file-input';
import type { DvcUnitPicker } from '../../unit-picker/unit-picker';
import { domId } from '../form-data';
import type { FieldHost } from './field-host';
import { field as fieldTemplate, labelWithOptional, type FieldAria } from '../../../internal/form/field';
import { fieldParts, labelText, renderNativeField } from './native-fields';

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const record = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

/** A phase-1 form control (`dvc-date-input`, `dvc-citizen-id-input`, `dvc-phone-input`) bound to a path. */
function renderControl(
  host: FieldHost,
  field: Extract<ScalarField, { kind: 'date' | 'citizen-id' | 'phone' }>,
  path: string,
) {
  const on = (e: Event) => host.set(path, str((e.target as HTMLInputElement).value) || undefined);
  const common = {
    id: domId(path),
    label: host.text(field.label),
    hint: host.text(field.help),
    required: isFieldRequired(field),
  };
  if (field.kind === 'date') {
    const [y, m, d] = dateExample(field, host.today()).split('-');
    // The control's own hint is only the example; a field's help keeps the example after it.
    const hint = common.hint
      ? `${common.hint} ${host.t('date.hint', { example: `${Number(d)} ${Number(m)} ${y}` })}`
      : '';
    return html`<dvc-date-input id=${common.id} data-path=${path} label=${common.label} hint=${hint} ?required=${common.required}
      example=${`${y}-${m}-${d}`} min=${field.min ?? ''} max=${field.max ?? ''} .value=${str(host.value(path))} @input=${on} @change=${on}></dvc-date-input>`;
  }
  if (field.kind === 'phone') {
    return html`<dvc-phone-input id=${common.id} data-path=${path} label=${common.label} hint=${common.hint} ?required=${common.required}
      .value=${str(host.value(path))} @input=${on} @change=${on}></dvc-phone-input>`;
  }
  return html`<dvc-citizen-id-input id=${common.id} data-path=${path} label=${common.label} hint=${common.hint} ?required=${common.required}
    .value=${str(host.value(path))} @input=${on} @change=${on}></dvc-citizen-id-input>`;
}

/** Address: `dvc-unit-picker` (province → commune) plus a street input. */
function renderAddress(host: FieldHost, field: Extract<ScalarField, { kind: 'address' }>, path: string) {
  const value = record(host.value(path));
  const streetPath = `${path}.street`;
  const update = (patch: Record<string, unknown>) => {
    const next = { ...value, ...patch };
    for (const k of Object.keys(next)) if (next[k] === undefined || next[k] === '') delete next[k];
    host.set(path, Object.keys(next).length ? next : undefined);
  };
  const picked = (e: Event) => {
    const unit = (e.target as DvcUnitPicker).selectedUnit;
    update({ provinceCode: unit?.provinceCode, communeCode: unit?.code });
  };
  const streetInput = (aria: FieldAria) =>
    html`<input id=${domId(streetPath)} type="text" autocomplete=${field.autocomplete ?? 'off'} .value=${str(value.street)}
      aria-describedby=${ifDefined(aria.describedBy)} aria-invalid=${aria.invalid}
      @input=${(e: Event) => update({ street: (e.target as HTMLInputElement).value })} />`;
  return html`<div class="address">
    <dvc-unit-picker id=${domId(path)} data-path=${path} label=${host.text(field.label)} hint=${host.text(field.help)}
      ?required=${isFieldRequired(field)} .value=${str(value.communeCode)} @change=${picked}></dvc-unit-picker>
    ${fieldTemplate(
      {
        ...fieldParts(host, undefined, streetPath),
        label: labelWithOptional(
          host.t('form.street'),
          field.streetRequired === false ? host.t('common.optional') : '',
        ),
        for: domId(streetPath),
      },
      streetInput,
    )}
  </div>`;
}

/**
 * A document slot: a `dvc-file-input` showing the files already uploaded (kept in the form data,
 * so a restored draft shows them too) and taking more, and a link to the form template (mẫu
 * đơn, tờ khai) when the procedure publishes one.
 */
function renderFile(host: FieldHost, field: FileField, path: string) {
  const files = (Array.isArray(host.value(path)) ? host.value(path) : []) as UploadDescriptor[];
  const max = field.maxFiles ?? FILE_FIELD_DEFAULTS.maxFiles;
  const changed = (e: Event) => {
    const input = e.target as DvcFileInput;
    const uploaded = input.receipts as UploadDescriptor[];
    host.set(path, uploaded.length ? uploaded : undefined);
  };
  const hint = [host.text(field.help), copiesText(host, field)].filter(Boolean).join(' ');
  return html`<div class="file">
    ${
      field.templateUrl
        ? html`<p class="template"><a href=${field.templateUrl} target="_blank" rel="noopener" download>${host.t('form.template', { label: host.text(field.label) })}</a></p>`
        : nothing
    }
    <dvc-file-input id=${domId(path)} data-path=${path} label=${host.text(field.label)} hint=${hint} ?required=${isFieldRequired(field)}
      accept=${(field.accept ?? FILE_FIELD_DEFAULTS.accept).join(',')} max-size=${field.maxBytes ?? FILE_FIELD_DEFAULTS.maxBytes}
      ?multiple=${max > 1} max-files=${max} .uploads=${files} .uploader=${host.uploader} @change=${changed}></dvc-file-input>
  </div>`;
}

/** "Bản chính: 1, bản sao: 1" — what the slot asks for, when the definition says. */
function copiesText(host: FieldHost, field: FileField): string {
  const parts = [
    field.originals ? host.t('form.originals', { count: field.originals }) : '',
    field.copies ? host.t('form.copies', { count: field.copies }) : '',
  ].filter(Boolean);
  return parts.length ? `${parts.join(', ')}.` : '';
}

/** A repeating group: one fieldset per item with its fields and a remove button, and an add button. */
function renderGroup(host: FieldHost, field: GroupField, path: string): TemplateResult {
  const items = (Array.isArray(host.value(path)) ? host.value(path) : []) as unknown[];
  const min = groupMinItems(field);
  const max = field.maxItems ?? GROUP_MAX_ITEMS_DEFAULT;
  const count = Math.max(items.length, Math.min(min, 1));
  const itemLabel = host.text(field.itemLabel) || host.t('form.item');
  const remove = (i: number) => {
    const next = items.filter((_, j) => j !== i);
    host.set(path, next.length ? next : undefined);
    host.focus(domId(path));
  };
  const add = () => {
    host.set(`${path}[${count}]`, {});
    host.focus(domId(`${path}[${count}]`));
  };
  return fieldTemplate(
    {
      ...fieldParts(host, field.help, path),
      label: labelText(host, field),
      group: true,
      class: 'group',
      id: domId(path),
    },
    () => html`${Array.from(
      { length: count },
      (_, i) => html`<fieldset class="item" id=${domId(`${path}[${i}]`)} tabindex="-1">
      <legend>${itemLabel} ${i + 1}</legend>
      ${field.fields.map((f) => renderField(host, f, `${path}[${i}].${f.id}`))}
      ${count > min ? html`<button type="button" class="secondary" @click=${() => remove(i)}>${host.t('form.remove-item', { item: itemLabel, index: i + 1 })}</button>` : nothing}
    </fieldset>`,
    )}
    ${
      count < max
        ? html`<button type="button" class="secondary add" @click=${add}>${host.t('form.add-item', { item: itemLabel.toLocaleLowerCase() })}</button>`
        : nothing
    }`,
  );
}

/**
 * Renders any field at `path` (nothing when its `visibleWhen` does not hold). Only fields with
 * a `visibleWhen` are checked: a field is rendered only inside its visible section or group item.
 */
export function renderField(host: FieldHost, field: FormField, path: string): TemplateResult | typeof nothing {
  if (field.visibleWhen && !host.visible(path)) return nothing;
  switch (field.kind) {
    case 'date':
    case 'citizen-id':
    case 'phone':
      return renderControl(host, field, path);
    case 'address':
      return renderAddress(host, field, path);
    case 'file':
      return renderFile(host, field, path);
    case 'group':
      return renderGroup(host, field, path);
    default:
      return renderNativeField(host, field, path);
  }
}
