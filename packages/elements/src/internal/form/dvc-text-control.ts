import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { DvcFormControl } from './dvc-form-control';

/**
 * @summary A form control with one text `<input>`: the user's text is parsed into
 * `value` while typing and shown formatted again when the user leaves the field.
 *
 * @csspart input - The inner `<input>`.
 */
export class DvcTextControl extends DvcFormControl {
  /** The browser's autofill hint for the inner input. */
  @property() autocomplete = 'off';
  /** The text in the input, as typed. */
  @state() protected text = '';
  private typing = false;

  /** Turns typed text into the value. */
  protected parseText(text: string): string {
    return text.trim();
  }
  /** Turns a value into the text shown when not typing. */
  protected formatValue(value: string): string {
    return value;
  }
  /** Cleans text as it is typed (e.g. drop non-digits). */
  protected cleanText(text: string): string {
    return text;
  }
  /** `inputmode` of the inner input. */
  protected inputModeHint(): string {
    return 'text';
  }
  /** Maximum number of characters, if any. */
  protected maxLength(): number | undefined {
    return undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('value') && !this.typing) {
      this.value = this.parseText(this.value);
      this.text = this.formatValue(this.value);
    }
    this.typing = false;
    super.willUpdate(changed);
  }

  protected override resetView(): void {
    this.text = this.formatValue(this.value);
  }

  private onInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    const cleaned = this.cleanText(input.value);
    if (cleaned !== input.value) input.value = cleaned;
    this.typing = true;
    this.text = cleaned;
    this.value = this.parseText(cleaned);
    this.markDirty();
  }

  private onChange(): void {
    this.text = this.formatValue(this.value);
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  protected override render() {
    return this.renderField(
      (aria) => html`<input
        id="control"
        part="input"
        data-anchor
        type="text"
        .value=${live(this.text)}
        inputmode=${this.inputModeHint()}
        autocomplete=${this.autocomplete}
        maxlength=${this.maxLength() ?? 524288}
        aria-describedby=${ifDefined(aria.describedBy)}
        aria-invalid=${aria.invalid}
        aria-required=${this.required ? 'true' : 'false'}
        ?disabled=${this.isDisabled}
        @input=${this.onInput}
        @change=${this.onChange}
      />`,
      false,
      this.renderExtra(),
    );
  }

  /** Content between the input and the messages (e.g. a derived hint). */
  protected renderExtra(): unknown {
    return undefined;
  }
}
