import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { RateLimitError } from '@dvc-kit/client/public';
import { publicApiExamples } from '@dvc-kit/core/testing';
import { sendKeys } from '@web/test-runner-commands';
import { press } from '../../../test/interaction';
import { VERIFY, fileDossier, stack } from '../../../test/stack';
import type { DvcDossierStatus } from './dossier-status';
import { describeRequestError } from '../../internal/client/request-error';
import './dossier-status.define';

const view = publicApiExamples.DossierStatusView;
const XSS = '<img src=x onerror="window.pwned=1">';
const q = <T extends Element = HTMLElement>(el: Element, s: string) => el.shadowRoot!.querySelector<T>(s)!;
const texts = (el: Element, s: string) =>
  [...el.shadowRoot!.querySelectorAll(s)].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());

describe('dvc-dossier-status', () => {
  it('starts with an accessible look-up form (empty state)', async () => {
    const el = await fixture<DvcDossierStatus>(
      html`<dvc-dossier-status code="000.24.66.H66-250701-0007"></dvc-dossier-status>`,
    );
    expect(q<HTMLInputElement>(el, '#code').value).to.equal('000.24.66.H66-250701-0007');
    expect(q<HTMLInputElement>(el, '#verify').inputMode).to.equal('numeric');
    expect(texts(el, 'label')).to.deep.equal(['Mã hồ sơ', '4 số cuối điện thoại hoặc số định danh']);
    await expect(el).to.be.accessible();
  });

  it('explains each missing field on submit and focuses the first', async () => {
    const el = await fixture<DvcDossierStatus>(html`<dvc-dossier-status></dvc-dossier-status>`);
    q<HTMLButtonElement>(el, 'button[type=submit]').click();
    await el.updateComplete;
    expect(texts(el, '.error')).to.deep.equal(['Vui lòng nhập mã hồ sơ.', 'Vui lòng nhập đúng 4 chữ số.']);
    expect(q(el, '#code').getAttribute('aria-invalid')).to.equal('true');
    expect(q(el, '#code').getAttribute('aria-describedby')).to.equal('code-hint code-error');
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'code');
    await expect(el).to.be.accessible();
  });

  it('is usable with the keyboard alone; keeps only digits in the verify field', async () => {
    const el = await fixture<DvcDossierStatus>(html`<dvc-dossier-status></dvc-dossier-status>`);
    q<HTMLInputElement>(el, '#code').focus();
    await sendKeys({ type: 'HS-1' });
    await press(el, 'Tab');
    expect(el.shadowRoot!.activeElement?.id).to.equal('verify');
    await sendKeys({ type: '12a34' });
    await el.updateComplete;
    expect(el.code).to.equal('HS-1');
    expect(el.verify).to.equal('1234');
    await press(el, 'Enter');
    // No endpoint on the page: the citizen is told what is wrong instead of a silent failure.
    await waitUntil(() => el.shadowRoot!.querySelector('[role=alert]'));
    expect(texts(el, '[role=alert]')[0]).to.contain('Chưa cấu hình địa chỉ máy chủ');
    await expect(el).to.be.accessible();
  });

  it('shows a dossier given as a property: status, overdue days, next step, ordered timeline', async () => {
    const el = await fixture<DvcDossierStatus>(html`<dvc-dossier-status .status=${view}></dvc-dossier-status>`);
    expect(q(el, 'h2').textContent).to.equal(`Hồ sơ ${view.code}`);
    expect(q(el, '[part=status]').textContent).to.equal('Yêu cầu bổ sung giấy tờ');
    expect(q(el, '.late').textContent).to.equal('Quá hạn 2 ngày làm việc');
    expect(texts(el, '[part=next-action] p')).to.deep.equal([
      'Vui lòng nộp lại Giấy chứng sinh bản rõ nét.',
      'Hạn chót: 17:00 08/07/2025',
    ]);
    const steps = el.shadowRoot!.querySelectorAll('ol[part=timeline] > li');
    expect(steps.length).to.equal(3);
    expect(steps[2]!.getAttribute('aria-current')).to.equal('step');
    expect(steps[0]!.querySelector('time')!.getAttribute('datetime')).to.equal(view.timeline[0]!.at);
    expect(texts(el, 'dd')).to.include('Hờ T** M** · ******5678 · ********1234');
    await expect(el).to.be.accessible();
  });

  it('counts working days left, due today, and hides the count once finished', async () => {
    const el = await fixture<DvcDossierStatus>(
      html`<dvc-dossier-status .status=${{ ...view, workingDaysLeft: 3 }}></dvc-dossier-status>`,
    );
    expect(texts(el, 'section > p')).to.include('Còn 3 ngày làm việc');
    el.status = { ...view, workingDaysLeft: 0 };
    await el.updateComplete;
    expect(texts(el, 'section > p')).to.include('Đến hạn trong hôm nay');
    el.status = {
      ...view,
      status: 'returned',
      statusGroup: 'finished',
      statusLabel: undefined,
      timeline: [],
      finishedAt: '2025-07-02T10:00:00+07:00',
    };
    // No label from the gateway: core's status table supplies it (loaded on demand).
    await waitUntil(() => q(el, '[part=status]').textContent === 'Đã trả kết quả', 'label from core');
    expect(el.shadowRoot!.querySelector('.late')).to.equal(null);
    expect(texts(el, 'section > p')).to.include('Chưa có bước xử lý nào được ghi nhận.');
    await expect(el).to.be.accessible();
  });

  it('computes the working days left with core’s calendar when the gateway left them out', async () => {
    const due = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const el = await fixture<DvcDossierStatus>(
      html`<dvc-dossier-status .status=${{ ...view, dueAt: due, workingDaysLeft: null }}></dvc-dossier-status>`,
    );
    await waitUntil(() => texts(el, 'section > p').some((t) => /^Còn \d+ ngày làm việc$/.test(t)), 'days from core');
    const days = Number(
      texts(el, 'section > p')
        .find((t) => t.startsWith('Còn'))!
        .split(' ')[1],
    );
    expect(days).to.be.within(15, 23); // 30 calendar days hold about 20 working days, fewer around holidays
  });

  it('keeps hostile text from the gateway as text', async () => {
    const hostile = {
      ...view,
      procedureName: { vi: `Khai sinh ${XSS}` },
      timeline: [{ ...view.timeline[0]!, note: XSS }],
    };
    const el = await fixture<DvcDossierStatus>(html`<dvc-dossier-status .status=${hostile}></dvc-dossier-status>`);
    expect(el.shadowRoot!.querySelectorAll('img').length).to.equal(0);
    expect(el.shadowRoot!.textContent).to.contain(`Khai sinh ${XSS}`);
    expect('pwned' in window).to.equal(false);
  });

  it('speaks English on an English page', async () => {
    const wrap = await fixture(html`<div lang="en"><dvc-dossier-status .status=${view}></dvc-dossier-status></div>`);
    const el = wrap.querySelector('dvc-dossier-status')!;
    await (el as DvcDossierStatus).updateComplete;
    expect(q(el, '[part=status]').textContent).to.equal('Additional documents requested');
    expect(q(el, '.late').textContent).to.equal('2 working days overdue');
    expect(texts(el, '[part=next-action] p')[0]).to.equal('Please upload a clear copy of the birth certificate.');
  });

  it('goes back to an empty form for another look-up and focuses the code', async () => {
    const el = await fixture<DvcDossierStatus>(
      html`<dvc-dossier-status .status=${view} verify="5678"></dvc-dossier-status>`,
    );
    q<HTMLButtonElement>(el, '.actions button').click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('form')).to.not.equal(null);
    expect(q<HTMLInputElement>(el, '#verify').value).to.equal('');
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'code');
  });

  it('tells the citizen how many minutes to wait after too many attempts (429)', () => {
    const problem = describeRequestError(new RateLimitError(600_000), { notFound: 'status.not-found' });
    expect(problem).to.deep.include({ key: 'request.rate-limited', params: { minutes: 10 } });
  });

  it('looks a dossier up through the real gateway: loading, then a not-found message that says what to do', async () => {
    const { gateway } = await stack();
    const el = await fixture<DvcDossierStatus>(
      html`<dvc-dossier-status endpoint=${gateway} code="000.24.66.H66-991231-9999"></dvc-dossier-status>`,
    );
    el.verify = '1234';
    await el.updateComplete;
    const done = el.lookUp();
    await el.updateComplete;
    expect(q(el, 'form').getAttribute('aria-busy')).to.equal('true');
    expect(q(el, '[role=status]').textContent).to.equal('Đang tra cứu hồ sơ…');
    await expect(el).to.be.accessible();
    await done;
    expect(texts(el, '[role=alert]')[0]).to.equal(
      'Không tìm thấy hồ sơ. Vui lòng kiểm tra lại mã hồ sơ và 4 chữ số cuối.',
    );
    await expect(el).to.be.accessible();
  });

  it('finds a dossier filed through the real gateway (code + last 4 digits) and shows its timeline', async () => {
    const { code } = await fileDossier();
    const el = await fixture<DvcDossierStatus>(html`<dvc-dossier-status></dvc-dossier-status>`);
    el.endpoint = (await stack()).gateway;
    q<HTMLInputElement>(el, '#code').focus();
    await sendKeys({ type: code });
    await press(el, 'Tab');
    await sendKeys({ type: VERIFY });
    await press(el, 'Enter');
    await waitUntil(() => el.shadowRoot!.querySelector('[part=result]'), 'result shown', { timeout: 8000 });
    expect(q(el, '[part=result]').textContent).to.include(code);
    expect(q(el, '[part=status]').textContent).to.match(/\S/);
    expect(el.shadowRoot!.querySelectorAll('[part=timeline] li').length).to.be.at.least(1);
    await expect(el).to.be.accessible();
  });

  it('answers 429 with the minutes to wait after repeated wrong digits (real gateway, low limit)', async function () {
    // A dossier filed and several look-ups through the real gateway: more than the 10 s default on a loaded machine.
    this.timeout(30_000);
    const { limitedGateway, limitedLookupFailures } = await stack();
    const { code } = await fileDossier(limitedGateway);
    const el = await fixture<DvcDossierStatus>(
      html`<dvc-dossier-status endpoint=${limitedGateway} code=${code}></dvc-dossier-status>`,
    );
    for (let i = 0; i < limitedLookupFailures; i++) {
      el.verify = '0000';
      await el.lookUp();
      expect(texts(el, '[role=alert]')[0]).to.contain('Không tìm thấy hồ sơ');
    }
    el.verify = VERIFY; // even the right digits wait now
    await el.lookUp();
    expect(texts(el, '[role=alert]')[0]).to.match(/thử lại sau \d+ phút/);
    await expect(el).to.be.accessible();
  });
});
