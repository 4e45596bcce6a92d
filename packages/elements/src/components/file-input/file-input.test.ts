import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { runFormControlSuite } from '../../../test/form-control-suite';
import { part } from '../../../test/interaction';
import { httpUploader } from '../../../test/upload-endpoint';
import type { DvcFileInput } from './file-input';
import type { Uploader } from './uploader';
import './file-input.define';

const pdf = (name = 'to-khai.pdf', bytes = 2048) =>
  new File([new Uint8Array(bytes).fill(37)], name, { type: 'application/pdf' });

/** Adds files and waits until every one has finished (uploaded or failed). */
async function attach(el: DvcFileInput, ...files: File[]) {
  await el.addFiles(files);
  await waitUntil(() => !el.shadowRoot!.querySelector('li.preparing, li.waiting, li.uploading'), 'uploads settle', {
    timeout: 5000,
  });
  await el.updateComplete;
}

/** The id the upload endpoint gives {@link pdf}(): `up-` + the first 12 hex digits of its SHA-256. */
const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await pdf().arrayBuffer()));
const pdfId = `up-${[...digest]
  .map((b) => b.toString(16).padStart(2, '0'))
  .join('')
  .slice(0, 12)}`;

runFormControlSuite<DvcFileInput>({
  tag: 'dvc-file-input',
  setup: (el) => (el.uploader = httpUploader()),
  fill: (el) => attach(el, pdf()),
  filledValue: pdfId,
});

describe('dvc-file-input', () => {
  const make = async () => {
    const el = await fixture<DvcFileInput>(
      html`<dvc-file-input name="docs" multiple max-size="102400" .uploader=${httpUploader()}></dvc-file-input>`,
    );
    return el;
  };

  it('uploads each file over HTTP and submits one form entry per file', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><dvc-file-input name="docs" multiple .uploader=${httpUploader()}></dvc-file-input></form>`,
    );
    const el = form.querySelector<DvcFileInput>('dvc-file-input')!;
    await attach(el, pdf('a.pdf', 10), pdf('b.pdf', 20));
    expect(el.receipts.map((r) => [r.name, r.size])).to.deep.equal([
      ['a.pdf', 10],
      ['b.pdf', 20],
    ]);
    expect(new FormData(form).getAll('docs')).to.deep.equal(el.receipts.map((r) => r.id));
    expect(el.value).to.equal(el.receipts.map((r) => r.id).join(','));
    expect(el.shadowRoot!.textContent).to.contain('Đã tải lên');
  });

  it('refuses files of the wrong type or too large, saying why', async () => {
    const el = await make();
    await attach(el, new File(['x'], 'anh.heic', { type: 'image/heic' }), pdf('lon.pdf', 200_000));
    const alerts = [...el.shadowRoot!.querySelectorAll('[role=alert]')].map((a) => a.textContent);
    expect(alerts[0]).to.contain('anh.heic không đúng định dạng. Vui lòng chọn tệp JPEG, PNG, PDF.');
    expect(alerts[1]).to.contain('lon.pdf lớn hơn 100 KB. Vui lòng chọn tệp nhỏ hơn');
    expect(el.receipts).to.have.length(0);
  });

  it('shows a failed upload, blocks the form until retried, and retries', async () => {
    const el = await fixture<DvcFileInput>(
      html`<dvc-file-input name="docs" .uploader=${httpUploader(`k${Math.random()}`)}></dvc-file-input>`,
    );
    await attach(el, pdf());
    // The reason, not a bare "failed": the test endpoint answered 503.
    expect(el.shadowRoot!.textContent).to.contain(
      'Máy chủ đang gặp sự cố (mã 503). Vui lòng bấm “Thử lại” sau ít phút.',
    );
    expect(el.checkValidity()).to.equal(false);
    await expect(el).to.be.accessible();
    const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Thử lại to-khai.pdf"]')!;
    retry.click();
    await waitUntil(() => el.receipts.length === 1, 'retried', { timeout: 5000 });
    expect(el.checkValidity()).to.equal(true);
  });

  it('removes a file with its own labelled button and moves focus back to "Chọn tệp"', async () => {
    const el = await make();
    await attach(el, pdf('a.pdf'), pdf('b.pdf', 30));
    const remove = el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Xoá a.pdf"]')!;
    remove.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.receipts.map((r) => r.name)).to.deep.equal(['b.pdf']);
    expect(el.shadowRoot!.activeElement).to.equal(part(el, '[part=button]'));
  });

  it('opens the file chooser from a real button with Enter and Space', async () => {
    const el = await make();
    const native = part(el, 'input[type=file]');
    let opened = 0;
    native.addEventListener('click', (e) => {
      opened++;
      e.preventDefault();
    });
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(part(el, '[part=button]'));
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Space' });
    expect(opened).to.equal(2);
  });

  it('accepts files dropped on the drop zone', async () => {
    const el = await make();
    const data = new DataTransfer();
    data.items.add(pdf('keo-tha.pdf'));
    const zone = part(el, '[part=dropzone]');
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    await el.updateComplete;
    expect(zone.classList.contains('over')).to.equal(true);
    const changed = oneEvent(el, 'change');
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    await changed;
    expect(el.receipts.map((r) => r.name)).to.deep.equal(['keo-tha.pdf']);
  });

  it('shrinks a large photo to ≤ 2000 px JPEG before uploading, and says so', async () => {
    const canvas = new OffscreenCanvas(4000, 3000);
    const ctx = canvas.getContext('2d')!;
    for (let i = 0; i < 400; i++) {
      ctx.fillStyle = `hsl(${i * 7} 70% 50%)`;
      ctx.fillRect((i * 97) % 4000, (i * 53) % 3000, 300, 200);
    }
    const photo = new File([await canvas.convertToBlob({ type: 'image/png' })], 'giay-to.png', { type: 'image/png' });
    const el = await fixture<DvcFileInput>(
      html`<dvc-file-input .uploader=${httpUploader()} max-size="50000000"></dvc-file-input>`,
    );
    await attach(el, photo);
    const [receipt] = el.receipts;
    expect(receipt!.type).to.equal('image/jpeg');
    expect(receipt!.name).to.equal('giay-to.jpg');
    expect(receipt!.size).to.be.below(photo.size);
    expect(el.shadowRoot!.textContent).to.contain('Ảnh đã được thu nhỏ');
  });
});

describe('dvc-file-input: uploads a citizen can trust', () => {
  /** A PNG photo small enough not to be shrunk. */
  const png = async (name = 'anh.png') => {
    const canvas = new OffscreenCanvas(40, 30);
    canvas.getContext('2d')!.fillRect(0, 0, 20, 20);
    return new File([await canvas.convertToBlob({ type: 'image/png' })], name, { type: 'image/png' });
  };

  it('shows each uploaded file with its name, size in units people read, "Đã tải lên" and a thumbnail for images', async () => {
    const el = await fixture<DvcFileInput>(
      html`<dvc-file-input multiple .uploader=${httpUploader()}></dvc-file-input>`,
    );
    await attach(el, pdf('to-khai.pdf', 2048), await png());
    const items = [...el.shadowRoot!.querySelectorAll('li.done')];
    expect(items).to.have.length(2);
    expect(items[0]!.textContent).to.match(/to-khai\.pdf\s*\(2 KB\)[\s\S]*Đã tải lên/);
    expect(items[0]!.querySelector('img')).to.equal(null);
    const thumb = items[1]!.querySelector<HTMLImageElement>('img.thumb')!;
    expect(thumb.src).to.match(/^blob:/);
    await waitUntil(() => thumb.complete && thumb.naturalWidth === 40, 'the thumbnail shows the photo');
    expect(el.shadowRoot!.textContent).to.contain('Mỗi tệp tối đa 10 MB');
    await expect(el).to.be.accessible();
  });

  it('reports the bytes sent while uploading', async () => {
    let finish!: () => void;
    const el = await fixture<DvcFileInput>(
      html`<dvc-file-input .uploader=${
        ((file, { onProgress }) => {
          onProgress(0.5);
          return new Promise((resolve) => (finish = () => resolve({ id: 'up-1', name: file.name, size: file.size })));
        }) as Uploader
      }></dvc-file-input>`,
    );
    void el.addFiles([pdf('lon.pdf', 4 * 1024 * 1024)]);
    await waitUntil(() => el.shadowRoot!.querySelector('progress'), 'uploading');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('progress')!.value).to.equal(50);
    expect(el.shadowRoot!.textContent).to.contain('Đang tải lên 50% (2 MB / 4 MB)');
    await expect(el).to.be.accessible();
    finish();
    await waitUntil(() => el.receipts.length === 1, 'done');
  });

  it('says the connection is gone and uploads by itself when it returns', async () => {
    let online = false;
    const uploader: Uploader = async (file) => {
      if (!online) throw new TypeError('Failed to fetch');
      return { id: 'up-back', name: file.name, size: file.size };
    };
    const el = await fixture<DvcFileInput>(html`<dvc-file-input required .uploader=${uploader}></dvc-file-input>`);
    await attach(el, pdf());
    expect(el.shadowRoot!.querySelector('li.offline [role=alert]')!.textContent).to.contain(
      'Mất kết nối mạng. Tệp sẽ tự tải lên lại khi có mạng',
    );
    expect(el.checkValidity()).to.equal(false);
    expect(el.validationMessage).to.contain('Mất kết nối mạng');
    await expect(el).to.be.accessible();
    online = true;
    const changed = oneEvent(el, 'change');
    window.dispatchEvent(new Event('online'));
    await changed;
    expect(el.receipts.map((r) => r.id)).to.deep.equal(['up-back']);
    expect(el.checkValidity()).to.equal(true);
  });

  it('gives the gateway’s reason when it refuses a file', async () => {
    const refused = Object.assign(new Error('problem'), {
      name: 'ProblemError',
      status: 413,
      code: 'upload.too-large',
      messages: { vi: 'x', en: 'x' },
    });
    const el = await fixture<DvcFileInput>(
      html`<dvc-file-input .uploader=${
        (async () => {
          throw refused;
        }) as Uploader
      }></dvc-file-input>`,
    );
    await attach(el, pdf('scan.pdf'));
    expect(el.shadowRoot!.textContent).to.contain(
      'Máy chủ không nhận tệp scan.pdf vì quá lớn. Vui lòng chọn tệp nhỏ hơn.',
    );
  });

  it('shows uploads given by the page (a restored draft) as uploaded, and drops them when removed', async () => {
    const el = await fixture<DvcFileInput>(
      html`<dvc-file-input multiple .uploads=${[{ id: 'up-old', name: 'cu.pdf', size: 3 * 1024 * 1024, type: 'application/pdf' }]}></dvc-file-input>`,
    );
    expect(el.value).to.equal('up-old');
    expect(el.shadowRoot!.querySelector('li.done')!.textContent).to.match(/cu\.pdf\s*\(3 MB\)/);
    const changed = oneEvent(el, 'change');
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Xoá cu.pdf"]')!.click();
    await changed;
    expect(el.receipts).to.deep.equal([]);
  });
});
