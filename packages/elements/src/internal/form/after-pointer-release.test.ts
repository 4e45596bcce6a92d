import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { messages } from '../../../test/interaction';
import type { DvcDateInput } from '../../components/date-input/date-input';
import '../../components/date-input/date-input.define';

/** Where to tap: the middle of the element, in viewport pixels. */
function middle(el: Element): [number, number] {
  const r = el.getBoundingClientRect();
  return [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)];
}

describe('a control’s message and the tap that took its focus', () => {
  it('the first tap on the button below a control left with an impossible date is not lost, and the message then shows', async () => {
    // Narrow, as on a phone at 200 % zoom: the message takes more than the reserved line.
    const page = await fixture<HTMLDivElement>(html`<div style="width:180px">
      <dvc-date-input label="Ngày sinh"></dvc-date-input>
      <button type="button" style="min-height:44px">Tiếp tục</button>
    </div>`);
    const input = page.querySelector<DvcDateInput>('dvc-date-input')!;
    const button = page.querySelector('button')!;
    let clicks = 0;
    button.addEventListener('click', () => clicks++);
    input.focus();
    await sendKeys({ type: '31' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '2' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '1996' });
    await input.updateComplete;
    expect(messages(input)).to.deep.equal([]);
    const before = button.getBoundingClientRect().y;

    const [x, y] = middle(button);
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await input.updateComplete;
    // The focus left on pointerdown; nothing under the finger may move before it is lifted.
    expect(messages(input)).to.deep.equal([]);
    expect(button.getBoundingClientRect().y).to.equal(before);
    await sendMouse({ type: 'up' });
    await waitUntil(() => messages(input).length > 0, 'the message after the tap');
    expect(clicks).to.equal(1);
  });

  it('reserves a line for the message, so a one-line message moves nothing below it', async () => {
    // Wide enough that the date's message (which says how to fix it) takes one line.
    const page = await fixture<HTMLDivElement>(html`<div style="width:1000px">
      <dvc-date-input label="Ngày sinh"></dvc-date-input>
      <button type="button">Tiếp tục</button>
    </div>`);
    const input = page.querySelector<DvcDateInput>('dvc-date-input')!;
    const button = page.querySelector('button')!;
    const before = button.getBoundingClientRect().y;
    input.focus();
    await sendKeys({ type: '31' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '2' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '1996' });
    button.focus();
    await waitUntil(() => messages(input).length > 0, 'the message on leaving');
    expect(button.getBoundingClientRect().y).to.equal(before);
  });
});
