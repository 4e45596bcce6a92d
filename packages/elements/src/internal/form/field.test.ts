import { expect, fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { field, type FieldOptions } from './field';

const base: FieldOptions = {
  label: 'Mã hồ sơ',
  for: 'code',
  hintId: 'code-hint',
  messagesId: 'code-error',
  messages: [],
};
/** Renders `field(o)` around an input that carries the ARIA the template gives it (in a group, with its own label). */
const render = (o: FieldOptions) =>
  fixture<HTMLDivElement>(
    html`<div>
      ${field(o, (aria) => {
        const input = html`<input id="code" aria-describedby=${ifDefined(aria.describedBy)} aria-invalid=${aria.invalid} />`;
        return o.group ? html`<label>Năm ${input}</label>` : input;
      })}
    </div>`,
  );
const input = (root: Element) => root.querySelector('input')!;

describe('field (the one field template)', () => {
  it('labels the control and leaves it undescribed and valid when there is no hint or message', async () => {
    const root = await render(base);
    expect(root.querySelector('label')!.htmlFor).to.equal('code');
    expect(input(root).labels![0]!.textContent).to.equal('Mã hồ sơ');
    expect(input(root).hasAttribute('aria-describedby')).to.equal(false);
    expect(input(root).getAttribute('aria-invalid')).to.equal('false');
    expect(root.querySelector('.hint, .error')).to.equal(null);
    expect(root.firstElementChild!.className).to.equal('field');
    await expect(root).to.be.accessible();
  });

  it('names the hint, then the messages, and marks the field invalid; parts only when asked', async () => {
    const root = await render({ ...base, hint: 'Ghi trên giấy tiếp nhận', messages: ['Vui lòng nhập mã hồ sơ'] });
    expect(input(root).getAttribute('aria-describedby')).to.equal('code-hint code-error');
    expect(input(root).getAttribute('aria-invalid')).to.equal('true');
    expect(root.querySelector('#code-hint')!.textContent).to.equal('Ghi trên giấy tiếp nhận');
    expect(root.querySelector('#code-error.error')!.textContent).to.equal('Vui lòng nhập mã hồ sơ');
    // GOV.UK order: label, hint, message, control.
    expect([...root.firstElementChild!.children].map((e) => e.localName)).to.deep.equal(['label', 'p', 'p', 'input']);
    expect(root.firstElementChild!.className).to.equal('field invalid');
    expect(root.querySelector('[part]')).to.equal(null);
    await expect(root).to.be.accessible();

    const parted = await render({ ...base, hint: 'Gợi ý', parts: true });
    expect([...parted.querySelectorAll('[part]')].map((e) => e.getAttribute('part'))).to.deep.equal([
      'field',
      'label',
      'hint',
    ]);
  });

  it('a group is a fieldset named by its legend that carries the description itself, and can take focus by id', async () => {
    const root = await render({
      ...base,
      group: true,
      id: 'g',
      class: 'group',
      hint: 'Tối đa 3 người',
      messages: ['Thiếu'],
    });
    const set = root.querySelector('fieldset')!;
    expect(set.querySelector('legend')!.textContent).to.equal('Mã hồ sơ');
    expect(set.getAttribute('aria-describedby')).to.equal('code-hint code-error');
    expect([set.id, set.getAttribute('tabindex'), set.className]).to.deep.equal(['g', '-1', 'group invalid']);
    await expect(root).to.be.accessible();
  });

  it('a live field keeps its messages region after the control, present even when empty, and its inputs carry the description', async () => {
    const root = await render({ ...base, group: true, live: true, hint: 'Gợi ý', hinted: false, disabled: true });
    const set = root.querySelector('fieldset')!;
    expect(set.disabled).to.equal(true);
    expect(set.hasAttribute('aria-describedby')).to.equal(false);
    expect(input(root).hasAttribute('aria-describedby')).to.equal(false); // hinted: false (an empty hint slot)
    const region = set.lastElementChild!;
    expect([
      region.id,
      region.getAttribute('aria-live'),
      region.getAttribute('part'),
      region.children.length,
    ]).to.deep.equal(['code-error', 'polite', 'messages', 0]);

    const warned = await render({ ...base, live: true, messages: ['Số CMND cũ'], invalid: false });
    expect(input(warned).getAttribute('aria-describedby')).to.equal('code-error');
    expect(input(warned).getAttribute('aria-invalid')).to.equal('false'); // a warning is shown but does not invalidate
  });
});
