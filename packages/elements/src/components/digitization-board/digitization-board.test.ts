import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { publicApiExamples } from '@dvc-kit/core/testing';
import { press } from '../../../test/interaction';
import { stack } from '../../../test/stack';
import type { DvcDigitizationBoard } from './digitization-board';
import './digitization-board.define';

const metrics = publicApiExamples.DigitizationMetrics;
const XSS = '<img src=x onerror="window.pwned=1">';
const q = <T extends Element = HTMLElement>(el: Element, s: string) => el.shadowRoot!.querySelector<T>(s)!;
const texts = (el: Element, s: string) =>
  [...el.shadowRoot!.querySelectorAll(s)].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());

describe('dvc-digitization-board', () => {
  it('shows score, rank and parts in Vietnamese number format', async () => {
    const el = await fixture<DvcDigitizationBoard>(
      html`<dvc-digitization-board .metrics=${metrics}></dvc-digitization-board>`,
    );
    expect(q(el, 'h2').textContent).to.equal('Ủy ban nhân dân xã Ea Bung');
    expect(texts(el, '.big')).to.deep.equal(['85,2 / 100 điểm', 'Hạng 3/102']);
    expect(texts(el, '.parts li')[5]).to.equal('Số hóa hồ sơ 17,6 / 22 điểm');
    const meter = el.shadowRoot!.querySelectorAll('meter')[5]!;
    expect([meter.value, meter.max]).to.deep.equal([17.6, 22]);
    expect(q(el, '.period').textContent).to.equal('Kỳ đánh giá: 01/07/2025 – 30/09/2025');
    await expect(el).to.be.accessible();
  });

  it('shows an unreported part as "Chưa có số liệu" without a meter, and the total out of the reported parts', async () => {
    const unreported = {
      ...metrics,
      parts: { ...metrics.parts, publicity: { points: null, max: 18 } },
      total: 68.7,
      reportedMax: 82,
    };
    const el = await fixture<DvcDigitizationBoard>(
      html`<dvc-digitization-board .metrics=${unreported} show-table></dvc-digitization-board>`,
    );
    expect(texts(el, '.big')).to.deep.equal(['68,7 / 82 điểm', 'Hạng 3/102']);
    expect(texts(el, '.summary .label')).to.include('Chưa gồm: Công khai, minh bạch (chưa có số liệu)');
    expect(texts(el, '.parts li')[0]).to.equal('Công khai, minh bạch Chưa có số liệu');
    expect(el.shadowRoot!.querySelectorAll('meter').length).to.equal(5);
    expect(texts(el, '.parts li')[0]).to.not.include('/');
    expect(el.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(2);
    await expect(el).to.be.accessible();
    const wrap = await fixture(
      html`<div lang="en"><dvc-digitization-board .metrics=${unreported}></dvc-digitization-board></div>`,
    );
    const en = wrap.firstElementChild as DvcDigitizationBoard;
    await en.updateComplete;
    expect(texts(en, '.big')[0]).to.equal('68.7 / 82 points');
    expect(texts(en, '.parts li')[0]).to.equal('Publicity and transparency Not reported');
    expect(texts(en, '.summary .label')).to.include('Not included: Publicity and transparency (not reported)');
    await expect(en).to.be.accessible();
  });

  it('draws the weekly trend as an SVG image with a title and a description', async () => {
    const el = await fixture<DvcDigitizationBoard>(
      html`<dvc-digitization-board .metrics=${metrics}></dvc-digitization-board>`,
    );
    const svg = q<SVGSVGElement>(el, 'svg');
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.querySelector('title')!.textContent).to.equal('Diễn biến theo tuần');
    expect(svg.querySelector('desc')!.textContent).to.equal(
      'Tổng điểm 2 tuần: từ 83,9 (tuần 15/09/2025) đến 85,2 (tuần 22/09/2025); cao nhất 85,2, thấp nhất 83,9.',
    );
    expect(svg.querySelectorAll('circle').length).to.equal(2);
    expect(el.shadowRoot!.querySelectorAll('[style]').length, 'no inline style attributes').to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('switches between chart and table with the keyboard', async () => {
    const el = await fixture<DvcDigitizationBoard>(
      html`<dvc-digitization-board .metrics=${metrics}></dvc-digitization-board>`,
    );
    const toggle = q<HTMLButtonElement>(el, '[part=toggle]');
    expect(toggle.textContent!.trim()).to.equal('Xem dạng bảng');
    toggle.focus();
    await press(el, 'Enter');
    expect(el.shadowRoot!.querySelector('svg')).to.equal(null);
    expect(texts(el, 'tbody th, tbody td')).to.deep.equal([
      '15/09/2025',
      '83,9',
      '5/102',
      '71%',
      '22/09/2025',
      '85,2',
      '3/102',
      '76%',
    ]);
    expect(texts(el, 'thead th')).to.deep.equal(['Tuần bắt đầu', 'Điểm', 'Hạng', 'Tỷ lệ hồ sơ số hóa']);
    expect(q(el, '[part=toggle]').textContent!.trim()).to.equal('Xem dạng biểu đồ');
    expect(el.shadowRoot!.activeElement).to.equal(q(el, '[part=toggle]'));
    await expect(el).to.be.accessible();
    await press(el, ' ');
    expect(el.shadowRoot!.querySelector('svg')).to.not.equal(null);
  });

  it('says so when there is no weekly history, and keeps hostile names as text', async () => {
    const empty = { ...metrics, agency: { ...metrics.agency, name: { vi: `Xã ${XSS}` } }, history: [] };
    const el = await fixture<DvcDigitizationBoard>(
      html`<dvc-digitization-board .metrics=${empty}></dvc-digitization-board>`,
    );
    expect(texts(el, 'section > p')).to.include('Chưa có số liệu theo tuần.');
    expect(q(el, 'h2').textContent).to.equal(`Xã ${XSS}`);
    expect(el.shadowRoot!.querySelectorAll('img').length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('formats in English on an English page', async () => {
    const wrap = await fixture(
      html`<div lang="en"><dvc-digitization-board .metrics=${metrics}></dvc-digitization-board></div>`,
    );
    const el = wrap.firstElementChild as DvcDigitizationBoard;
    await el.updateComplete;
    expect(texts(el, '.big')).to.deep.equal(['85.2 / 100 points', 'Rank 3/102']);
  });

  it('asks the real gateway; shows loading, then an error that says what happened', async () => {
    const { gateway } = await stack();
    const el = await fixture<DvcDigitizationBoard>(
      html`<dvc-digitization-board endpoint=${gateway} agency="000.99.99.H66"></dvc-digitization-board>`,
    );
    expect(q(el, 'section').getAttribute('aria-busy')).to.equal('true');
    expect(q(el, '[role=status]').textContent).to.equal('Đang tải chỉ số…');
    await expect(el).to.be.accessible();
    await waitUntil(() => el.shadowRoot!.querySelector('[role=alert]'), 'error shown', { timeout: 8000 });
    expect(texts(el, '[role=alert] p')[0]).to.equal('Chưa có số liệu của cơ quan này.');
    await expect(el).to.be.accessible();
  });

  it('loads real metrics of the stack’s commune from the gateway: score, rank among 102, weekly history', async () => {
    const { gateway, agencyCode } = await stack();
    const el = await fixture<DvcDigitizationBoard>(
      html`<dvc-digitization-board endpoint=${gateway} agency=${agencyCode}></dvc-digitization-board>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelectorAll('.big').length === 2, 'metrics shown', { timeout: 10000 });
    const [score, rank] = texts(el, '.big');
    expect(score).to.match(/^\d+(,\d+)? \/ 82 điểm$/);
    expect(texts(el, '.parts li')[0]).to.equal('Công khai, minh bạch Chưa có số liệu');
    expect(texts(el, '.summary .label')).to.include('Chưa gồm: Công khai, minh bạch (chưa có số liệu)');
    expect(rank).to.match(/^Hạng \d+\/102$/);
    expect(el.shadowRoot!.querySelector('svg')).to.not.equal(null);
    await expect(el).to.be.accessible();
    q<HTMLButtonElement>(el, '[part=toggle]').click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('tbody tr').length).to.be.greaterThan(1);
    await expect(el).to.be.accessible();
  });

  it('says where the figures come from and when they were read, and flags old figures', async () => {
    const fresh = {
      ...metrics,
      source: {
        kind: 'public-scoreboard' as const,
        retrievedAt: new Date(Date.now() - 3_600_000).toISOString(),
        url: 'https://dichvucong.gov.vn/jsp/rest.jsp',
      },
    };
    const el = await fixture<DvcDigitizationBoard>(
      html`<dvc-digitization-board .metrics=${fresh}></dvc-digitization-board>`,
    );
    expect(texts(el, '[part=source]')[0]).to.match(
      /^Nguồn: bảng chỉ số công khai trên Cổng Dịch vụ công quốc gia \(số liệu không chính thức\), lấy lúc \d\d:\d\d \d\d\/\d\d\/\d{4}\.$/,
    );
    expect(el.shadowRoot!.querySelector('.stale')).to.equal(null);
    await expect(el).to.be.accessible();

    const old = { ...metrics, source: { kind: 'report-file' as const, retrievedAt: '2025-12-01T01:00:00.000Z' } };
    el.metrics = old;
    await el.updateComplete;
    expect(texts(el, '[part=source]')[0]).to.match(
      /^Nguồn: báo cáo quản trị viên lấy từ bảng chỉ số công khai của Cổng Dịch vụ công quốc gia lúc 08:00 01\/12\/2025\. Số liệu đã cũ \d+ ngày\.$/,
    );
    await expect(el).to.be.accessible();

    const wrap = await fixture(
      html`<div lang="en"><dvc-digitization-board .metrics=${old}></dvc-digitization-board></div>`,
    );
    const en = wrap.firstElementChild as DvcDigitizationBoard;
    await en.updateComplete;
    expect(texts(en, '[part=source]')[0]).to.match(
      /^Source: a report the administrator took from the portal’s public scoreboard at .*2025.*\. These figures are \d+ days old\.$/,
    );
  });

  it('shows no source line when the gateway sends none', async () => {
    const el = await fixture<DvcDigitizationBoard>(
      html`<dvc-digitization-board .metrics=${metrics}></dvc-digitization-board>`,
    );
    expect(el.shadowRoot!.querySelector('[part=source]')).to.equal(null);
  });

  it('says plainly when the real gateway has no report for the agency, with no score at all', async () => {
    const { gateway } = await stack();
    // The province agency: the portal's report service has no row for it, and no scoreboard is configured.
    const el = await fixture<DvcDigitizationBoard>(
      html`<dvc-digitization-board endpoint=${gateway} agency="000.00.00.H66"></dvc-digitization-board>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[role=alert]'), 'message shown', { timeout: 8000 });
    expect(texts(el, '[role=alert] p')[0]).to.equal(
      'Cổng Dịch vụ công chưa cung cấp báo cáo chỉ số cho cơ quan này, nên chưa có số liệu để hiển thị (đây không phải 0 điểm).',
    );
    expect(el.shadowRoot!.querySelectorAll('.big, meter, [part=parts]').length).to.equal(0);
    expect(el.shadowRoot!.querySelector('[role=alert] button')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('names the real gateway’s source and read time next to its figures', async () => {
    const { gateway, agencyCode } = await stack();
    const el = await fixture<DvcDigitizationBoard>(
      html`<dvc-digitization-board endpoint=${gateway} agency=${agencyCode}></dvc-digitization-board>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[part=source]'), 'source shown', { timeout: 8000 });
    expect(texts(el, '[part=source]')[0]).to.match(
      /^Nguồn: báo cáo chỉ số của Cổng Dịch vụ công, lấy lúc \d\d:\d\d \d\d\/\d\d\/\d{4}\.$/,
    );
    await expect(el).to.be.accessible();
  });
});
