import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DvcElement } from '../base/dvc-element';
import type { Localized } from '../i18n/locale-registry';
import type { UiMessageKey } from '../i18n/messages-vi';
import { afterPointerRelease } from './after-pointer-release';
import { field, fieldAria, labelWithOptional, type FieldAria, type FieldOptions } from './field';
import { fieldStyles } from '../styles/field.styles';
import { requiredResult, type ValidationResult, type Validator } from './validators';

/**
 * @summary Base class of every DVC Kit form control: a form-associated custom
 * element (ElementInternals) with a real input inside its shadow root, a label,
 * hint and messages wired with `aria-describedby`/`aria-invalid`, and Lion-style
 * validation (validator objects; error, warning and info levels; messages shown
 * after the user leaves a changed field or submits, never while first typing).
 *
 * @slot label - Replaces the `label` attribute text.
 * @slot hint - Replaces the `hint` attribute text.
 * @csspart field - The wrapper (a `fieldset` for multi-input controls).
 * @csspart label - The label or legend.
 * @csspart hint - The hint text.
 * @csspart messages - The container of validation messages.
 * @cssproperty --dvc-color-primary - Main action colour.
 * @cssproperty --dvc-color-error - Error text and border colour.
 * @cssproperty --dvc-color-focus - Focus ring colour.
 * @cssproperty --dvc-font-size-base - Base font size.
 * @cssproperty --dvc-radius - Corner radius of inputs and buttons.
 * @cssproperty --dvc-touch-target - Minimum height of inputs and buttons (default 2.75rem = 44px).
 * @fires {Event} change - The user committed a new value.
 * @fires {Event} input - The value changed while typing (from the inner input, composed).
 */
export class DvcFormControl<K extends string = never> extends DvcElement<K> {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...DvcElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [...DvcElement.styles, fieldStyles];

  protected readonly internals: ElementInternals;

  constructor() {
    super();
    this.internals = this.attachInternals();
    this.addEventListener('focusout', this.onFocusOut);
    this.addEventListener('invalid', () => (this.submitted = true));
  }

  /** Name under which the value is submitted with the form. */
  @property({ reflect: true }) name = '';
  /** The value (normalised; format depends on the control). The `value` attribute is the default restored on form reset. */
  @property() value = '';
  /** The form cannot be submitted while this control is empty. */
  @property({ type: Boolean, reflect: true }) required = false;
  /** Disables the control; it is then not submitted. */
  @property({ type: Boolean, reflect: true }) disabled = false;
  /** Label text (default: a Vietnamese label suited to the control). */
  @property() label = '';
  /** Hint text shown under the label. */
  @property() hint = '';
  /** Extra validators run after the control's own. */
  @property({ attribute: false }) validators: Validator<this>[] = [];

  /** The user has left the control at least once. */
  @state() protected touched = false;
  /** The user has changed the value. */
  @state() protected dirty = false;
  /** The form was submitted (or validity reported), so every message shows. */
  @state() protected submitted = false;
  @state() private formDisabled = false;
  @state() private customError?: ValidationResult;

  /** Results of the last validation, errors first. */
  protected results: ValidationResult[] = [];
  private submitForm?: HTMLFormElement | null;
  private readonly onSubmit = () => (this.submitted = true);

  /** The form this control belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  /** Native validity state (errors only). */
  get validity(): ValidityState {
    return this.internals.validity;
  }
  /** The first error message, in the current language. */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  /** Results of validation (all levels) — useful for an error summary. */
  get validationResults(): readonly ValidationResult[] {
    return this.results;
  }
  /**
   * The control's own first error (its validators or `required`), ignoring an error set with
   * {@link setCustomError} — how a form tells the control's checks from its own. `''` when none.
   */
  get ownValidationMessage(): string {
    const own = this.results.find((r) => r !== this.customError && (r.level ?? 'error') === 'error');
    return own ? this.messageText(own) : '';
  }
  /** Whether the control is currently valid. Does not show messages. */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  /** Shows every message and returns whether the control is valid. */
  reportValidity(): boolean {
    this.submitted = true;
    return this.internals.reportValidity();
  }
  /**
   * Sets an error from outside (e.g. the gateway rejected the field), or clears it with `null`.
   * @example `input.setCustomError({ vi: 'Số đã được dùng', en: 'Number already used' })`
   */
  setCustomError(message: Localized | string | null): void {
    this.customError =
      message === null
        ? undefined
        : { code: 'custom', message: typeof message === 'string' ? { vi: message } : message };
    this.submitted = true;
  }

  /** Whether the control counts as empty for `required`. */
  protected isEmpty(): boolean {
    return this.value === '';
  }
  /** The control's own validators (run before the user's). */
  protected ownValidators(): Validator<this>[] {
    return [];
  }
  /** What the form submits. */
  protected formValue(): string | FormData | null {
    return this.value;
  }
  /** Default label text (in the current language). */
  protected defaultLabel(): string {
    return '';
  }
  /** Default hint text. */
  protected defaultHint(): string {
    return '';
  }
  /** The hint shown: the `hint` attribute, else {@link defaultHint}. */
  protected hintText(): string {
    return this.hint || this.defaultHint();
  }
  /** Catalogue key of the required message. */
  protected requiredKey(): string {
    return 'validation.required';
  }
  /** Disabled by its own attribute or by a disabled fieldset/form. */
  protected get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }
  /** Errors and warnings are visible (after leaving a changed field, or after submit). */
  protected get showMessages(): boolean {
    return this.submitted || (this.touched && this.dirty);
  }
  /** Whether the control shows as invalid right now. */
  protected get showInvalid(): boolean {
    return this.showMessages && this.results.some((r) => (r.level ?? 'error') === 'error');
  }
  /** Call from input handlers when the user changes the value. */
  protected markDirty(): void {
    this.dirty = true;
  }
  /** Called on form reset after the value is restored; clear view state here. */
  protected resetView(): void {}

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.results = this.validate();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.internals.setFormValue(this.isDisabled ? null : this.formValue(), this.value);
    const error = this.results.find((r) => (r.level ?? 'error') === 'error');
    const anchor = this.renderRoot.querySelector<HTMLElement>('[data-anchor]') ?? undefined;
    if (error) this.internals.setValidity({ [error.flag ?? 'customError']: true }, this.messageText(error), anchor);
    else this.internals.setValidity({});
  }

  formAssociatedCallback(form: HTMLFormElement | null): void {
    this.submitForm?.removeEventListener('submit', this.onSubmit);
    this.submitForm = form;
    form?.addEventListener('submit', this.onSubmit);
  }
  formResetCallback(): void {
    this.value = this.getAttribute('value') ?? '';
    this.touched = this.dirty = this.submitted = false;
    this.customError = undefined;
    this.resetView();
  }
  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.value = state;
  }
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  private validate(): ValidationResult[] {
    // An error set from outside (e.g. the form's own "Vui lòng nhập họ và tên") replaces the generic required message.
    if (this.isEmpty())
      return this.customError ? [this.customError] : this.required ? [requiredResult(this.requiredKey())] : [];
    const results: ValidationResult[] = [];
    for (const v of [...this.ownValidators(), ...this.validators]) {
      const result = v.validate(this);
      if (result) results.push(result);
    }
    if (this.customError) results.unshift(this.customError);
    return results.sort((a, b) => rank(a) - rank(b));
  }

  private readonly onFocusOut = (event: FocusEvent) => {
    if (event.relatedTarget === this) return;
    // A tap elsewhere (on "Tiếp tục") moved the focus: show the message only once the tap has
    // landed, so the message does not move the button from under the finger.
    afterPointerRelease(() => (this.touched = true));
  };

  /** Text of a validation result in the current language. */
  protected messageText(result: ValidationResult): string {
    return this.t(result.code as UiMessageKey, result.params, result.message);
  }

  /** Results to show now: info always, errors and warnings once {@link showMessages}. */
  protected visibleResults(): ValidationResult[] {
    return this.results.filter((r) => r.level === 'info' || this.showMessages);
  }

  /** The field around the control, as {@link field} takes it (the one place its ids and ARIA are decided). */
  private fieldOptions(group: boolean, messages: unknown[] = []): FieldOptions {
    const hintText = this.hintText();
    return {
      label: labelWithOptional(
        html`<slot name="label">${this.label || this.defaultLabel()}</slot>`,
        this.required ? '' : this.t('common.optional'),
      ),
      labelId: 'label',
      for: group ? undefined : 'control',
      group,
      parts: true,
      hintId: 'hint',
      hint: html`<slot name="hint">${hintText}</slot>`,
      hinted: !!(hintText || this.querySelector(':scope > [slot=hint]')),
      messagesId: 'messages',
      messages,
      live: true,
      invalid: this.showInvalid,
      disabled: group && this.isDisabled,
    };
  }

  /** IDs the inner input(s) should name in `aria-describedby` ({@link renderField} gives them to a control function). */
  protected describedBy(): string {
    return fieldAria(this.fieldOptions(false, this.visibleResults())).describedBy ?? '';
  }

  /**
   * Wraps `control` with label (or legend, when `group`), hint and messages ({@link field}).
   * `control` may be a function of the {@link FieldAria} its input(s) carry. `extra` is rendered
   * between the control and the messages.
   */
  protected renderField(
    control: TemplateResult | ((aria: FieldAria) => unknown),
    group = false,
    extra: unknown = nothing,
  ): TemplateResult {
    const messages = this.visibleResults().map((r) => html`<p class=${r.level ?? 'error'}>${this.messageText(r)}</p>`);
    return field(this.fieldOptions(group, messages), typeof control == 'function' ? control : () => control, extra);
  }
}

const rank = (r: ValidationResult) => ({ error: 0, warning: 1, info: 2 })[r.level ?? 'error'];
