import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { stack } from '../../../test/stack';
import { DvcProcedureSearch, type SearchableProcedure } from './procedure-search';

DvcProcedureSearch.define();

const XSS = '<img src=x onerror="window.pwned=1">';
const PROCEDURES: SearchableProcedure[] = [
  {
    code: '1.001193',
    name: { vi: 'Đăng ký khai sinh', en: 'Birth registration' },
    field: { code: 'HT', name: { vi: 'Hộ tịch' } },
    level: 'commune',
    channels: ['online', 'in-person'],
    processingTime: { amount: 1, unit: 'working-days' },
    fees: [{ code: 'LP', name: { vi: 'Lệ phí' }, amountVnd: 0 }],
  },
  {
    code: '1.000894',
    name: { vi: 'Đăng ký kết hôn' },
    field: { code: 'HT', name: { vi: 'Hộ tịch' } },
    level: 'commune',
    channels: ['in-person'],
    processingTime: { amount: 0, unit: 'working-days' },
    fees: [{ code: 'LP', name: { vi: 'Lệ phí' }, amountVnd: 30000 }],
  },
  {
    code: '1.004222',
    name: { vi: `Đăng ký khai tử ${XSS}` },
    field: { code: 'HT', name: { vi: 'Hộ tịch' } },
    level: 'commune',
    channels: ['online'],
    processingTime: { amount: 3, unit: 'working-days' },
  },
];

type El = DvcProcedureSearch;
const root = (el: El) => el.shadowRoot!;
const statusText = (el: El) => root(el).querySelector('#status')!.textContent!.trim();
const options = (el: El) => [...root(el).querySelectorAll('[role=option]')];

async function typeQuery(el: El, text: string) {
  root(el).querySelector<HTMLInputElement>('input')!.focus();
  await sendKeys({ type: text });
  await waitUntil(() => el['status' as keyof El] === 'done' || el['status' as keyof El] === 'error');
  await el.updateComplete;
}

describe('<dvc-procedure-search>', () => {
  it('is accessible empty, and finds a procedure typed without diacritics', async () => {
    const el = await fixture<El>(html`<dvc-procedure-search .procedures=${PROCEDURES}></dvc-procedure-search>`);
    await expect(el).to.be.accessible();
    await typeQuery(el, 'dang ky khai sinh');
    expect(options(el)).to.have.length(1);
    expect(options(el)[0]!.textContent).to.include('Đăng ký khai sinh');
    expect(options(el)[0]!.textContent).to.include('1 ngày làm việc');
    expect(options(el)[0]!.textContent).to.include('Miễn phí');
    expect(statusText(el)).to.equal('Tìm thấy 1 thủ tục.');
    expect(root(el).querySelector('input')!.getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('shows time limit and fees in Vietnamese formats', async () => {
    const el = await fixture<El>(html`<dvc-procedure-search .procedures=${PROCEDURES}></dvc-procedure-search>`);
    await typeQuery(el, 'ket hon');
    const meta = options(el)[0]!.querySelector('.meta')!.textContent!;
    expect(meta).to.include('Mã 1.000894');
    expect(meta).to.include('Trong ngày');
    expect(meta.replace(/\s/g, ' ')).to.match(/30\.000\s?₫/);
  });

  it('is driven by the keyboard: arrows move, Enter picks and fires dvc-procedure-select', async () => {
    const el = await fixture<El>(html`<dvc-procedure-search .procedures=${PROCEDURES}></dvc-procedure-search>`);
    await typeQuery(el, 'dang ky');
    expect(options(el)).to.have.length(3);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const input = root(el).querySelector('input')!;
    expect(input.getAttribute('aria-activedescendant')).to.equal('option-1');
    const picked = oneEvent(el, 'dvc-procedure-select');
    await sendKeys({ press: 'Enter' });
    const { detail } = await picked;
    expect(detail).to.include({ code: '1.000894', name: 'Đăng ký kết hôn' });
    await el.updateComplete;
    expect(input.value).to.equal('Đăng ký kết hôn');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
  });

  it('opens form-url with the picked code, unless a listener cancels the event', async () => {
    const start = location.href;
    const pick = async (formUrl: string, query: string, cancel = false) => {
      const el = await fixture<El>(
        html`<dvc-procedure-search .procedures=${PROCEDURES} form-url=${formUrl}></dvc-procedure-search>`,
      );
      if (cancel) el.addEventListener('dvc-procedure-select', (e) => e.preventDefault());
      await typeQuery(el, query);
      root(el).querySelector<HTMLElement>('[role=option]')!.click();
    };
    try {
      await pick('#thu-tuc?code={code}', 'ket hon', true);
      expect(location.hash).to.equal('');
      await pick('#thu-tuc?code={code}', 'khai sinh');
      expect(location.hash).to.equal('#thu-tuc?code=1.001193');
      await pick('javascript:alert(1)//{code}', 'ket hon');
      expect(location.hash).to.equal('#thu-tuc?code=1.001193');
    } finally {
      history.replaceState(null, '', start);
    }
  });

  it('says what to do when nothing matches', async () => {
    const el = await fixture<El>(html`<dvc-procedure-search .procedures=${PROCEDURES}></dvc-procedure-search>`);
    await typeQuery(el, 'xyz khong co');
    expect(options(el)).to.have.length(0);
    expect(statusText(el)).to.include('Không tìm thấy thủ tục nào cho “xyz khong co”');
    expect(statusText(el)).to.include('bộ phận một cửa');
    await expect(el).to.be.accessible();
  });

  it('keeps a hostile procedure name as text', async () => {
    const el = await fixture<El>(html`<dvc-procedure-search .procedures=${PROCEDURES}></dvc-procedure-search>`);
    await typeQuery(el, 'khai tu');
    expect(options(el)[0]!.textContent).to.include(XSS);
    expect(root(el).querySelector('img')).to.equal(null);
    expect('pwned' in window).to.equal(false);
  });

  it('shows a loading state, then an error that says what to do, with a retry button', async () => {
    const el = await fixture<El>(
      html`<dvc-procedure-search endpoint="${location.origin}/no-gateway-here" debounce="0"></dvc-procedure-search>`,
    );
    root(el).querySelector<HTMLInputElement>('input')!.focus();
    await sendKeys({ type: 'khai sinh' });
    await waitUntil(() => statusText(el) === 'Đang tìm…' || root(el).querySelector('[role=alert]'));
    await waitUntil(() => root(el).querySelector('[role=alert]'), 'error shown', { timeout: 8000 });
    expect(root(el).querySelector('[role=alert]')!.textContent).to.include('Kiểm tra kết nối mạng');
    await expect(el).to.be.accessible();
  });

  it('reports a missing endpoint clearly', async () => {
    const el = await fixture<El>(html`<dvc-procedure-search debounce="0"></dvc-procedure-search>`);
    await typeQuery(el, 'khai sinh');
    expect(root(el).querySelector('[role=alert]')!.textContent).to.include('endpoint');
  });

  it('searches the real gateway: "khai sinh" typed without diacritics finds "Đăng ký khai sinh"', async () => {
    const { gateway } = await stack();
    const el = await fixture<El>(html`<dvc-procedure-search endpoint=${gateway} debounce="0"></dvc-procedure-search>`);
    await typeQuery(el, 'khai sinh');
    const found = options(el).map((o) => o.textContent!.replace(/\s+/g, ' '));
    expect(found.some((t) => t.includes('Đăng ký khai sinh') && t.includes('1.001193'))).to.equal(true);
    expect(statusText(el)).to.match(/^Tìm thấy \d+ thủ tục\.$/);
    await expect(el).to.be.accessible();
  });
});
