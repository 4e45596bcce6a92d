import { state } from 'lit/decorators.js';
import { formatPhone, parsePhone, type Phone } from '@dvc-kit/core';
import { DvcTextControl } from '../../internal/form/dvc-text-control';
import type { Validator } from '../../internal/form/validators';
import { parserValidator } from '../../internal/form/parser-validator';

/**
 * @tagname dvc-phone-input
 * @summary Vietnamese phone number (số điện thoại). Accepts `0…`, `+84…` and
 * `84…` with spaces or dots; the value is normalised to `+84…` (E.164). A
 * pre-2018 11-digit mobile number is converted to its current 10-digit form and
 * a visible note says so.
 *
 * @csspart input - The inner `<input>`.
 * @fires {Event} change - The user committed a new value.
 *
 * @example
 * ```html
 * <dvc-phone-input name="soDienThoai" required></dvc-phone-input>
 * ```
 */
export class DvcPhoneInput extends DvcTextControl {
  static override defaultTag = 'dvc-phone-input';

  constructor() {
    super();
    this.autocomplete = 'tel';
  }

  /** The parsed number, or `undefined` while the text is not a valid number. */
  get parsed(): Phone | undefined {
    return tryParse(this.text);
  }

  /** The old 11-digit number the user typed, when it was converted. */
  @state() protected convertedFrom?: string;

  protected override parseText(text: string): string {
    const phone = tryParse(text);
    this.convertedFrom = phone?.converted ? text.replace(/[^\d+]/g, '') : undefined;
    return phone?.e164 ?? text.trim();
  }
  protected override formatValue(value: string): string {
    return formatPhone(value);
  }
  protected override cleanText(text: string): string {
    return text.replace(/[^\d+\s.\-()]/g, '');
  }
  protected override inputModeHint(): string {
    return 'tel';
  }
  protected override defaultLabel(): string {
    return this.t('phone.label');
  }
  protected override defaultHint(): string {
    return this.t('phone.hint');
  }

  protected override ownValidators(): Validator<this>[] {
    return [
      parserValidator(parsePhone, 'typeMismatch', (phone, c: this) =>
        c.convertedFrom
          ? { code: 'phone.converted', level: 'info', params: { old: c.convertedFrom, new: phone.national } }
          : null,
      ),
    ];
  }
}

function tryParse(text: string): Phone | undefined {
  try {
    return parsePhone(text);
  } catch {
    return undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-phone-input': DvcPhoneInput;
  }
}
