import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { runFormControlSuite } from '../../../test/form-control-suite';
import { messages, part, typeInto } from '../../../test/interaction';
import type { DvcDateInput } from './date-input';
import './date-input.define';

async function typeDate(el: DvcDateInput, day: string, month: string, year: string) {
  el.focus();
  for (const [i, text] of [day, month, year].entries()) {
    if (i > 0) await sendKeys({ press: 'Tab' });
    await sendKeys({ type: text });
  }
  await el.updateComplete;
}

runFormControlSuite<DvcDateInput>({
  tag: 'dvc-date-input',
  fill: (el) => typeDate(el, '27', '3', '1985'),
  filledValue: '1985-03-27',
});

describe('dvc-date-input', () => {
  const make = () =>
    fixture<DvcDateInput>(html`<dvc-date-input label="Ngày sinh" min="1900-01-01" max="2025-12-31"></dvc-date-input>`);

  it('has three labelled numeric fields inside a fieldset with a legend', async () => {
    const el = await make();
    const inputs = el.shadowRoot!.querySelectorAll('input');
    expect(inputs).to.have.length(3);
    expect([...inputs].map((i) => i.inputMode)).to.deep.equal(['numeric', 'numeric', 'numeric']);
    expect([...inputs].map((i) => i.labels?.[0]?.textContent?.trim())).to.deep.equal(['Ngày', 'Tháng', 'Năm']);
    expect(part(el, 'legend').textContent).to.contain('Ngày');
  });

  it('makes an ISO value from day, month and year, moving with Tab', async () => {
    const el = await make();
    await typeDate(el, '5', '11', '2001');
    expect(el.value).to.equal('2001-11-05');
  });

  it('fills all three fields from a pasted dd/mm/yyyy date', async () => {
    const el = await make();
    const day = part(el, '#control');
    day.value = '27/03/1985';
    day.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
    await el.updateComplete;
    expect(el.value).to.equal('1985-03-27');
    expect([...el.shadowRoot!.querySelectorAll('input')].map((i) => i.value)).to.deep.equal(['27', '03', '1985']);
  });

  it('checks the calendar by core’s rule: 29 February only in leap years, no year before 1000', async () => {
    const el = await fixture<DvcDateInput>(html`<dvc-date-input label="Ngày sinh"></dvc-date-input>`);
    await typeDate(el, '29', '2', '2024');
    expect(el.value).to.equal('2024-02-29');
    for (const [day, month, year] of [
      ['29', '2', '2023'],
      ['1', '1', '0999'],
    ]) {
      const other = await fixture<DvcDateInput>(html`<dvc-date-input label="Ngày sinh"></dvc-date-input>`);
      await typeDate(other, day!, month!, year!);
      expect(other.value).to.equal('');
      expect(other.validity.badInput).to.equal(true);
    }
  });

  it('rejects dates that do not exist, incomplete dates and dates outside min/max', async () => {
    const el = await make();
    await typeDate(el, '31', '2', '2001');
    expect(el.value).to.equal('');
    expect(el.validity.badInput).to.equal(true);
    el.reportValidity();
    await el.updateComplete;
    expect(messages(el)).to.deep.equal(['Ngày sinh: ngày này không có thật. Vui lòng kiểm tra lại ngày và tháng.']);

    el.value = '2030-01-01';
    await el.updateComplete;
    expect(el.validity.rangeOverflow).to.equal(true);
    expect(messages(el)).to.deep.equal(['Ngày sinh không được sau ngày 31/12/2025. Vui lòng kiểm tra lại năm.']);
    await expect(el).to.be.accessible();

    const other = await make();
    await typeInto(other, '12');
    expect(other.validity.badInput).to.equal(true);
    expect(other.validationMessage).to.equal('Ngày sinh: vui lòng nhập đủ ngày, tháng và năm.');
  });

  it('moves to the next field when the citizen types a separator: 27/03/1985', async () => {
    const el = await make();
    await typeInto(el, '27/03/1985');
    expect(el.value).to.equal('1985-03-27');
  });

  it('shows an example that fits the person asked about', async () => {
    const el = await make();
    expect(el.shadowRoot!.querySelector('#hint')!.textContent).to.contain('Ví dụ: 27 3 1985');
    el.example = '2026-11-23';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#hint')!.textContent).to.contain('Ví dụ: 23 11 2026');
  });

  it('shows a value set from script in the three fields', async () => {
    const el = await make();
    el.value = '1990-07-04';
    await el.updateComplete;
    expect([...el.shadowRoot!.querySelectorAll('input')].map((i) => i.value)).to.deep.equal(['4', '7', '1990']);
  });
});
