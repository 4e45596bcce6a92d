import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { DossierReceipt, ProcedureDetail } from '@dvc-kit/client/public';
import { birthRegistrationData, birthRegistrationForm } from '@dvc-kit/core/testing';
import { DvcDossierForm } from './dossier-form';

DvcDossierForm.define();

const XSS = '<img src=x onerror="window.pwned=1">';
let seq = 0;
/** A procedure detail around the example birth-registration form; a fresh code per test keeps drafts apart. */
const detail = (code = `1.001193.t${seq++}`): ProcedureDetail => ({
  code,
  name: { vi: `Đăng ký khai sinh ${XSS}` },
  field: { code: 'HT', name: { vi: 'Hộ tịch' } },
  level: 'commune',
  channels: ['online'],
  processingTime: { amount: 1, unit: 'working-days' },
  agency: { code: '000.24.66.H66', name: { vi: 'UBND xã Ea Bung' } },
  steps: [],
  fees: [],
  requiredDocuments: [],
  resultDocuments: [],
  legalBases: [],
  form: birthRegistrationForm as ProcedureDetail['form'],
});

type El = DvcDossierForm;
const $ = <T extends Element = HTMLElement>(el: El, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const $$ = (el: El, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const heading = (el: El) => $(el, '#step-title')!.textContent!.replace(/\s+/g, ' ').trim();
const deepActive = () => {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
};

async function ready(el: El) {
  await waitUntil(() => $(el, '#step-title') || $(el, '#draft-title'), 'form rendered');
  await el.updateComplete;
}
async function pressContinue(el: El) {
  $(el, 'button[type=submit]')!.click();
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
}

describe('<dvc-dossier-form>', () => {
  it('moves between steps with the keyboard only, and the error summary takes focus and links to fields', async function () {
    this.timeout(30_000); // the file's first test also loads the widget's modules and axe: slow on a loaded machine
    const el = await fixture<El>(html`<dvc-dossier-form .procedure=${detail()}></dvc-dossier-form>`);
    await ready(el);
    await expect(el).to.be.accessible();
    expect(heading(el)).to.include('Thông tin người nộp hồ sơ');

    // Focus the full name, then Enter submits the step (the form's implicit submission).
    $(el, '#f-applicant-fullName')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '#error-summary'));
    await el.updateComplete;
    expect(deepActive()?.id, 'summary focused').to.equal('error-summary');
    const links = $$(el, '#error-summary a');
    expect(links.length).to.be.at.least(4);
    expect($(el, '#f-applicant-fullName-error')!.textContent).to.match(/\S/);
    await expect(el).to.be.accessible();

    // Tab to the first link and follow it with Enter: focus lands on the field.
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(links[0]);
    await sendKeys({ press: 'Enter' });
    expect(deepActive()?.id).to.equal('f-applicant-fullName');

    // Type the applicant's answers, then continue with Enter.
    await sendKeys({ type: 'Hờ Thị Mai' });
    const data = birthRegistrationData();
    el.data = { ...el.data, applicant: data.applicant };
    await el.updateComplete;
    const changed = oneEvent(el, 'dvc-step-change');
    $(el, '#f-applicant-fullName')!.focus();
    await sendKeys({ press: 'Enter' });
    expect((await changed).detail).to.deep.equal({ index: 1, id: 'child', total: 5 });
    await el.updateComplete;
    expect(heading(el)).to.include('Người được khai sinh');
    expect(deepActive()?.id, 'new step heading focused').to.equal('step-title');
  });

  it('adds and removes items of a repeating group', async () => {
    const el = await fixture<El>(
      html`<dvc-dossier-form .procedure=${detail()} .data=${{ child: { hasBirthCertificate: 'no' } }}></dvc-dossier-form>`,
    );
    await ready(el);
    el['goTo' as 'focus'](1 as never);
    await el.updateComplete;
    expect($$(el, '.group .item')).to.have.length(1);
    $(el, '.group .add')!.click();
    await el.updateComplete;
    expect($$(el, '.group .item')).to.have.length(2);
    expect(deepActive()?.id, 'new item focused').to.equal('f-child-witnesses-1-');
    ($$(el, '.group .item')[1]!.querySelector('button') as HTMLButtonElement).click();
    await el.updateComplete;
    expect($$(el, '.group .item')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('review lists every answer; a change link jumps to the field and returns to review', async () => {
    const el = await fixture<El>(
      html`<dvc-dossier-form .procedure=${detail()} .data=${birthRegistrationData()}></dvc-dossier-form>`,
    );
    await ready(el);
    for (let i = 0; i < 4; i++) await pressContinue(el);
    expect(heading(el)).to.include('Kiểm tra lại thông tin');
    const rows = $$(el, '.summary-list .row');
    expect(rows.map((r) => r.querySelector('dd')!.textContent!.trim())).to.include('Hờ Gia Bảo');
    expect(rows.map((r) => r.querySelector('dd')!.textContent!.trim())).to.include('20/06/2025');
    await expect(el).to.be.accessible();

    const link = rows.find((r) => r.textContent!.includes('Hờ Gia Bảo'))!.querySelector('a')!;
    link.click();
    await el.updateComplete;
    expect(heading(el)).to.include('Người được khai sinh');
    expect(deepActive()?.id).to.equal('f-child-fullName');
    await pressContinue(el);
    expect(heading(el), 'back to review, not the next step').to.include('Kiểm tra lại thông tin');

    // Submitting needs consent: the summary says so.
    await pressContinue(el);
    expect($(el, '#error-summary')!.textContent).to.include('đồng ý');
  });

  it('saves the draft on every change and offers it back after a reload', async () => {
    const procedure = detail();
    const first = await fixture<El>(html`<dvc-dossier-form .procedure=${procedure}></dvc-dossier-form>`);
    await ready(first);
    $(first, '#f-applicant-fullName')!.focus();
    await sendKeys({ type: 'Hờ Thị Mai' });
    await first.draftSaved;
    first.remove();

    const second = await fixture<El>(html`<dvc-dossier-form .procedure=${procedure}></dvc-dossier-form>`);
    await ready(second);
    expect($(second, '#draft-title')!.textContent).to.equal('Tiếp tục hồ sơ đang điền dở?');
    await expect(second).to.be.accessible();
    const restored = oneEvent(second, 'dvc-draft-restored');
    $(second, '.notice button.primary')!.click();
    await restored;
    await second.updateComplete;
    expect($<HTMLInputElement>(second, '#f-applicant-fullName')!.value).to.equal('Hờ Thị Mai');

    // Discarding deletes it: the next load offers nothing.
    second.remove();
    const third = await fixture<El>(html`<dvc-dossier-form .procedure=${procedure}></dvc-dossier-form>`);
    await ready(third);
    ($$(third, '.notice button')[1] as HTMLButtonElement).click();
    await third.updateComplete;
    third.remove();
    const fourth = await fixture<El>(html`<dvc-dossier-form .procedure=${procedure}></dvc-dossier-form>`);
    await ready(fourth);
    await new Promise((r) => setTimeout(r, 50));
    expect($(fourth, '#draft-title')).to.equal(null);
  });

  it('shows the receipt: code, procedure as text, Vietnam-time dates, a QR code and a print button', async () => {
    const receipt: DossierReceipt = {
      code: '000.24.66.H66-250701-0007',
      procedureCode: '1.001193',
      procedureName: { vi: `Đăng ký khai sinh ${XSS}` },
      agencyCode: '000.24.66.H66',
      receivedAt: '2025-07-01T02:12:00Z',
      dueAt: '2025-07-02T09:12:00+07:00',
      status: 'registered',
    };
    const el = await fixture<El>(html`<dvc-dossier-form .receipt=${receipt}></dvc-dossier-form>`);
    await waitUntil(() => $(el, 'svg.qr'), 'the receipt view (loaded on demand) shows');
    const text = $(el, '.receipt')!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.include('000.24.66.H66-250701-0007');
    expect(text).to.include('09:12, ngày 01/07/2025 (giờ Việt Nam)');
    expect(text).to.include('09:12, ngày 02/07/2025');
    expect(text).to.include(XSS);
    expect($(el, 'img')).to.equal(null);
    expect($$(el, 'svg.qr rect').length).to.be.greaterThan(20);
    expect($(el, 'svg.qr')!.getAttribute('aria-label')).to.include('000.24.66.H66-250701-0007');
    expect($(el, 'button.primary')!.textContent).to.include('In phiếu hẹn');
    expect($$(el, 'button').map((b) => b.textContent!.trim())).to.include('Chép mã hồ sơ');
    expect(text).to.include(
      'Cơ quan giải quyết 000.24.66.H66',
      'the agency that handles it (by code: no procedure given)',
    );
    expect(text).to.include('Bước tiếp theo Cơ quan tiếp nhận sẽ kiểm tra hồ sơ');
    // The code wraps only after a hyphen, never inside a number.
    expect($$(el, '.code .nowrap').map((s) => s.textContent)).to.deep.equal(['000.24.66.H66-', '250701-', '0007']);
    await expect(el).to.be.accessible();
  });

  it('the receipt says which 4 digits to keep, copies the code, and its QR code opens the status page with the code filled in', async () => {
    const procedure = detail();
    const el = await fixture<El>(
      html`<dvc-dossier-form .procedure=${procedure} status-url="/tra-cuu/?ma={code}" .data=${birthRegistrationData()}></dvc-dossier-form>`,
    );
    await ready(el);
    const receipt: DossierReceipt = {
      code: '000.24.66.H66-250701-0008',
      procedureCode: procedure.code,
      procedureName: procedure.name,
      agencyCode: '000.24.66.H66',
      receivedAt: '2025-07-01T02:12:00Z',
      dueAt: '2025-07-02T09:12:00+07:00',
      status: 'registered',
    };
    (el as unknown as { delivered(r: DossierReceipt, d: unknown): void }).delivered(receipt, birthRegistrationData());
    await waitUntil(() => $(el, 'svg.qr'), 'receipt shown');
    const text = $(el, '.receipt')!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.include('4 số cuối số điện thoại đã khai: 5678');
    expect(text).to.include('Cơ quan giải quyết UBND xã Ea Bung');
    const link = $<HTMLAnchorElement>(el, '.receipt a.button')!;
    expect(link.href).to.equal(`${location.origin}/tra-cuu/?ma=000.24.66.H66-250701-0008`);
    expect($(el, 'svg.qr')!.getAttribute('aria-label')).to.equal(
      'Mã QR mở trang tra cứu hồ sơ 000.24.66.H66-250701-0008',
    );
    const copy = $$(el, 'button').find((b) => b.textContent!.includes('Chép mã hồ sơ'))!;
    copy.click();
    await waitUntil(() => $(el, '.copy-status')!.textContent, 'copy answered');
    expect($(el, '.copy-status')!.textContent).to.match(
      /Đã chép mã hồ sơ 000\.24\.66\.H66-250701-0008\.|Không chép được/,
    );
    await expect(el).to.be.accessible();
  });

  it('says what to do when the form cannot be loaded', async () => {
    const el = await fixture<El>(
      html`<dvc-dossier-form procedure="1.001193" endpoint="${location.origin}/no-gateway-here"></dvc-dossier-form>`,
    );
    expect($(el, '[role=status]')?.textContent).to.include('Đang tải');
    await expect(el).to.be.accessible();
    await waitUntil(() => $(el, '[role=alert]'), 'error shown', { timeout: 8000 });
    expect($(el, '[role=alert]')!.textContent).to.match(/thử lại/i);
    await expect(el).to.be.accessible();
  });

  it('one voice: every error-summary entry is exactly the message shown at its field (31/2/1996 included)', async () => {
    const el = await fixture<El>(
      html`<dvc-dossier-form .procedure=${detail()} .data=${{ applicant: birthRegistrationData().applicant }}></dvc-dossier-form>`,
    );
    await ready(el);
    await pressContinue(el);
    expect(heading(el)).to.include('Người được khai sinh');
    const date = $(el, '#f-child-birthDate')!;
    const parts = [...date.shadowRoot!.querySelectorAll<HTMLInputElement>('input')];
    for (const [i, v] of ['31', '2', '1996'].entries()) {
      parts[i]!.value = v;
      parts[i]!.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    }
    await pressContinue(el);
    await waitUntil(() => $(el, '#error-summary'), 'summary');
    await el.updateComplete;
    const entries = $$(el, '#error-summary a');
    expect(entries.length).to.be.at.least(4);
    for (const a of entries) {
      const target = $(el, a.getAttribute('href')!)!;
      const inline = target.shadowRoot
        ? target.shadowRoot.querySelector('#messages .error')!.textContent!.trim()
        : $(el, `#${target.id}-error`)!
            .textContent!.replace(/^\s*Lỗi:\s*/, '')
            .trim();
      expect(a.textContent!.trim(), a.getAttribute('href')!).to.equal(inline);
    }
    const birth = entries.find((a) => a.getAttribute('href') === '#f-child-birthDate')!;
    expect(birth.textContent).to.contain('không có thật');
    await expect(el).to.be.accessible();
  });

  it('copies the mother’s details when the applicant is the mother, and takes them back for another answer', async () => {
    const data = birthRegistrationData();
    const el = await fixture<El>(
      html`<dvc-dossier-form .procedure=${detail()} .data=${{ applicant: data.applicant, child: data.child }}></dvc-dossier-form>`,
    );
    await ready(el);
    el['goTo' as 'focus'](2 as never);
    await el.updateComplete;
    expect(heading(el)).to.include('Cha, mẹ của trẻ');
    expect($<HTMLInputElement>(el, '#f-parents-motherName')!.value).to.equal('Hờ Thị Mai');
    expect($<HTMLInputElement & { value: string }>(el, '#f-parents-motherCitizenId')!.value).to.equal('066300001234');
    expect($(el, '.notice[role=status]')!.textContent).to.contain('đã được điền sẵn');
    await expect(el).to.be.accessible();
    el['goTo' as 'focus'](1 as never);
    await el.updateComplete;
    $<HTMLInputElement>(el, '#f-child-relationship-1')!.click(); // "Cha"
    await el.updateComplete;
    el['goTo' as 'focus'](2 as never);
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#f-parents-motherName')!.value).to.equal('');
    expect($(el, '.notice[role=status]')).to.equal(null);
  });

  it('finds the ethnic group without diacritics, and labels only optional document slots "(không bắt buộc)"', async () => {
    const el = await fixture<El>(
      html`<dvc-dossier-form .procedure=${detail()} .data=${{ applicant: birthRegistrationData().applicant }}></dvc-dossier-form>`,
    );
    await ready(el);
    el['goTo' as 'focus'](1 as never);
    await el.updateComplete;
    const search = $<HTMLInputElement>(el, '#f-child-ethnicity-search')!;
    search.value = 'ede';
    search.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await el.updateComplete;
    expect((el.data.child as Record<string, unknown>).ethnicity).to.equal('12');
    expect($<HTMLSelectElement>(el, '#f-child-ethnicity')!.selectedOptions[0]!.textContent!.trim()).to.equal('Ê-đê');
    expect([...$<HTMLSelectElement>(el, '#f-child-ethnicity')!.options].filter((o) => !o.hidden).length).to.equal(2); // the prompt and Ê-đê
    await expect(el).to.be.accessible();

    el.data = { ...birthRegistrationData(), documents: {} };
    el['goTo' as 'focus'](3 as never);
    await el.updateComplete;
    const label = (id: string) =>
      $(el, `#${id}`)!.shadowRoot!.querySelector('legend')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(label('f-documents-birthCertificate')).to.equal('Giấy chứng sinh');
    expect(label('f-documents-marriageCertificate')).to.contain('(không bắt buộc)');
    expect($(el, '#f-documents-birthCertificate')!.shadowRoot!.textContent).to.contain('Bản chính: 1');
  });
});
