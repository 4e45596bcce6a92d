import { expect, fixture, html } from '@open-wc/testing';
import { runFormControlSuite } from '../../../test/form-control-suite';
import { messages, part, press, typeInto } from '../../../test/interaction';
import type { DvcPhoneInput } from './phone-input';
import './phone-input.define';

runFormControlSuite<DvcPhoneInput>({
  tag: 'dvc-phone-input',
  fill: (el) => typeInto(el, '0912 345 678'),
  filledValue: '+84912345678',
});

describe('dvc-phone-input', () => {
  const make = () => fixture<DvcPhoneInput>(html`<dvc-phone-input name="phone"></dvc-phone-input>`);

  it('normalises to +84 and shows the national form after leaving the field', async () => {
    const el = await make();
    await typeInto(el, '+84 912.345.678');
    expect(el.value).to.equal('+84912345678');
    await press(el, 'Tab');
    expect(part(el, 'input').value).to.equal('0912 345 678');
    expect(part(el, 'input').inputMode).to.equal('tel');
    expect(part(el, 'input').autocomplete).to.equal('tel');
  });

  it('converts an old 11-digit mobile number and keeps a visible note', async () => {
    const el = await make();
    await typeInto(el, '01681234567');
    expect(el.value).to.equal('+84381234567');
    await press(el, 'Tab');
    expect(part(el, 'input').value).to.equal('0381 234 567');
    expect(messages(el)).to.deep.equal(['Số cũ 01681234567 đã được đổi sang số mới 0381234567.']);
    expect(el.checkValidity()).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('reports an invalid number with core’s message after leaving the field', async () => {
    const el = await make();
    await typeInto(el, '12345');
    expect(messages(el)).to.deep.equal([]);
    await press(el, 'Tab');
    expect(el.validity.typeMismatch).to.equal(true);
    expect(messages(el)[0]).to.contain('Số điện thoại chưa đúng. Vui lòng nhập số di động 10 số');
  });

  it('normalises a value set from script', async () => {
    const el = await make();
    el.value = '0084 912 345 678';
    await el.updateComplete;
    expect(el.value).to.equal('+84912345678');
    expect(part(el, 'input').value).to.equal('0912 345 678');
  });
});
