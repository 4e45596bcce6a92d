import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { PROVIDER_MARK } from '../../internal/base/dvc-element';
import { closestComposed } from '../../internal/base/composed-tree';
import { DvcFormControl } from '../../internal/form/dvc-form-control';
import { GatewayClient } from '../../internal/client/gateway-client';
import type { Validator } from '../../internal/form/validators';
import type { FieldAria } from '../../internal/form/field';
import { comboKey } from './combobox-keys';
import { unitPickerStyles } from './unit-picker.styles';
import type { UnitOption } from './units-loader';
import { bundledUnits, filterUnits, gatewayUnits, knownUnit, type UnitSource } from './units-source';

type Which = 'province' | 'commune';

/**
 * @tagname dvc-unit-picker
 * @summary Picks a commune or ward (xã, phường, đặc khu) of the 2025 administrative
 * map in two steps — province, then commune — with two searchable comboboxes
 * (WAI-ARIA combobox pattern). Search ignores diacritics: `ea bung` finds
 * `Xã Ea Búng`. The value is the commune code.
 *
 * With an endpoint (own or from `<dvc-provider>`) the picker asks the gateway for the
 * provinces and then only the picked province's communes (`GET /v1/units`, a few kB each);
 * without one, or with `bundled`, it loads the whole 2025 table (about 110 kB gzipped) once.
 * It starts at `province` (own attribute, else the provider's), e.g. the commune site's own
 * province. What the citizen types while a list is loading is kept.
 *
 * @csspart input - Each combobox input.
 * @csspart listbox - Each option list.
 * @fires {Event} change - A commune was picked or cleared.
 *
 * @example
 * ```html
 * <dvc-unit-picker name="maXa" province="66" required></dvc-unit-picker>
 * ```
 */
export class DvcUnitPicker extends DvcFormControl {
  static override defaultTag = 'dvc-unit-picker';
  static override styles = [...DvcFormControl.styles, unitPickerStyles];

  /**
   * Province to start at (2-digit code, e.g. `66` for Đắk Lắk) when no commune is picked yet.
   * @default the nearest `<dvc-provider>`'s `province` attribute, else none
   */
  @property() province?: string;

  /** Use the whole bundled 2025 table instead of the gateway (pages that must work offline). @default false */
  @property({ type: Boolean }) bundled = false;

  @state() private provinces?: readonly UnitOption[];
  @state() private communeList?: readonly UnitOption[];
  @state() private currentProvince?: UnitOption;
  @state() private loadFailed = false;
  @state() private query: Record<Which, string> = { province: '', commune: '' };
  @state() private open?: Which;
  @state() private active = -1;
  private typing = false;
  /** Counts the citizen's edits, so an answer that arrives after one never overwrites it. */
  private edits = 0;
  private sourceKey = '';
  /** Gives the gateway source its client (this picker's language; the endpoint the source is for). */
  private readonly gateway = new GatewayClient(this, () => this.language);

  /** The picked commune, once its province's list has loaded. */
  get selectedUnit(): UnitOption | undefined {
    const unit = this.value ? knownUnit(this.value) : undefined;
    return unit?.level === 'commune' ? unit : undefined;
  }

  private get source(): UnitSource {
    const endpoint = this.resolvedEndpoint;
    return this.bundled || !endpoint ? bundledUnits : gatewayUnits(endpoint, () => this.gateway.client(endpoint));
  }

  private get startProvince(): string | undefined {
    if (this.province) return this.province;
    const provider = closestComposed(
      this,
      (el) => (el as unknown as Record<symbol, unknown>)[PROVIDER_MARK] === true && el.hasAttribute('province'),
      true,
    );
    return provider?.getAttribute('province') || undefined;
  }

  /** Loads the provinces (and the starting province's communes at the same time). */
  private async load(): Promise<void> {
    const key =
      (this.sourceKey = `${this.bundled || !this.resolvedEndpoint ? '' : this.resolvedEndpoint}\0${this.language}`);
    const source = this.source;
    const start = this.value ? undefined : this.startProvince;
    this.loadFailed = false;
    try {
      const [provinces] = await Promise.all([
        source.provinces(),
        start ? source.communes(start).catch(() => undefined) : undefined,
      ]);
      if (key !== this.sourceKey) return;
      this.provinces = provinces;
      await this.syncFromValue();
    } catch {
      if (key === this.sourceKey) this.loadFailed = true;
    }
  }

  private async loadCommunes(province: UnitOption): Promise<void> {
    this.communeList = undefined;
    try {
      const list = await this.source.communes(province.code);
      if (this.currentProvince?.code === province.code) this.communeList = list;
    } catch {
      if (this.currentProvince?.code === province.code) this.loadFailed = true;
    }
  }

  /** After a failed load, a click or key in a box tries again. */
  private retry(): void {
    if (!this.loadFailed) return;
    if (!this.provinces) void this.load();
    else if (this.currentProvince && !this.communeList) {
      this.loadFailed = false;
      void this.loadCommunes(this.currentProvince);
    }
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
    const key = `${this.bundled || !this.resolvedEndpoint ? '' : this.resolvedEndpoint}\0${this.language}`;
    if (key !== this.sourceKey) void this.load();
    else if (changed.has('value') && !this.typing) void this.syncFromValue();
    this.typing = false;
    super.willUpdate(changed);
  }

  protected override resetView(): void {
    void this.syncFromValue(true);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.renderRoot.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }

  /**
   * Shows the value's province and commune (or, with no value, the starting province).
   * Text the citizen typed meanwhile is kept unless `force` (a form reset).
   */
  private async syncFromValue(force = false): Promise<void> {
    if (!this.provinces) return;
    const edits = this.edits;
    const stale = () =>
      !force && (this.edits !== edits || (!this.value && (this.query.province !== '' || this.query.commune !== '')));
    if (!this.value) {
      if (force) this.query = { province: '', commune: '' };
      if (stale() || (!force && this.currentProvince)) return;
      const start = this.provinces.find((p) => p.code === this.startProvince);
      this.currentProvince = start;
      this.query = { province: start?.name ?? '', commune: '' };
      if (start) void this.loadCommunes(start);
      else this.communeList = undefined;
      return;
    }
    const commune = await this.source.unit(this.value).catch(() => undefined);
    if (this.edits !== edits && !force) return;
    const province =
      commune?.level === 'commune' ? this.provinces.find((p) => p.code === commune.provinceCode) : undefined;
    this.currentProvince = province;
    this.query = { province: province?.name ?? '', commune: commune?.level === 'commune' ? commune.name : '' };
    if (province) await this.loadCommunes(province);
    this.requestUpdate();
  }

  private options(which: Which): readonly UnitOption[] {
    const all = which === 'province' ? this.provinces : this.currentProvince ? this.communeList : [];
    if (!all) return [];
    const picked = which === 'province' ? this.currentProvince?.name : this.selectedUnit?.name;
    const query = this.query[which];
    if (!query.trim() || picked === query) return all;
    return filterUnits(all, query);
  }

  /** True while the list `which` shows is still coming. */
  private loading(which: Which): boolean {
    return which === 'province' ? !this.provinces : !!this.currentProvince && !this.communeList;
  }

  private pick(which: Which, unit: UnitOption | undefined): void {
    this.typing = true;
    this.edits++;
    if (which === 'province') {
      this.currentProvince = unit;
      this.query = { province: unit?.name ?? this.query.province, commune: '' };
      this.value = '';
      if (unit) {
        void this.loadCommunes(unit);
        void this.updateComplete.then(() => this.input('commune')?.focus());
      }
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
    this.edits++;
    this.query = { ...this.query, [which]: (event.target as HTMLInputElement).value };
    if (which === 'province') {
      this.currentProvince = undefined;
      this.query = { ...this.query, commune: '' };
    }
    this.value = '';
    this.open = which;
    this.active = -1;
    this.markDirty();
  }

  private onKeyDown(which: Which, event: KeyboardEvent): void {
    this.retry();
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

  private renderCombo(which: Which, anchor: boolean, aria: FieldAria) {
    const open = this.open === which;
    // A closed list renders no options: a province's hundred communes cost a slow phone
    // real time to build, and nobody sees them until the list opens.
    const options = open ? this.options(which) : [];
    const disabled = this.isDisabled || (which === 'commune' && !this.currentProvince);
    const hintId = which === 'commune' && !this.currentProvince ? 'commune-hint' : undefined;
    // The combobox is named by its <label for>, which the rule does not follow; the keyboard
    // works on the combobox (aria-activedescendant), not on each option.
    /* eslint-disable lit-a11y/accessible-name, lit-a11y/click-events-have-key-events */
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
        aria-describedby=${ifDefined([aria.describedBy, hintId].filter(Boolean).join(' ') || undefined)}
        aria-invalid=${which === 'commune' ? aria.invalid : 'false'}
        aria-required=${this.required ? 'true' : 'false'}
        .value=${live(this.query[which])}
        ?disabled=${disabled}
        @input=${(e: Event) => this.onInput(which, e)}
        @keydown=${(e: KeyboardEvent) => this.onKeyDown(which, e)}
        @click=${() => {
          this.retry();
          this.open = which;
        }}
        @blur=${() => this.open === which && (this.open = undefined)}
      />
      <ul id="${which}-list" part="listbox" role="listbox" aria-labelledby="${which}-label" ?hidden=${!open}>
        ${
          this.loadFailed && this.loading(which)
            ? html`<li class="empty" role="option" aria-disabled="true" aria-selected="false">${this.t('unit.load-failed')}</li>`
            : this.loading(which)
              ? html`<li class="empty" role="option" aria-disabled="true" aria-selected="false">${this.t('common.loading')}</li>`
              : !open
                ? nothing
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
                    )
        }
      </ul>
      ${hintId ? html`<p id=${hintId} class="hint">${this.t('unit.province-first')}</p>` : nothing}
    </div>`;
    /* eslint-enable lit-a11y/accessible-name, lit-a11y/click-events-have-key-events */
  }

  protected override render() {
    const status =
      this.open && !this.loading(this.open) ? this.t('unit.results', { count: this.options(this.open).length }) : '';
    return this.renderField(
      (
        aria,
      ) => html`${this.renderCombo('province', !this.currentProvince, aria)}${this.renderCombo('commune', !!this.currentProvince, aria)}
        <p class="visually-hidden" role="status">${status}</p>`,
      true,
    );
  }
}

/** The province input is the control's focus anchor and the target of `#control`. */
const inputId = (which: Which) => (which === 'province' ? 'control' : 'commune');

declare global {
  interface HTMLElementTagNameMap {
    'dvc-unit-picker': DvcUnitPicker;
  }
}
