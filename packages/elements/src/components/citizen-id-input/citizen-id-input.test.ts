import { expect, fixture, html } from '@open-wc/testing';
import { registerLocale } from '../../internal/i18n/locale-registry';
import { runFormControlSuite } from '../../../test/form-control-suite';
import { messages, part, press, typeInto } from '../../../test/interaction';
import type { DvcCitizenIdInput } from './citizen-id-input';
import './citizen-id-input.define';

runFormControlSuite<DvcCitizenIdInput>({
  tag: 'dvc-citizen-id-input',
  fill: (el) => typeInto(el, '066095001234'),
  filledValue: '066095001234',
});

describe('dvc-citizen-id-input', () => {
  const make = () => fixture<DvcCitizenIdInput>(html`<dvc-citizen-id-input name="id"></dvc-citizen-id-input>`);

  it('takes digits only, at most 12, with a numeric keyboard', async () => {
    const el = await make();
    await typeInto(el, '066 095-00a1234999');
    const input = part(el, 'input');
    expect(input.inputMode).to.equal('numeric');
    expect(input.value).to.equal('066095001234');
    expect(el.value).to.equal('066095001234');
  });

  it('shows the birth year, gender and province the number encodes', async () => {
    const el = await make();
    await typeInto(el, '066195001234');
    const derived = part(el, '[part=derived]').textContent!.replace(/\s+/g, ' ');
    expect(derived).to.contain('Sinh năm 1995, giới tính nữ.');
    expect(derived).to.contain('Đắk Lắk');
    expect(el.parsed?.kind).to.equal('cccd');
  });

  it('does not scold while typing the first time; shows the error after leaving the field', async () => {
    const el = await make();
    await typeInto(el, '12345');
    expect(messages(el)).to.deep.equal([]);
    expect(part(el, 'input').getAttribute('aria-invalid')).to.equal('false');
    await press(el, 'Tab');
    expect(messages(el)[0]).to.contain('12 chữ số');
    expect(part(el, 'input').getAttribute('aria-invalid')).to.equal('true');
    expect(part(el, 'input').getAttribute('aria-describedby')).to.contain('messages');
    expect(el.validity.patternMismatch).to.equal(true);
  });

  it('accepts a legacy 9-digit CMND number with a warning that does not block the form', async () => {
    const el = await make();
    await typeInto(el, '241234567');
    await press(el, 'Tab');
    expect(el.checkValidity()).to.equal(true);
    expect(messages(el)[0]).to.contain('chứng minh nhân dân cũ');
    expect(el.shadowRoot!.querySelector('#messages .warning')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('follows the nearest [lang] across shadow roots and re-renders when it changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en"><dvc-citizen-id-input></dvc-citizen-id-input></div>`,
    );
    const el = wrapper.querySelector<DvcCitizenIdInput>('dvc-citizen-id-input')!;
    await el.updateComplete;
    expect(part(el, '#label').textContent).to.contain('Personal identification number');
    wrapper.setAttribute('lang', 'vi');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(part(el, '#label').textContent).to.contain('Số định danh cá nhân');

    const host = document.createElement('div');
    host.setAttribute('lang', 'en');
    const inner = host.attachShadow({ mode: 'open' });
    const nested = document.createElement('dvc-citizen-id-input') as DvcCitizenIdInput;
    inner.append(nested);
    await fixture(host);
    await nested.updateComplete;
    expect(part(nested, '#label').textContent).to.contain('Personal identification number');
  });

  it('loads a minority-language pack at run time and falls back to Vietnamese for missing strings', async () => {
    registerLocale('ede', async () => ({ 'citizen-id.label': 'Kơ ƀăng mnuih (ede)' }), { fallback: 'vi' });
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="ede"><dvc-citizen-id-input></dvc-citizen-id-input></div>`,
    );
    const el = wrapper.querySelector<DvcCitizenIdInput>('dvc-citizen-id-input')!;
    await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
    expect(part(el, '#label').textContent).to.contain('Kơ ƀăng mnuih (ede)');
    expect(part(el, '#hint').textContent).to.contain('Gồm 12 chữ số');
  });
});
