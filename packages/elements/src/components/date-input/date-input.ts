import { css, html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { DvcFormControl } from '../../internal/form/dvc-form-control';
import type { Validator } from '../../internal/form/validators';
import { displayDate, isoFromParts, partsFromIso, partsFromText, type DateParts } from './date-parts';

type Part = keyof DateParts;
const PARTS: Part[] = ['day', 'month', 'year'];

/**
 * @tagname dvc-date-input
 * @summary A date typed as day, month and year in three short numeric fields (the
 * GOV.UK pattern: accessible, no calendar pop-up to fight with). Pasting
 * `27/03/1985` into any field fills all three. The value is ISO `yyyy-mm-dd`.
 *
 * @csspart input - Each of the three inner inputs.
 * @fires {Event} change - The user committed a new value.
 *
 * @example
 * ```html
 * <dvc-date-input name="ngaySinh" label="Ngày sinh" max="2025-12-31" required></dvc-date-input>
 * ```
 */
export class DvcDateInput extends DvcFormControl {
  static override defaultTag = 'dvc-date-input';
  static override styles = [
    ...DvcFormControl.styles,
    // A fieldset is as wide as its content by default (min-inline-size: min-content): let it
    // narrow to the screen at 400 % zoom (80 CSS px), where the parts stack. (Comments stay out
    // of the CSS text, which ships as written.)
    css`
      fieldset {
        min-inline-size: 0;
      }
      .parts {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em 0.75em;
      }
      .part {
        display: grid;
        grid-template-columns: minmax(0, auto);
        min-width: 0;
        max-width: 100%;
        font-weight: 400;
      }
      .part input {
        width: 3.5em;
        max-width: 100%;
      }
      .part.year input {
        width: 5em;
      }
    `,
  ];

  /** Earliest allowed date, ISO `yyyy-mm-dd`. */
  @property() min = '';
  /** Latest allowed date, ISO `yyyy-mm-dd`. */
  @property() max = '';
  /**
   * The date the hint shows as an example ("Ví dụ: 27 3 1985"), ISO `yyyy-mm-dd`: give one that
   * fits the person asked about (a newborn's recent birthday, not an adult's). @default '1985-03-27'
   */
  @property() example = '';
  @state() private parts: DateParts = { day: '', month: '', year: '' };
  private typing = false;

  protected override isEmpty(): boolean {
    return PARTS.every((p) => this.parts[p] === '');
  }
  protected override defaultLabel(): string {
    return this.t('date.label');
  }
  protected override defaultHint(): string {
    const [y, m, d] = (this.example || '1985-03-27').split('-');
    return this.t('date.hint', { example: `${Number(d)} ${Number(m)} ${y}` });
  }

  protected override ownValidators(): Validator<this>[] {
    return [
      {
        validate: (c) => {
          const iso = isoFromParts(c.parts);
          // Messages name the date: they are also what the form's error summary lists.
          const label = c.label || c.defaultLabel();
          if (iso === 'incomplete') return { code: 'date.incomplete', flag: 'badInput', params: { label } };
          if (iso === 'invalid') return { code: 'date.invalid', flag: 'badInput', params: { label } };
          if (c.min && iso < c.min)
            return { code: 'date.min', flag: 'rangeUnderflow', params: { label, min: displayDate(c.min) } };
          if (c.max && iso > c.max)
            return { code: 'date.max', flag: 'rangeOverflow', params: { label, max: displayDate(c.max) } };
          return null;
        },
      },
    ];
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('value') && !this.typing) this.parts = partsFromIso(this.value);
    this.typing = false;
    super.willUpdate(changed);
  }

  protected override resetView(): void {
    this.parts = partsFromIso(this.value);
  }

  private onInput(part: Part, event: Event): void {
    const input = event.target as HTMLInputElement;
    const pasted = partsFromText(input.value);
    const digits = input.value.replace(/\D/g, '').slice(0, part === 'year' ? 4 : 2);
    if (!pasted && digits !== input.value) input.value = digits;
    this.parts = pasted ?? { ...this.parts, [part]: digits };
    const iso = isoFromParts(this.parts);
    this.typing = true;
    this.value = iso.includes('-') ? iso : '';
    this.markDirty();
    // Typing the separator ("27/") moves on to the next field, as on paper.
    if (!pasted && digits && part !== 'year' && /^[/.\-\s]$/.test((event as InputEvent).data ?? '')) {
      const next = PARTS[PARTS.indexOf(part) + 1]!;
      this.renderRoot.querySelector<HTMLInputElement>(`#${next === 'day' ? 'control' : next}`)?.focus();
    }
  }

  private onChange(): void {
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  protected override render() {
    return this.renderField(
      (aria) => html`<div class="parts">
        ${PARTS.map(
          (part, i) => html`<label class="part ${part}">
            ${this.t(`date.${part}`)}
            <input
              id=${i === 0 ? 'control' : part}
              part="input"
              ?data-anchor=${i === 0}
              type="text"
              inputmode="numeric"
              autocomplete="off"
              maxlength="10"
              .value=${live(this.parts[part])}
              aria-describedby=${ifDefined(aria.describedBy)}
              aria-invalid=${aria.invalid}
              aria-required=${this.required ? 'true' : 'false'}
              ?disabled=${this.isDisabled}
              @input=${(e: Event) => this.onInput(part, e)}
              @change=${this.onChange}
            />
          </label>`,
        )}
      </div>`,
      true,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-date-input': DvcDateInput;
  }
}
