import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { RATING_COMMENT_MAX } from '@dvc-kit/core';
import { press } from '../../../test/interaction';
import { VERIFY, fileDossier, stack } from '../../../test/stack';
import type { DvcRating, RatedDetail, RateDetail } from './rating';
import './rating.define';

const q = <T extends Element = HTMLElement>(el: Element, s: string) => el.shadowRoot!.querySelector<T>(s)!;
const radios = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')];
const texts = (el: Element, s: string) =>
  [...el.shadowRoot!.querySelectorAll(s)].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());
const CODE = '000.24.66.H66-250701-0007';

describe('dvc-rating', () => {
  it('offers three levels as an accessible radio group (empty state)', async () => {
    const el = await fixture<DvcRating>(html`<dvc-rating dossier=${CODE}></dvc-rating>`);
    expect(q(el, 'legend').textContent).to.equal('Bạn có hài lòng với việc giải quyết hồ sơ?');
    expect(texts(el, '.choice')).to.deep.equal(['Rất hài lòng', 'Hài lòng', 'Không hài lòng']);
    expect(q(el, '#verify')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('moves the choice with the arrow keys', async () => {
    const el = await fixture<DvcRating>(html`<dvc-rating dossier=${CODE} verify="5678"></dvc-rating>`);
    radios(el)[0]!.focus();
    await press(el, 'Space');
    expect(el.level).to.equal('very-satisfied');
    await press(el, 'ArrowDown');
    expect(el.level).to.equal('satisfied');
    await press(el, 'ArrowDown');
    expect(el.level).to.equal('not-satisfied');
    await press(el, 'ArrowUp');
    expect(el.level).to.equal('satisfied');
    expect(radios(el).map((r) => r.checked)).to.deep.equal([false, true, false]);
    expect(el.shadowRoot!.querySelector('#verify'), 'verify digits already known').to.equal(null);
  });

  it('counts the characters left in the comment', async () => {
    const el = await fixture<DvcRating>(html`<dvc-rating dossier=${CODE}></dvc-rating>`);
    expect(q(el, '#counter').textContent).to.equal('Còn 1000 ký tự');
    q<HTMLTextAreaElement>(el, 'textarea').focus();
    await sendKeys({ type: 'Cán bộ tận tình' });
    await el.updateComplete;
    expect(el.comment).to.equal('Cán bộ tận tình');
    expect(q(el, '#counter').textContent).to.equal('Còn 985 ký tự');
    expect(q<HTMLTextAreaElement>(el, 'textarea').maxLength).to.equal(RATING_COMMENT_MAX);
  });

  it('says what is missing, focusing the level first (error state)', async () => {
    const el = await fixture<DvcRating>(html`<dvc-rating dossier=${CODE}></dvc-rating>`);
    q<HTMLButtonElement>(el, 'button[type=submit]').click();
    await waitUntil(() => texts(el, '.error').length === 2);
    expect(texts(el, '.error')).to.deep.equal(['Vui lòng chọn mức độ hài lòng.', 'Vui lòng nhập đúng 4 chữ số.']);
    expect(el.shadowRoot!.activeElement).to.equal(radios(el)[0]);
    await expect(el).to.be.accessible();
  });

  it('fires dvc-rate; when the page handles it, thanks the citizen (success state)', async () => {
    const el = await fixture<DvcRating>(html`<dvc-rating dossier=${CODE}></dvc-rating>`);
    el.addEventListener('dvc-rate', (e) => e.preventDefault());
    radios(el)[1]!.click();
    q<HTMLInputElement>(el, '#verify').focus();
    await sendKeys({ type: '5678' });
    const rate = oneEvent(el, 'dvc-rate');
    const rated = oneEvent(el, 'dvc-rated');
    await press(el, 'Enter');
    expect(((await rate) as CustomEvent<RateDetail>).detail).to.deep.equal({
      dossier: CODE,
      rating: { level: 'satisfied', verify: '5678' },
    });
    expect(((await rated) as CustomEvent<RatedDetail>).detail.receipt).to.equal(undefined);
    await el.updateComplete;
    expect(q(el, '[part=thanks] h2').textContent).to.equal('Cảm ơn bạn đã đánh giá!');
    await waitUntil(() => el.shadowRoot!.activeElement === q(el, '[part=thanks]'));
    await expect(el).to.be.accessible();
  });

  it('sends to the real gateway and shows its answer for an unknown dossier (sending, then error)', async () => {
    const { gateway } = await stack();
    const el = await fixture<DvcRating>(
      html`<dvc-rating endpoint=${gateway} dossier="000.24.66.H66-991231-9999" verify="1234" level="satisfied"></dvc-rating>`,
    );
    const done = el.submit();
    await el.updateComplete;
    expect(q(el, 'form').getAttribute('aria-busy')).to.equal('true');
    expect(q(el, '[role=status]').textContent).to.equal('Đang gửi đánh giá…');
    await expect(el).to.be.accessible();
    await done;
    expect(texts(el, '[role=alert]')[0]).to.equal(
      'Không tìm thấy hồ sơ cần đánh giá. Vui lòng kiểm tra lại 4 chữ số cuối.',
    );
    await expect(el).to.be.accessible();
  });

  it('rates a dossier filed through the real gateway and thanks the citizen with the gateway’s receipt', async () => {
    const { code } = await fileDossier();
    const el = await fixture<DvcRating>(
      html`<dvc-rating endpoint=${(await stack()).gateway} dossier=${code}></dvc-rating>`,
    );
    radios(el)[0]!.click();
    q<HTMLInputElement>(el, '#verify').focus();
    await sendKeys({ type: VERIFY });
    const rated = oneEvent(el, 'dvc-rated');
    await press(el, 'Enter');
    const { receipt } = ((await rated) as CustomEvent<RatedDetail>).detail;
    expect(receipt).to.deep.include({ dossierCode: code, level: 'very-satisfied' });
    await el.updateComplete;
    expect(q(el, '[part=thanks] h2').textContent).to.equal('Cảm ơn bạn đã đánh giá!');
    await expect(el).to.be.accessible();
  });
});
