import { html, nothing, type TemplateResult } from 'lit';

/** The ARIA a field's control carries, computed by {@link field} from what the field shows. */
export interface FieldAria {
  /** `aria-describedby`: the hint's id, then the messages' id, each when shown; `undefined` when neither is. */
  describedBy: string | undefined;
  /** `aria-invalid`. */
  invalid: 'true' | 'false';
}

/** What surrounds a control: its label (or legend), hint and messages. */
export interface FieldOptions {
  /**
   * The label's or legend's content. Without it the field has no label of its own (a single
   * checkbox is named by the `<label>` around it, which the control renders).
   */
  label?: unknown;
  /** `for` of the `<label>`: the id of the control it names. */
  for?: string;
  /** `id` of the label or legend. */
  labelId?: string;
  /** A group of inputs: a `<fieldset>` named by a `<legend>` instead of a `<div>` with a `<label>`. */
  group?: boolean;
  /** Id of the hint. */
  hintId: string;
  /** The hint's content; no hint paragraph when empty. */
  hint?: unknown;
  /** Whether the hint describes the control. @default whether `hint` is given (a slot may fill an empty one) */
  hinted?: boolean;
  /** Id of the messages. */
  messagesId: string;
  /** The messages shown now, one item each (errors; for `live` fields also warnings and info). */
  messages: readonly unknown[];
  /** Class of the paragraph that holds the messages (not for `live` fields). @default 'error' */
  messagesClass?: string;
  /**
   * A form control's layout: the messages sit after the control in a polite live region that is
   * always present (part `messages`), so a message that appears moves nothing under a finger,
   * and the inputs name the hint and messages in `aria-describedby`. Otherwise the messages sit
   * between the hint and the control (GOV.UK) and only when there are some, and a group's
   * `<fieldset>` names them.
   */
  live?: boolean;
  /** Shows the field as invalid (class `invalid`, `aria-invalid`). @default whether there are messages */
  invalid?: boolean;
  /** Names the wrapper, label and hint as CSS parts `field`, `label` and `hint`. */
  parts?: boolean;
  /** Classes of the wrapper (`invalid` is added). @default 'field' */
  class?: string;
  /** `id` of the wrapper, which then takes focus from script (an error summary's link). */
  id?: string;
  /** Disables a group's `<fieldset>`, and so every input in it. */
  disabled?: boolean;
}

/** The ARIA of a field's control: the hint's and the messages' ids when shown, and whether it is invalid. */
export function fieldAria(
  o: Pick<FieldOptions, 'hint' | 'hinted' | 'hintId' | 'messages' | 'messagesId' | 'invalid'>,
): FieldAria {
  const shown = o.messages.length > 0;
  return {
    describedBy: [(o.hinted ?? !!o.hint) && o.hintId, shown && o.messagesId].filter(Boolean).join(' ') || undefined,
    invalid: (o.invalid ?? shown) ? 'true' : 'false',
  };
}

/**
 * The one field template of the elements: label or legend, hint and messages around
 * `control`, with the ids the control names in `aria-describedby` and its `aria-invalid`
 * computed here. `control` is called with that {@link FieldAria}; `extra` is rendered after it
 * (before a live field's messages).
 *
 * @example
 * ```ts
 * field({ label: 'Mã hồ sơ', for: 'code', hintId: 'code-hint', hint, messagesId: 'code-error', messages: [] },
 *   (aria) => html`<input id="code" aria-describedby=${ifDefined(aria.describedBy)} aria-invalid=${aria.invalid} />`);
 * ```
 */
export function field(
  o: FieldOptions,
  control: (aria: FieldAria) => unknown,
  extra: unknown = nothing,
): TemplateResult {
  const aria = fieldAria(o);
  const messages = o.live
    ? html`<div id=${o.messagesId} part="messages" class="messages" aria-live="polite">${o.messages}</div>`
    : o.messages.length
      ? html`<p id=${o.messagesId} class=${o.messagesClass ?? 'error'}>${o.messages}</p>`
      : nothing;
  const part = (name: string) => (o.parts ? name : nothing);
  const content = html`${o.hint ? html`<p id=${o.hintId} part=${part('hint')} class="hint">${o.hint}</p>` : nothing}${
    o.live ? nothing : messages
  }${control(aria)}${extra}${o.live ? messages : nothing}`;
  const cls = `${o.class ?? 'field'}${aria.invalid == 'true' ? ' invalid' : ''}`;
  // A form control's inputs name its hint and messages themselves; a plain group names them on the fieldset.
  return o.group
    ? html`<fieldset part=${part('field')} class=${cls} id=${o.id ?? nothing} tabindex=${o.id ? '-1' : nothing}
        aria-describedby=${o.live ? nothing : (aria.describedBy ?? nothing)} ?disabled=${!!o.disabled}><legend
        part=${part('label')} id=${o.labelId ?? nothing}>${o.label}</legend>${content}</fieldset>`
    : html`<div part=${part('field')} class=${cls}>${
        o.label === undefined
          ? nothing
          : html`<label part=${part('label')} id=${o.labelId ?? nothing} for=${o.for ?? nothing}>${o.label}</label>`
      }${content}</div>`;
}

/** Label content followed by " (không bắt buộc)" in the muted style, when `optional` text is given. */
export function labelWithOptional(label: unknown, optional: string): TemplateResult {
  return html`${label}${optional ? html` <span class="optional">${optional}</span>` : nothing}`;
}
