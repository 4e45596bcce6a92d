import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { foldEthnicName, isFieldRequired, type ChoiceField, type FormField, type ScalarField } from '@dvc-kit/core';
import { domId } from '../form-data';
import type { FieldHost } from './field-host';

type Native = Extract<
  ScalarField,
  { kind: 'text' | 'textarea' | 'number' | 'email' | 'tax-code' | 'choice' | 'checkbox' }
>;

/** Label text with "(không bắt buộc)" on the fields core's `isFieldRequired` calls optional (the rule validation uses). */
export const labelText = (host: FieldHost, field: FormField | ScalarField) =>
  html`${host.text(field.label)}${isFieldRequired(field) ? nothing : html` <span class="optional">${host.t('common.optional')}</span>`}`;

/** Hint and error paragraphs of a field, and the ids to put in `aria-describedby`. */
export function hintAndErrors(host: FieldHost, field: { help?: ScalarField['help'] }, path: string) {
  const id = domId(path);
  const errors = host.errors(path);
  const ids = [field.help ? `${id}-hint` : '', errors.length ? `${id}-error` : ''].filter(Boolean).join(' ');
  const parts = html`${field.help ? html`<p id="${id}-hint" class="hint">${host.text(field.help)}</p>` : nothing}${
    errors.length
      ? html`<p id="${id}-error" class="error-message">${errors.map((m) => html`<span class="visually-hidden">${host.t('form.error-prefix')}</span> ${m} `)}</p>`
      : nothing
  }`;
  return { parts, describedBy: ids || undefined, invalid: errors.length > 0 };
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

function renderChoice(
  host: FieldHost,
  field: ChoiceField,
  path: string,
  hint: ReturnType<typeof hintAndErrors>,
): TemplateResult {
  const id = domId(path);
  const value = host.value(path);
  if (field.display === 'select' && !field.multiple) {
    return html`<div class="field ${hint.invalid ? 'invalid' : ''}">
      <label for=${id}>${labelText(host, field)}</label>${hint.parts}
      ${field.options.length > SEARCH_FROM ? renderOptionSearch(host, field, path) : nothing}
      <select id=${id} aria-describedby=${ifDefined(hint.describedBy)} aria-invalid=${hint.invalid ? 'true' : 'false'}
        @change=${(e: Event) => host.set(path, cleaned((e.target as HTMLSelectElement).value))}>
        <option value="" ?selected=${!value}>${host.t('form.select')}</option>
        ${field.options.map((o) => html`<option value=${o.value} ?selected=${value === o.value}>${host.text(o.label)}</option>`)}
      </select>
    </div>`;
  }
  const many = !!field.multiple;
  const selected = many ? (Array.isArray(value) ? (value as string[]) : []) : [value];
  const toggle = (option: string, checked: boolean) => {
    if (!many) return host.set(path, option);
    const next = field.options.map((o) => o.value).filter((v) => (v === option ? checked : selected.includes(v)));
    host.set(path, next.length ? next : undefined);
  };
  return html`<fieldset class="field ${hint.invalid ? 'invalid' : ''}" aria-describedby=${ifDefined(hint.describedBy)}>
    <legend>${labelText(host, field)}</legend>${hint.parts}
    <div class="options">
      ${field.options.map(
        (o, i) => html`<label class="option">
          <input id=${i === 0 ? id : `${id}-${i}`} type=${many ? 'checkbox' : 'radio'} name=${id} value=${o.value}
            .checked=${live(selected.includes(o.value))} aria-invalid=${hint.invalid ? 'true' : 'false'}
            @change=${(e: Event) => toggle(o.value, (e.target as HTMLInputElement).checked)} />
          ${host.text(o.label)}
        </label>`,
      )}
    </div>
  </fieldset>`;
}

/** Renders a field kind that needs no phase-1 control: text, textarea, number, email, tax code, choice, checkbox. */
export function renderNativeField(host: FieldHost, field: Native, path: string): TemplateResult {
  const id = domId(path);
  const hint = hintAndErrors(host, field, path);
  const value = host.value(path);
  const common = {
    describedBy: hint.describedBy,
    invalid: hint.invalid ? 'true' : 'false',
  };
  switch (field.kind) {
    case 'choice':
      return renderChoice(host, field, path, hint);
    case 'checkbox':
      return html`<div class="field checkbox ${hint.invalid ? 'invalid' : ''}">
        ${hint.parts}
        <label class="option">
          <input id=${id} type="checkbox" .checked=${live(value === true)} aria-describedby=${ifDefined(common.describedBy)}
            aria-invalid=${common.invalid} @change=${(e: Event) => host.set(path, (e.target as HTMLInputElement).checked)} />
          ${labelText(host, field)}
        </label>
      </div>`;
    case 'textarea':
      return html`<div class="field ${hint.invalid ? 'invalid' : ''}">
        <label for=${id}>${labelText(host, field)}</label>${hint.parts}
        <textarea id=${id} rows="4" .value=${live(text(value))} autocomplete=${ifDefined(field.autocomplete)}
          aria-describedby=${ifDefined(common.describedBy)} aria-invalid=${common.invalid}
          @input=${(e: Event) => host.set(path, cleaned((e.target as HTMLTextAreaElement).value))}></textarea>
      </div>`;
    default: {
      const kind = field.kind;
      const parse = kind === 'number' ? numberValue : cleaned;
      return html`<div class="field ${hint.invalid ? 'invalid' : ''}">
        <label for=${id}>${labelText(host, field)}${kind === 'number' && field.unit ? html` (${host.text(field.unit)})` : nothing}</label>${hint.parts}
        <input id=${id} type=${kind === 'email' ? 'email' : 'text'} .value=${live(text(value))}
          inputmode=${kind === 'number' ? 'decimal' : kind === 'tax-code' ? 'numeric' : kind === 'email' ? 'email' : 'text'}
          autocomplete=${field.autocomplete ?? 'off'} spellcheck="false"
          aria-describedby=${ifDefined(common.describedBy)} aria-invalid=${common.invalid}
          @input=${(e: Event) => host.set(path, parse((e.target as HTMLInputElement).value))} />
      </div>`;
    }
  }
}
