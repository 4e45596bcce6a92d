import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import {
  foldEthnicName,
  isFieldRequired,
  type ChoiceField,
  type FormField,
  type LocalizedText,
  type ScalarField,
} from '@dvc-kit/core';
import {
  field as fieldTemplate,
  labelWithOptional,
  type FieldAria,
  type FieldOptions,
} from '../../../internal/form/field';
import { domId } from '../form-data';
import type { FieldHost } from './field-host';

type Native = Extract<
  ScalarField,
  { kind: 'text' | 'textarea' | 'number' | 'email' | 'tax-code' | 'choice' | 'checkbox' }
>;

/** Label text with "(không bắt buộc)" on the fields core's `isFieldRequired` calls optional (the rule validation uses). */
export const labelText = (host: FieldHost, field: FormField | ScalarField) =>
  labelWithOptional(host.text(field.label), isFieldRequired(field) ? '' : host.t('common.optional'));

/**
 * The {@link field} options every form field shares: the hint (the field's help) and the
 * error messages (each after a visually hidden "Lỗi:"), with ids made from the path's DOM id.
 */
export function fieldParts(host: FieldHost, help: LocalizedText | undefined, path: string) {
  const id = domId(path);
  return {
    hintId: `${id}-hint`,
    hint: help && host.text(help),
    messagesId: `${id}-error`,
    messagesClass: 'error-message',
    messages: host
      .errors(path)
      .map((m) => html`<span class="visually-hidden">${host.t('form.error-prefix')}</span> ${m} `),
  } satisfies Partial<FieldOptions>;
}

const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
const cleaned = (s: string) => (s.trim() === '' ? undefined : s);

function numberValue(raw: string): unknown {
  const s = raw.trim().replace(',', '.');
  if (s === '') return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : raw;
}

/** A select with more options than this gets a search box (e.g. the 54 ethnic groups). */
const SEARCH_FROM = 12;

/**
 * A search box above a long select: typing without diacritics ("ede") narrows the options to
 * the matches (core's folding), and a single match is chosen at once.
 */
function renderOptionSearch(host: FieldHost, field: ChoiceField, path: string): TemplateResult {
  const id = domId(path);
  const filter = (e: Event) => {
    const input = e.target as HTMLInputElement;
    const select = input.parentElement!.querySelector<HTMLSelectElement>(`#${id}`)!;
    const query = foldEthnicName(input.value);
    const matches = field.options.filter((o) => foldEthnicName(host.text(o.label)).includes(query));
    for (const option of select.options) {
      const shown = !option.value || !query || matches.some((m) => m.value === option.value);
      option.hidden = !shown;
      option.disabled = !shown;
    }
    const status = input.parentElement!.querySelector('.search-status')!;
    status.textContent = query ? host.t('form.search-count', { count: matches.length }) : '';
    if (matches.length === 1 && query) host.set(path, matches[0]!.value);
  };
  return html`<label class="search" for="${id}-search">${host.t('form.search-options')}</label>
    <input id="${id}-search" type="search" autocomplete="off" spellcheck="false" @input=${filter} />
    <p class="search-status hint" role="status"></p>`;
}

function renderChoice(host: FieldHost, field: ChoiceField, path: string): TemplateResult {
  const id = domId(path);
  const value = host.value(path);
  const parts = { ...fieldParts(host, field.help, path), label: labelText(host, field) };
  if (field.display === 'select' && !field.multiple) {
    return fieldTemplate(
      { ...parts, for: id },
      (aria) => html`${field.options.length > SEARCH_FROM ? renderOptionSearch(host, field, path) : nothing}
        <select id=${id} aria-describedby=${ifDefined(aria.describedBy)} aria-invalid=${aria.invalid}
          @change=${(e: Event) => host.set(path, cleaned((e.target as HTMLSelectElement).value))}>
          <option value="" ?selected=${!value}>${host.t('form.select')}</option>
          ${field.options.map((o) => html`<option value=${o.value} ?selected=${value === o.value}>${host.text(o.label)}</option>`)}
        </select>`,
    );
  }
  const many = !!field.multiple;
  const selected = many ? (Array.isArray(value) ? (value as string[]) : []) : [value];
  const toggle = (option: string, checked: boolean) => {
    if (!many) return host.set(path, option);
    const next = field.options.map((o) => o.value).filter((v) => (v === option ? checked : selected.includes(v)));
    host.set(path, next.length ? next : undefined);
  };
  return fieldTemplate(
    { ...parts, group: true },
    (aria) => html`<div class="options">
      ${field.options.map(
        (o, i) => html`<label class="option">
          <input id=${i === 0 ? id : `${id}-${i}`} type=${many ? 'checkbox' : 'radio'} name=${id} value=${o.value}
            .checked=${live(selected.includes(o.value))} aria-invalid=${aria.invalid}
            @change=${(e: Event) => toggle(o.value, (e.target as HTMLInputElement).checked)} />
          ${host.text(o.label)}
        </label>`,
      )}
    </div>`,
  );
}

/** Renders a field kind that needs no phase-1 control: text, textarea, number, email, tax code, choice, checkbox. */
export function renderNativeField(host: FieldHost, field: Native, path: string): TemplateResult {
  const id = domId(path);
  const parts = fieldParts(host, field.help, path);
  const value = host.value(path);
  switch (field.kind) {
    case 'choice':
      return renderChoice(host, field, path);
    case 'checkbox':
      // A single checkbox is named by the label around it.
      return fieldTemplate(
        { ...parts, class: 'field checkbox' },
        (aria) => html`<label class="option">
          <input id=${id} type="checkbox" .checked=${live(value === true)} aria-describedby=${ifDefined(aria.describedBy)}
            aria-invalid=${aria.invalid} @change=${(e: Event) => host.set(path, (e.target as HTMLInputElement).checked)} />
          ${labelText(host, field)}
        </label>`,
      );
    case 'textarea': {
      const textarea = (aria: FieldAria) =>
        html`<textarea id=${id} rows="4" .value=${live(text(value))} autocomplete=${ifDefined(field.autocomplete)}
          aria-describedby=${ifDefined(aria.describedBy)} aria-invalid=${aria.invalid}
          @input=${(e: Event) => host.set(path, cleaned((e.target as HTMLTextAreaElement).value))}></textarea>`;
      return fieldTemplate({ ...parts, label: labelText(host, field), for: id }, textarea);
    }
    default: {
      const kind = field.kind;
      const parse = kind === 'number' ? numberValue : cleaned;
      const unit = kind === 'number' && field.unit ? html` (${host.text(field.unit)})` : nothing;
      return fieldTemplate(
        { ...parts, label: html`${labelText(host, field)}${unit}`, for: id },
        (aria) => html`<input id=${id} type=${kind === 'email' ? 'email' : 'text'} .value=${live(text(value))}
          inputmode=${kind === 'number' ? 'decimal' : kind === 'tax-code' ? 'numeric' : kind === 'email' ? 'email' : 'text'}
          autocomplete=${field.autocomplete ?? 'off'} spellcheck="false"
          aria-describedby=${ifDefined(aria.describedBy)} aria-invalid=${aria.invalid}
          @input=${(e: Event) => host.set(path, parse((e.target as HTMLInputElement).value))} />`,
      );
    }
  }
}
