import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';

/** A labelled text input with hint and error (label, hint and error stay in the same shadow root as the input). */
export interface TextFieldOptions {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  inputmode?: 'numeric' | 'text';
  maxlength?: number;
  pattern?: string;
  onInput: (value: string) => void;
}

/** Renders {@link TextFieldOptions}; the error is announced through `aria-describedby` and `aria-invalid`. */
export function textField(o: TextFieldOptions) {
  const described = [o.hint ? `${o.id}-hint` : '', o.error ? `${o.id}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="field ${o.error ? 'invalid' : ''}" part="field">
    <label for=${o.id} part="label">${o.label}</label>
    ${o.hint ? html`<p class="hint" id="${o.id}-hint" part="hint">${o.hint}</p>` : nothing}
    ${o.error ? html`<p class="error" id="${o.id}-error">${o.error}</p>` : nothing}
    <input
      id=${o.id}
      name=${o.id}
      part="input"
      autocomplete="off"
      spellcheck="false"
      inputmode=${ifDefined(o.inputmode)}
      maxlength=${ifDefined(o.maxlength)}
      pattern=${ifDefined(o.pattern)}
      aria-describedby=${ifDefined(described || undefined)}
      aria-invalid=${o.error ? 'true' : 'false'}
      .value=${live(o.value)}
      @input=${(e: Event) => o.onInput((e.target as HTMLInputElement).value)}
    />
  </div>`;
}

/**
 * The "last 4 digits of your phone or ID number" field shared by the status look-up and the
 * rating; keeps digits only.
 */
export function verifyField(
  text: { label: string; hint: string; error?: string },
  value: string,
  onInput: (digits: string) => void,
) {
  return textField({
    id: 'verify',
    ...text,
    value,
    inputmode: 'numeric',
    maxlength: 4,
    onInput: (v) => onInput(v.replace(/\D/g, '')),
  });
}

/** True when `value` is the 4-digit verification (last digits of the applicant's phone or ID number). */
export function isVerifyDigits(value: string): boolean {
  return /^\d{4}$/.test(value);
}
