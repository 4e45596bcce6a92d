import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { runFormControlSuite } from '../../test/form-control-suite';
import { messages, part, press } from '../../test/interaction';
import { loadUnits } from './units-loader';
import type { DvcUnitPicker } from './unit-picker';
import '../define/unit-picker';

/** Waits until the lazily loaded unit tables are in. */
async function ready(el: DvcUnitPicker) {
  await loadUnits();
  await el.updateComplete;
}

/** Picks Tỉnh Đắk Lắk → Xã Ea Bung by keyboard, typing without diacritics. */
async function pickEaBung(el: DvcUnitPicker) {
  await ready(el);
  el.focus();
  await sendKeys({ type: 'dak lak' });
  await press(el, 'ArrowDown');
  await press(el, 'Enter');
  await sendKeys({ type: 'ea bung' });
  await press(el, 'ArrowDown');
  await press(el, 'Enter');
}

runFormControlSuite<DvcUnitPicker>({
  tag: 'dvc-unit-picker',
  fill: pickEaBung,
  filledValue: '24229',
});

describe('dvc-unit-picker', () => {
  const make = async () => {
    const el = await fixture<DvcUnitPicker>(html`<dvc-unit-picker name="unit"></dvc-unit-picker>`);
    await ready(el);
    return el;
  };

  it('follows the ARIA combobox pattern: expanded state, listbox, active descendant', async () => {
    const el = await make();
    const input = part(el, '#control');
    expect(input.getAttribute('role')).to.equal('combobox');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    el.focus();
    await sendKeys({ type: 'dak' });
    await el.updateComplete;
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    const names = [...el.shadowRoot!.querySelectorAll('#province-list [role=option]')].map((o) => o.textContent!.trim());
    expect(names).to.include('Tỉnh Đắk Lắk');
    expect(input.hasAttribute('aria-activedescendant')).to.equal(false);
    await press(el, 'ArrowDown');
    const active = input.getAttribute('aria-activedescendant')!;
    expect(part(el, `#${active}`).getAttribute('aria-selected')).to.equal('true');
    expect(part(el, '[role=status]').textContent).to.match(/\d+ kết quả/);
    await expect(el).to.be.accessible();
  });

  it('picks province then commune by keyboard, searching without diacritics', async () => {
    const el = await make();
    let changes = 0;
    el.addEventListener('change', () => changes++);
    await pickEaBung(el);
    expect(el.value).to.equal('24229');
    expect(el.selectedUnit?.name).to.equal('Xã Ea Bung');
    expect(part(el, '#control').value).to.equal('Tỉnh Đắk Lắk');
    expect(part(el, '#commune').value).to.equal('Xã Ea Bung');
    expect(el.shadowRoot!.activeElement?.id).to.equal('commune');
    expect(changes).to.equal(1);
  });

  it('closes the list with Escape, then clears the text with a second Escape', async () => {
    const el = await make();
    el.focus();
    await sendKeys({ type: 'ha noi' });
    await el.updateComplete;
    expect(part(el, '#control').getAttribute('aria-expanded')).to.equal('true');
    await press(el, 'Escape');
    expect(part(el, '#control').getAttribute('aria-expanded')).to.equal('false');
    expect(part(el, '#control').value).to.equal('ha noi');
    await press(el, 'Escape');
    expect(part(el, '#control').value).to.equal('');
  });

  it('Enter picks the only match; Tab closes the list without picking', async () => {
    const el = await make();
    el.focus();
    await sendKeys({ type: 'cao bang' });
    await press(el, 'Enter');
    expect(part(el, '#control').value).to.equal('Tỉnh Cao Bằng');
    await sendKeys({ type: 'xa' });
    await el.updateComplete;
    expect(part(el, '#commune').getAttribute('aria-expanded')).to.equal('true');
    await press(el, 'Tab');
    expect(part(el, '#commune').getAttribute('aria-expanded')).to.equal('false');
    expect(el.value).to.equal('');
    expect(messages(el)[0]).to.equal('Vui lòng chọn xã, phường trong danh sách.');
  });

  it('shows a commune set from script with its province, and says so when nothing matches', async () => {
    const el = await make();
    el.value = '24229';
    await el.updateComplete;
    expect(part(el, '#control').value).to.equal('Tỉnh Đắk Lắk');
    expect(part(el, '#commune').value).to.equal('Xã Ea Bung');
    part(el, '#commune').focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: 'zzz' });
    await el.updateComplete;
    expect(part(el, '#commune-list').textContent).to.contain('Không tìm thấy kết quả phù hợp.');
  });
});
