import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { idbAll } from '../../internal/idb/idb';
import type { OutboxEntry } from '../../internal/outbox/outbox';
import { PROXIED_GATEWAY, VERIFY, birthData, samplePdf, setNetworkDown, stack, syncedCount } from '../../../test/stack';
import type { DvcFileInput } from '../file-input/file-input';
import { DvcDossierForm, type DossierSubmitDetail } from './dossier-form';

DvcDossierForm.define();

type El = DvcDossierForm;
const $ = <T extends Element = HTMLElement>(el: El, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const heading = (el: El) => $(el, '#step-title')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function pressContinue(el: El) {
  $(el, 'button[type=submit]')!.click();
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
}

/** A form for procedure 1.001193 loaded from the real gateway, with the first two steps prefilled. */
async function loadedForm(fullName: string, endpoint?: string): Promise<El> {
  const { gateway } = await stack();
  const el = await fixture<El>(
    html`<dvc-dossier-form endpoint=${endpoint ?? gateway} procedure="1.001193" no-draft .data=${birthData(fullName)}></dvc-dossier-form>`,
  );
  await waitUntil(() => $(el, '#step-title'), 'form loaded from the gateway', { timeout: 10000 });
  return el;
}

/** Uploads a real PDF into each required document slot through the gateway, ticks the declaration. */
async function fillDocuments(el: El) {
  expect(heading(el)).to.include('Giấy tờ cần nộp');
  for (const id of ['f-documents-doc1', 'f-documents-doc2']) {
    const input = $<DvcFileInput>(el, `#${id}`)!;
    const changed = oneEvent(input, 'change');
    await input.addFiles([samplePdf()]);
    await changed;
    await el.updateComplete;
  }
  $<HTMLInputElement>(el, '#f-documents-declaration')!.click();
  await el.updateComplete;
}

/** Continues through every step to the review, ticks consent. */
async function toReviewWithConsent(el: El) {
  await pressContinue(el);
  await pressContinue(el);
  await fillDocuments(el);
  await pressContinue(el);
  expect(heading(el)).to.include('Kiểm tra lại thông tin');
  $<HTMLInputElement>(el, '#f-consent')!.click();
  await el.updateComplete;
}

describe('<dvc-dossier-form> against the real gateway and sandbox', () => {
  afterEach(() => setNetworkDown(false));

  it('loads the procedure by code, uploads real files, submits and shows the gateway’s receipt', async function () {
    this.timeout(30_000); // the file's first test also loads the widget, the client and axe: slow on a loaded machine
    const { gateway } = await stack();
    const el = await loadedForm('Hờ Thị Mai');
    expect(heading(el)).to.include('Đăng ký khai sinh');
    await expect(el).to.be.accessible();
    await toReviewWithConsent(el);
    const files = el.data.documents as Record<string, { id: string; sha256: string }[]>;
    expect(files.doc1![0]!.id).to.match(/^upl_/);
    expect(files.doc1![0]!.sha256).to.have.length(64);
    await expect(el).to.be.accessible();

    const submitted = oneEvent(el, 'dvc-submit');
    await pressContinue(el);
    const { receipt } = ((await submitted) as CustomEvent<DossierSubmitDetail>).detail;
    await el.updateComplete;
    expect(receipt.code).to.match(/^000\.\d\d\.\d\d\.H66-\d{6}-\d{4}$/);
    expect($(el, '.receipt')!.textContent).to.include(receipt.code);
    await expect(el).to.be.accessible();

    // The gateway knows the dossier: the status look-up with the phone's last 4 digits finds it.
    const status = await fetch(`${gateway}/v1/dossiers/${encodeURIComponent(receipt.code)}?verify=${VERIFY}`);
    expect(status.status).to.equal(200);
    expect(((await status.json()) as { code: string }).code).to.equal(receipt.code);
  });

  it('submitted while offline, it waits in the outbox and is delivered exactly once when back online', async () => {
    const { gateway } = await stack();
    const name = `Hờ Thị Offline ${Date.now()}`;
    const el = await loadedForm(name, `${location.origin}${PROXIED_GATEWAY}`);
    await toReviewWithConsent(el);
    const before = await syncedCount();

    // The connection drops: every request to the gateway fails at the socket.
    await setNetworkDown(true);
    await pressContinue(el);
    await waitUntil(() => $(el, '.notice[role=status]'), 'queued notice', { timeout: 10000 });
    expect($(el, '.notice')!.textContent).to.match(/\S/);
    await expect(el).to.be.accessible();
    const queued = (await idbAll<OutboxEntry>('outbox')).filter((e) => e.submission.applicant.fullName === name);
    expect(queued).to.have.length(1);
    const { key, submission } = queued[0]!;

    const submitted = oneEvent(el, 'dvc-submit');
    await setNetworkDown(false);
    window.dispatchEvent(new Event('online')); // as the browser does when the connection returns
    const { receipt } = ((await submitted) as CustomEvent<DossierSubmitDetail>).detail;
    await el.updateComplete;
    expect($(el, '.receipt')!.textContent).to.include(receipt.code);
    expect((await idbAll<OutboxEntry>('outbox')).filter((e) => e.key === key)).to.have.length(0);

    // Sending the same idempotency key again returns the same dossier: one dossier per key.
    const replay = await fetch(`${gateway}/v1/dossiers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': key },
      body: JSON.stringify(submission),
    });
    expect(((await replay.json()) as { code: string }).code).to.equal(receipt.code);
    // …and the gateway delivered exactly one dossier into the portal (sandbox).
    await waitUntil(async () => (await syncedCount()) > before, 'delivered to the sandbox', { timeout: 10000 });
    await new Promise((r) => setTimeout(r, 500));
    expect(await syncedCount()).to.equal(before + 1);
  });

  it('offers e-mail notifications only when an e-mail was given, and sends the citizen’s choice', async () => {
    const name = `Hờ Thị Thư ${Date.now()}`;
    const el = await loadedForm(name, `${location.origin}${PROXIED_GATEWAY}`);
    await toReviewWithConsent(el);
    expect($(el, '#f-notify-email')).to.equal(null);
    el.data = { ...el.data, applicant: { ...(el.data.applicant as object), email: 'hoa.nguyen@example.vn' } };
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#f-notify-email')!.checked).to.equal(false);
    $<HTMLInputElement>(el, '#f-notify-email')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    // Offline, the queued submission shows exactly what will be sent.
    await setNetworkDown(true);
    await pressContinue(el);
    await waitUntil(() => $(el, '.notice[role=status]'), 'queued notice', { timeout: 10000 });
    const queued = (await idbAll<OutboxEntry>('outbox')).filter((e) => e.submission.applicant.fullName === name);
    expect(queued[0]!.submission.notifications).to.deep.equal({ email: true });
    const submitted = oneEvent(el, 'dvc-submit');
    await setNetworkDown(false);
    window.dispatchEvent(new Event('online'));
    await submitted;
  });

  it('maps the gateway’s 422 field errors onto the fields (an upload the gateway does not know)', async () => {
    const el = await loadedForm('Hờ Thị Lỗi');
    const ghost = {
      id: 'upl_00000000000000000000000000000000',
      name: 'mat.pdf',
      size: 10,
      type: 'application/pdf',
      sha256: 'a'.repeat(64),
    };
    el.data = { ...el.data, documents: { doc1: [ghost], doc2: [ghost], declaration: true } };
    await pressContinue(el);
    await pressContinue(el);
    await pressContinue(el);
    expect(heading(el)).to.include('Kiểm tra lại thông tin');
    $<HTMLInputElement>(el, '#f-consent')!.click();
    await el.updateComplete;
    await pressContinue(el);
    await waitUntil(() => $(el, '#error-summary'), 'error summary', { timeout: 10000 });
    await el.updateComplete;
    expect(heading(el)).to.include('Giấy tờ cần nộp');
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('#error-summary a')].map((a) =>
      a.getAttribute('href'),
    );
    expect(links).to.include('#f-documents-doc1');
    expect($(el, '#f-documents-doc1')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });
});
