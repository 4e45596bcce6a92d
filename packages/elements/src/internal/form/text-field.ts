import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { field } from './field';

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

/** Renders {@link TextFieldOptions} through {@link field}: the error is announced through `aria-describedby` and `aria-invalid`. */
export function textField(o: TextFieldOptions) {
  return field(
    {
      label: o.label,
      for: o.id,
      parts: true,
      hintId: `${o.id}-hint`,
      hint: o.hint,
      messagesId: `${o.id}-error`,
      messages: o.error ? [o.error] : [],
    },
    (aria) =>
      html`<input id=${o.id} name=${o.id} part="input" autocomplete="off" spellcheck="false" inputmode=${ifDefined(o.inputmode)}
        maxlength=${ifDefined(o.maxlength)} pattern=${ifDefined(o.pattern)} aria-describedby=${ifDefined(aria.describedBy)}
        aria-invalid=${aria.invalid} .value=${live(o.value)} @input=${(e: Event) => o.onInput((e.target as HTMLInputElement).value)} />`,
  );
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
