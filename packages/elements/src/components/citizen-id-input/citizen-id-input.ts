import { html, nothing } from 'lit';
import { parseCitizenId, type CitizenId } from '@dvc-kit/core';
import { DvcTextControl } from '../../internal/form/dvc-text-control';
import type { Validator } from '../../internal/form/validators';
import { parserValidator } from '../../internal/form/parser-validator';

/**
 * @tagname dvc-citizen-id-input
 * @summary Personal identification number (số định danh cá nhân, CCCD): 12 digits,
 * digits only. A legacy 9-digit identity card (CMND) number is accepted with a
 * warning. A valid number shows the birth year, gender and birth-registration
 * province it encodes, so the citizen can spot a typing mistake.
 *
 * @csspart input - The inner `<input>`.
 * @csspart derived - The line showing what the number encodes.
 * @fires {Event} change - The user committed a new value.
 *
 * @example
 * ```html
 * <dvc-citizen-id-input name="soDinhDanh" required></dvc-citizen-id-input>
 * ```
 */
export class DvcCitizenIdInput extends DvcTextControl {
  static override defaultTag = 'dvc-citizen-id-input';

  /** What the current value encodes, or `undefined` while it is not a valid number. */
  get parsed(): CitizenId | undefined {
    try {
      return parseCitizenId(this.value);
    } catch {
      return undefined;
    }
  }

  protected override parseText(text: string): string {
    return text.replace(/\D/g, '');
  }
  protected override cleanText(text: string): string {
    return text.replace(/\D/g, '');
  }
  protected override inputModeHint(): string {
    return 'numeric';
  }
  protected override maxLength(): number {
    return 12;
  }
  protected override defaultLabel(): string {
    return this.t('citizen-id.label');
  }
  protected override defaultHint(): string {
    return this.t('citizen-id.hint');
  }

  protected override ownValidators(): Validator<this>[] {
    return [
      parserValidator(parseCitizenId, 'patternMismatch', (id) =>
        id.kind === 'cmnd' ? { code: 'citizen-id.legacy', level: 'warning' } : null,
      ),
    ];
  }

  protected override renderExtra() {
    const id = this.parsed;
    if (id?.kind !== 'cccd') return nothing;
    return html`<p part="derived" class="info">
      ${this.t('citizen-id.derived', { year: id.birthYear, gender: this.t(`gender.${id.gender}`) })}
      ${this.t('citizen-id.derived-place', { province: id.birthProvinceName })}
    </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-citizen-id-input': DvcCitizenIdInput;
  }
}
