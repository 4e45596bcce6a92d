import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { DossierStatusView } from '@dvc-kit/client/public';
import { publicApiExamples } from '@dvc-kit/core/testing';
import { VERIFY, fileDossier, samplePdf, stack, syncedCount } from '../../../test/stack';
import type { DvcDossierStatus } from '../dossier-status/dossier-status';
import type { DvcSupplementAnswer } from './supplement-answer';
import '../dossier-status/dossier-status.define';
import './supplement-answer.define';

const q = <T extends Element = HTMLElement>(el: Element, s: string) => el.shadowRoot!.querySelector<T>(s)!;
const texts = (el: Element, s: string) =>
  [...el.shadowRoot!.querySelectorAll(s)].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());

describe('dvc-supplement-answer', () => {
  it('shows what is asked, by whom and until when, with an accessible answer form', async () => {
    const request = publicApiExamples.DossierStatusView.supplement!;
    const el = await fixture<DvcSupplementAnswer>(
      html`<dvc-supplement-answer .request=${request} code="X" verify="5678"></dvc-supplement-answer>`,
    );
    expect(texts(el, '[part=request] > p')).to.deep.equal([
      'Giấy chứng sinh bị mờ, đề nghị nộp lại bản rõ nét.',
      'Người yêu cầu: Công chức Bộ phận Một cửa',
      'Ngày yêu cầu: 14:30 01/07/2025',
      'Hạn bổ sung: 17:00 08/07/2025',
    ]);
    expect(q(el, 'dvc-file-input')).to.exist;
    expect(q(el, 'label[for=note]').textContent).to.equal('Ghi chú gửi cơ quan (không bắt buộc)');
    // No endpoint on the page: the citizen is told, not left with a silent button.
    q<HTMLButtonElement>(el, 'button[type=submit]').click();
    await waitUntil(() => el.shadowRoot!.querySelector('[role=alert]'));
    await expect(el).to.be.accessible();
  });

  it('inside the status view, answers a real request with a file; the portal holds it once', async function () {
    this.timeout(90_000);
    const s = await stack();
    const before = await syncedCount();
    const { code } = await fileDossier();
    await waitUntil(async () => (await syncedCount()) > before, 'dossier synced', { timeout: 15_000 });
    const desk = await fetch(
      `/__dvc/desk?code=${encodeURIComponent(code)}&kind=supplement&content=${encodeURIComponent('Nộp bản sao CCCD rõ nét')}`,
    );
    expect(desk.status).to.equal(200);
    const status = await fixture<DvcDossierStatus>(
      html`<dvc-dossier-status endpoint=${s.gateway} code=${code} verify=${VERIFY}></dvc-dossier-status>`,
    );
    await waitUntil(
      () => status.shadowRoot!.querySelector('dvc-supplement-answer')?.shadowRoot?.querySelector('form'),
      'answer form',
      { timeout: 30_000 },
    ).catch(() => {
      throw new Error(
        `no answer form; view: ${JSON.stringify(status.status)}; defined: ${String(customElements.get('dvc-supplement-answer'))}; ${status.shadowRoot!.innerHTML.slice(0, 300)}`,
      );
    });
    const answer = q<DvcSupplementAnswer>(status, 'dvc-supplement-answer');
    expect((status.status as DossierStatusView).supplement?.content).to.equal('Nộp bản sao CCCD rõ nét');
    await expect(status).to.be.accessible();
    const input = q(answer, 'dvc-file-input') as HTMLElement & {
      addFiles(f: File[]): Promise<void>;
      receipts: unknown[];
    };
    await input.addFiles([samplePdf('cccd-ro.pdf')]);
    await waitUntil(() => input.receipts.length === 1, 'uploaded', { timeout: 15_000 });
    const note = q<HTMLTextAreaElement>(answer, '#note');
    note.value = 'Gửi lại bản rõ nét';
    note.dispatchEvent(new Event('input'));
    await answer.send();
    await waitUntil(() => answer.shadowRoot!.querySelector('#sent'), 'sent', { timeout: 15_000 });
    expect(texts(answer, '#sent p')[1]).to.equal('Tệp đã gửi: cccd-ro.pdf');
    await expect(status).to.be.accessible();
    const rounds = await waitUntil(
      async () => {
        const r = (await (await fetch(`/__dvc/portal-dossier?code=${encodeURIComponent(code)}`)).json()) as {
          rounds: { DanhSachGiayToBoSung?: unknown[] }[];
        };
        return r.rounds[0]?.DanhSachGiayToBoSung?.length ? r.rounds : undefined;
      },
      'supplement on the portal',
      { timeout: 15_000 },
    ).then(
      async () =>
        (
          (await (await fetch(`/__dvc/portal-dossier?code=${encodeURIComponent(code)}`)).json()) as {
            rounds: { DanhSachGiayToBoSung: unknown[]; ThongTinTiepNhan: string }[];
          }
        ).rounds,
    );
    expect(rounds).to.have.length(1);
    expect(rounds[0]!.DanhSachGiayToBoSung).to.have.length(1);
    expect(rounds[0]!.ThongTinTiepNhan).to.equal('Gửi lại bản rõ nét');
  });

  it('signed-in: without a session the gateway does not take the answer, and the note and file stay for another try', async function () {
    this.timeout(60_000);
    const s = await stack();
    const request = publicApiExamples.DossierStatusView.supplement!;
    // This gateway has no citizen sign-in: a session write (cookie + X-DVC-Request) is not allowed from the page.
    const el = await fixture<DvcSupplementAnswer>(
      html`<dvc-supplement-answer signed-in endpoint=${s.gateway} .request=${request} code="000.50.20.H66-251001-0007"></dvc-supplement-answer>`,
    );
    expect(el.signedIn).to.equal(true);
    const input = q(el, 'dvc-file-input') as HTMLElement & { addFiles(f: File[]): Promise<void>; receipts: unknown[] };
    await input.addFiles([samplePdf('cccd-ro.pdf')]);
    await waitUntil(() => input.receipts.length === 1, 'uploaded', { timeout: 15_000 });
    const note = q<HTMLTextAreaElement>(el, '#note');
    note.value = 'Gửi lại bản rõ nét';
    note.dispatchEvent(new Event('input'));
    await el.send();
    await waitUntil(() => el.shadowRoot!.querySelector('[role=alert]'), 'the refusal is shown', { timeout: 15_000 });
    expect(el.shadowRoot!.querySelector('#sent')).to.equal(null);
    expect(q<HTMLTextAreaElement>(el, '#note').value).to.equal('Gửi lại bản rõ nét');
    expect(input.receipts).to.have.length(1);
    await expect(el).to.be.accessible();
  });
});
