import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { DvcFormControl } from '../form/dvc-form-control';
import type { Validator } from '../form/validators';
import { comboKey } from './combobox-keys';
import { unitPickerStyles } from './unit-picker.styles';
import { loadUnits, type UnitOption, type UnitsModule } from './units-loader';

type Which = 'province' | 'commune';

/**
 * @tagname dvc-unit-picker
 * @summary Picks a commune or ward (xã, phường, đặc khu) of the 2025 administrative
 * map in two steps — province, then commune — with two searchable comboboxes
 * (WAI-ARIA combobox pattern). Search ignores diacritics: `ea bung` finds
 * `Xã Ea Búng`. The unit tables load lazily on first use. The value is the
 * commune code.
 *
 * @csspart input - Each combobox input.
 * @csspart listbox - Each option list.
 * @event change - A commune was picked or cleared.
 *
 * @example
 * ```html
 * <dvc-unit-picker name="maXa" required></dvc-unit-picker>
 * ```
 */
export class DvcUnitPicker extends DvcFormControl {
  static override defaultTag = 'dvc-unit-picker';
  static override styles = [...DvcFormControl.styles, unitPickerStyles];

  @state() private units?: UnitsModule;
  @state() private province?: UnitOption;
  @state() private query: Record<Which, string> = { province: '', commune: '' };
  @state() private open?: Which;
  @state() private active = -1;
  private typing = false;

  override connectedCallback(): void {
    super.connectedCallback();
    void loadUnits().then((units) => {
      this.units = units;
      this.syncFromValue();
    });
  }

  /** The picked commune, once the tables have loaded. */
  get selectedUnit(): UnitOption | undefined {
    const unit = this.value ? this.units?.findUnit(this.value) : undefined;
    return unit?.level === 'commune' ? unit : undefined;
  }

  protected override isEmpty(): boolean {
    return this.value === '' && !this.query.province && !this.query.commune;
  }
  protected override defaultLabel(): string {
    return this.t('unit.label');
  }
  protected override requiredKey() {
    return 'validation.required-choice' as const;
  }
  protected override ownValidators(): Validator<this>[] {
    return [{ validate: (c) => (c.value ? null : { code: 'unit.invalid', flag: 'valueMissing' }) }];
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('value') && !this.typing) this.syncFromValue();
    this.typing = false;
    super.willUpdate(changed);
  }

  protected override resetView(): void {
    this.syncFromValue();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.renderRoot.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }

  private syncFromValue(): void {
    if (!this.units) return;
    if (!this.value) {
      this.province = undefined;
      this.query = { province: '', commune: '' };
      return;
    }
    const commune = this.selectedUnit;
    this.province = commune && this.units.findUnit(commune.provinceCode);
    this.query = { province: this.province?.name ?? '', commune: commune?.name ?? '' };
  }

  private options(which: Which): readonly UnitOption[] {
    if (!this.units) return [];
    const province = this.province?.code;
    if (which === 'commune' && !province) return [];
    const all = which === 'province' ? this.units.provinces() : this.units.communes(province!);
    const picked = which === 'province' ? this.province?.name : this.selectedUnit?.name;
    const query = this.query[which];
    if (!query.trim() || picked === query) return all;
    return this.units
      .searchUnits(query, { province: which === 'commune' ? province : undefined, limit: 200 })
      .filter((u) => u.level === which);
  }

  private pick(which: Which, unit: UnitOption | undefined): void {
    this.typing = true;
    if (which === 'province') {
      this.province = unit;
      this.query = { province: unit?.name ?? this.query.province, commune: '' };
      this.value = '';
      if (unit) void this.updateComplete.then(() => this.input('commune')?.focus());
    } else {
      this.query = { ...this.query, commune: unit?.name ?? this.query.commune };
      this.value = unit?.code ?? '';
      this.dispatchEvent(new Event('change', { bubbles: true }));
    }
    this.open = undefined;
    this.active = -1;
    this.markDirty();
  }

  private input(which: Which): HTMLInputElement | null {
    return this.renderRoot.querySelector(`#${inputId(which)}`);
  }

  private onInput(which: Which, event: Event): void {
    this.typing = true;
    this.query = { ...this.query, [which]: (event.target as HTMLInputElement).value };
    if (which === 'province') {
      this.province = undefined;
      this.query = { ...this.query, commune: '' };
    }
    this.value = '';
    this.open = which;
    this.active = -1;
    this.markDirty();
  }

  private onKeyDown(which: Which, event: KeyboardEvent): void {
    const options = this.options(which);
    const action = comboKey(event.key, this.open === which, this.active, options.length, event.altKey);
    if (action.type === 'none') return;
    if (action.type !== 'close' || event.key !== 'Tab') event.preventDefault();
    if (action.type === 'move') {
      this.open = which;
      this.active = action.to;
    } else if (action.type === 'select') {
      this.pick(which, options[action.index]);
    } else if (action.type === 'close') {
      this.open = undefined;
      this.active = -1;
    } else {
      this.onInput(which, { target: { value: '' } } as unknown as Event);
      this.open = undefined;
    }
  }

  private renderCombo(which: Which, anchor: boolean) {
    const options = this.options(which);
    const open = this.open === which;
    const disabled = this.isDisabled || (which === 'commune' && !this.province);
    const hintId = which === 'commune' && !this.province ? 'commune-hint' : undefined;
    const describedBy = [this.describedBy(), hintId].filter(Boolean).join(' ');
    return html`<div class="combo">
      <label for=${inputId(which)} id="${which}-label">${this.t(`unit.${which}`)}</label>
      <input
        id=${inputId(which)}
        part="input"
        ?data-anchor=${anchor}
        type="text"
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="${which}-list"
        aria-activedescendant=${ifDefined(open && this.active >= 0 ? `${which}-${this.active}` : undefined)}
        aria-describedby=${ifDefined(describedBy || undefined)}
        aria-invalid=${this.showInvalid && which === 'commune' ? 'true' : 'false'}
        aria-required=${this.required ? 'true' : 'false'}
        .value=${live(this.query[which])}
        ?disabled=${disabled}
        @input=${(e: Event) => this.onInput(which, e)}
        @keydown=${(e: KeyboardEvent) => this.onKeyDown(which, e)}
        @click=${() => (this.open = which)}
        @blur=${() => this.open === which && (this.open = undefined)}
      />
      <ul id="${which}-list" part="listbox" role="listbox" aria-labelledby="${which}-label" ?hidden=${!open}>
        ${!this.units
          ? html`<li class="empty" role="option" aria-disabled="true" aria-selected="false">${this.t('common.loading')}</li>`
          : options.length === 0
            ? html`<li class="empty" role="option" aria-disabled="true" aria-selected="false">${this.t('unit.no-results')}</li>`
            : options.map(
                (u, i) => html`<li
                  id="${which}-${i}"
                  role="option"
                  aria-selected=${i === this.active ? 'true' : 'false'}
                  @mousedown=${(e: Event) => e.preventDefault()}
                  @click=${() => this.pick(which, u)}
                >
                  ${u.name}
                </li>`,
              )}
      </ul>
      ${hintId ? html`<p id=${hintId} class="hint">${this.t('unit.province-first')}</p>` : nothing}
    </div>`;
  }

  protected override render() {
    const status = this.open && this.units ? this.t('unit.results', { count: this.options(this.open).length }) : '';
    return this.renderField(
      html`${this.renderCombo('province', !this.province)}${this.renderCombo('commune', !!this.province)}
        <p class="visually-hidden" role="status">${status}</p>`,
      true,
    );
  }
}

/** The province input is the control's focus anchor and the target of `#control`. */
const inputId = (which: Which) => (which === 'province' ? 'control' : 'commune');
