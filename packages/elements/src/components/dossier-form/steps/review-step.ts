import { html, nothing, type TemplateResult } from 'lit';
import { formatPhone, type FormField, type FormSection, type ScalarField } from '@dvc-kit/core';
import { knownUnit } from '../../unit-picker/units-source';
import { domId } from '../form-data';
import type { FieldHost } from './field-host';

/** The review step's needs beyond {@link FieldHost}. */
export interface ReviewHost extends FieldHost {
  /** Goes to the step of `sectionIndex`, focuses the field at `path`, and returns to review after it. */
  change(sectionIndex: number, path: string): void;
}

const pad = (n: string) => n.padStart(2, '0');

/** The answer at `path` as one line of text, as the citizen would read it. */
export function answerText(host: ReviewHost, field: ScalarField | FormField, value: unknown): string {
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && !value.length)) return '';
  switch (field.kind) {
    case 'date': {
      const [y, m, d] = String(value).split('-');
      return d ? `${pad(d)}/${pad(m!)}/${y}` : String(value);
    }
    case 'checkbox':
      return host.t(value === true ? 'form.yes' : 'form.no');
    case 'phone':
      return formatPhone(String(value)); // as people write it, not the stored +84 form
    case 'choice': {
      const values = Array.isArray(value) ? value : [value];
      return values.map((v) => host.text(field.options.find((o) => o.value === v)?.label) || String(v)).join(', ');
    }
    case 'number':
      return `${String(value)}${field.unit ? ` ${host.text(field.unit)}` : ''}`;
    case 'address': {
      const a = value as { provinceCode?: string; communeCode?: string; street?: string };
      // The address step's picker loaded these units; a code is shown only if it never did.
      const name = (code?: string) => (code ? (knownUnit(code)?.name ?? code) : '');
      return [a.street, name(a.communeCode), name(a.provinceCode)].filter(Boolean).join(', ');
    }
    case 'file':
      return (value as { name: string }[]).map((f) => f.name).join(', ');
    case 'group':
      return '';
    default:
      return String(value);
  }
}

function row(
  host: ReviewHost,
  field: FormField | ScalarField,
  path: string,
  sectionIndex: number,
): TemplateResult | typeof nothing {
  if (!host.visible(path)) return nothing;
  const value = host.value(path);
  const label = host.text(field.label);
  let answer: unknown = answerText(host, field, value) || html`<span class="muted">${host.t('form.not-given')}</span>`;
  if (field.kind === 'group') {
    const items = Array.isArray(value) ? value : [];
    answer = items.length
      ? html`<ol>${items.map(
          (_, i) =>
            html`<li>${field.fields
              .map((f) => answerText(host, f, host.value(`${path}[${i}].${f.id}`)))
              .filter(Boolean)
              .join(', ')}</li>`,
        )}</ol>`
      : answer;
  }
  return html`<div class="row">
    <dt>${label}</dt>
    <dd>${answer}</dd>
    <dd class="action">
      <a href="#${domId(path)}" @click=${(e: Event) => {
        e.preventDefault();
        host.change(sectionIndex, path);
      }}
        >${host.t('form.change')}<span class="visually-hidden"> ${label}</span></a>
    </dd>
  </div>`;
}

/** "Kiểm tra lại thông tin": every shown answer of every section, each with a "Thay đổi" link. */
export function renderReview(host: ReviewHost, sections: readonly FormSection[]): TemplateResult {
  return html`<p>${host.t('form.review-intro')}</p>
    ${sections.map(
      (section, s) => html`<h3>${host.text(section.title)}</h3>
        <dl class="summary-list">${section.fields.map((f) => row(host, f, `${section.id}.${f.id}`, s))}</dl>`,
    )}`;
}
