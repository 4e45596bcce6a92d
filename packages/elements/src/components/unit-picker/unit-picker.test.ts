import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { runFormControlSuite } from '../../../test/form-control-suite';
import { messages, part, press } from '../../../test/interaction';
import { PROXIED_GATEWAY, setNetworkDown, stack } from '../../../test/stack';
import { loadUnits } from './units-loader';
import type { DvcUnitPicker } from './unit-picker';
import './unit-picker.define';

/** Waits until the lazily loaded unit tables are in and the picker has shown them. */
async function ready(el: DvcUnitPicker) {
  await loadUnits();
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
}

/** The `/v1/units` requests and unit-table chunks this page has fetched so far. */
const unitRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((r) => new URL(r.name).pathname + new URL(r.name).search)
    .filter((u) => u.includes('/v1/units') || /\/units(-|\.)/.test(u));

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
    const names = [...el.shadowRoot!.querySelectorAll('#province-list [role=option]')].map((o) =>
      o.textContent!.trim(),
    );
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
    await ready(el);
    expect(part(el, '#control').value).to.equal('Tỉnh Đắk Lắk');
    expect(part(el, '#commune').value).to.equal('Xã Ea Bung');
    part(el, '#commune').focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: 'zzz' });
    await el.updateComplete;
    expect(part(el, '#commune-list').textContent).to.contain('Không tìm thấy kết quả phù hợp.');
  });
});

describe('dvc-unit-picker with a gateway', () => {
  it('starts at the given province and fetches only the provinces and that province’s communes', async () => {
    const { gateway } = await stack();
    performance.clearResourceTimings();
    const el = await fixture<DvcUnitPicker>(
      html`<dvc-unit-picker endpoint=${gateway} province="66"></dvc-unit-picker>`,
    );
    await waitUntil(
      () => part(el, '#control').value === 'Tỉnh Đắk Lắk' && !part(el, '#commune').disabled,
      'the start province',
      { timeout: 10_000 },
    );
    part(el, '#commune').focus();
    await sendKeys({ type: 'ea bung' });
    await waitUntil(
      () => el.shadowRoot!.querySelector('#commune-list [role=option]')?.textContent?.trim() === 'Xã Ea Bung',
      'Ea Bung listed',
    );
    await press(el, 'ArrowDown');
    await press(el, 'Enter');
    expect(el.value).to.equal('24229');
    expect(el.selectedUnit?.name).to.equal('Xã Ea Bung');
    const fetched = unitRequests();
    expect(
      fetched.every((u) => u.includes('/v1/units')),
      fetched.join(', '),
    ).to.equal(true);
    expect(fetched.some((u) => u.endsWith('/v1/units?province=66'))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('finds the province of a commune set by code (a restored draft) through the gateway', async () => {
    const { gateway } = await stack();
    const el = await fixture<DvcUnitPicker>(
      html`<dvc-unit-picker endpoint=${gateway} .value=${'24229'}></dvc-unit-picker>`,
    );
    await waitUntil(() => part(el, '#commune').value === 'Xã Ea Bung', 'the commune shown', { timeout: 10_000 });
    expect(part(el, '#control').value).to.equal('Tỉnh Đắk Lắk');
  });

  it('keeps what the citizen typed while the list could not load, and loads it on the next tap', async () => {
    await setNetworkDown(true);
    try {
      const el = await fixture<DvcUnitPicker>(
        html`<dvc-unit-picker endpoint=${PROXIED_GATEWAY} province="66"></dvc-unit-picker>`,
      );
      el.focus();
      await sendKeys({ type: 'dak' });
      await waitUntil(
        () => /Chưa tải được danh sách/.test(part(el, '#province-list').textContent ?? ''),
        'the failure shown',
        { timeout: 10_000 },
      );
      expect(part(el, '#control').value).to.equal('dak');
      await setNetworkDown(false);
      part(el, '#control').click();
      await waitUntil(() => /Đắk Lắk/.test(part(el, '#province-list').textContent ?? ''), 'the list after the retry', {
        timeout: 10_000,
      });
      expect(part(el, '#control').value).to.equal('dak');
      expect(part(el, '#control').getAttribute('aria-expanded')).to.equal('true');
    } finally {
      await setNetworkDown(false);
    }
  });
});
