import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DvcFormControl } from '../form/dvc-form-control';
import type { ValidationResult, Validator } from '../form/validators';
import { downscaleImage } from './downscale';
import { fileInputStyles } from './file-input.styles';
import { acceptsFile, describeAccept, formatBytes } from './file-rules';
import type { UploadReceipt, Uploader } from './uploader';

/** One file in the list. */
interface Item {
  key: number;
  file: File;
  originalSize: number;
  status: 'preparing' | 'waiting' | 'uploading' | 'done' | 'failed';
  progress: number;
  receipt?: UploadReceipt;
  controller?: AbortController;
}

let nextKey = 0;

/**
 * @tagname dvc-file-input
 * @summary Attaches documents: a real "Chọn tệp" button and a drag-and-drop zone.
 * Checks type and size, shrinks phone photos of paper documents in the browser
 * (≤ 2000 px, JPEG 0.85) before sending, and shows per-file progress with retry
 * and removal. Uploading is done by the injected `uploader`. The value is the
 * comma-separated upload ids; the form receives one entry per file.
 *
 * @csspart button - The "choose file" button.
 * @csspart dropzone - The drop area around the button.
 * @csspart list - The list of files.
 * @event change - The set of uploaded files changed.
 *
 * @example
 * ```html
 * <dvc-file-input name="giayTo" accept="image/jpeg,image/png,application/pdf" max-size="10000000" multiple></dvc-file-input>
 * <script type="module">document.querySelector('dvc-file-input').uploader = (file, o) => client.upload(file, o);</script>
 * ```
 */
export class DvcFileInput extends DvcFormControl {
  static override defaultTag = 'dvc-file-input';
  static override styles = [...DvcFormControl.styles, fileInputStyles];

  /** Accepted types, as for `<input type=file accept>`. */
  @property() accept = 'image/jpeg,image/png,application/pdf';
  /** Largest accepted file in bytes (after photo shrinking). @default 10000000 */
  @property({ type: Number, attribute: 'max-size' }) maxSize = 10_000_000;
  /** More than one file may be attached. */
  @property({ type: Boolean }) multiple = false;
  /** Most files when `multiple`. @default 10 */
  @property({ type: Number, attribute: 'max-files' }) maxFiles = 10;
  /** Long edge photos are shrunk to, in pixels; 0 turns shrinking off. @default 2000 */
  @property({ type: Number, attribute: 'max-image-edge' }) maxImageEdge = 2000;
  /** Sends one file; set by the page or a widget. Files wait until it is set. */
  @property({ attribute: false }) uploader?: Uploader;

  @state() private items: Item[] = [];
  @state() private rejections: ValidationResult[] = [];
  @state() private over = false;

  /** Receipts of the files uploaded so far. */
  get receipts(): UploadReceipt[] {
    return this.items.flatMap((i) => (i.receipt ? [i.receipt] : []));
  }

  /** Adds files as if the user had picked them (also used for drops). */
  async addFiles(files: Iterable<File>): Promise<void> {
    const rejections: ValidationResult[] = [];
    const limit = this.multiple ? this.maxFiles : 1;
    const added: Item[] = [];
    for (const file of files) {
      if (!acceptsFile(file, this.accept)) {
        rejections.push({ code: 'file.wrong-type', params: { name: file.name, types: describeAccept(this.accept) } });
      } else if (this.items.length + added.length >= limit) {
        rejections.push({ code: 'file.too-many', params: { count: limit } });
        break;
      } else {
        added.push({ key: nextKey++, file, originalSize: file.size, status: 'preparing', progress: 0 });
      }
    }
    if (!this.multiple && added.length) this.items.forEach((i) => i.controller?.abort());
    this.items = this.multiple ? [...this.items, ...added] : added.length ? added : this.items;
    this.rejections = rejections;
    this.markDirty();
    await Promise.all(added.map((item) => this.prepare(item)));
  }

  private async prepare(item: Item): Promise<void> {
    const file = this.maxImageEdge > 0 ? await downscaleImage(item.file, { maxEdge: this.maxImageEdge }) : item.file;
    if (file.size > this.maxSize) {
      this.rejections = [...this.rejections, { code: 'file.too-large', params: { name: file.name, size: formatBytes(this.maxSize, this.language) } }];
      this.items = this.items.filter((i) => i !== item);
      return;
    }
    this.update_(item, { file, status: 'waiting' });
    await this.upload(item);
  }

  private async upload(item: Item): Promise<void> {
    const current = this.items.find((i) => i.key === item.key);
    if (!current || current.status === 'uploading' || !this.uploader) return;
    const controller = new AbortController();
    this.update_(current, { status: 'uploading', progress: 0, controller });
    try {
      const receipt = await this.uploader(current.file, {
        signal: controller.signal,
        onProgress: (fraction) => this.update_(current, { progress: Math.round(fraction * 100) }),
      });
      this.update_(current, { status: 'done', progress: 100, receipt });
      this.dispatchEvent(new Event('change', { bubbles: true }));
    } catch {
      if (!controller.signal.aborted) this.update_(current, { status: 'failed' });
    }
  }

  private update_(item: Item, patch: Partial<Item>): void {
    this.items = this.items.map((i) => (i.key === item.key ? Object.assign(i, patch) : i));
  }

  private removeItem(item: Item): void {
    item.controller?.abort();
    this.items = this.items.filter((i) => i.key !== item.key);
    this.markDirty();
    this.dispatchEvent(new Event('change', { bubbles: true }));
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part=button]')?.focus());
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('items')) this.value = this.receipts.map((r) => r.id).join(',');
    if (changed.has('uploader') && this.uploader) this.items.filter((i) => i.status === 'waiting').forEach((i) => void this.upload(i));
    super.willUpdate(changed);
  }

  protected override isEmpty(): boolean {
    return this.items.length === 0;
  }
  protected override requiredKey() {
    return 'file.required' as const;
  }
  protected override defaultLabel(): string {
    return this.t('file.label');
  }
  protected override defaultHint(): string {
    return this.t('file.accepted', { types: describeAccept(this.accept), size: formatBytes(this.maxSize, this.language) });
  }
  protected override ownValidators(): Validator<this>[] {
    return [
      {
        validate: (c) =>
          c.items.some((i) => i.status === 'failed')
            ? { code: 'file.failed' }
            : c.items.some((i) => i.status !== 'done')
              ? { code: 'file.pending' }
              : null,
      },
    ];
  }
  protected override formValue(): FormData | null {
    if (!this.name) return null;
    const data = new FormData();
    for (const r of this.receipts) data.append(this.name, r.id);
    return data;
  }
  override formResetCallback(): void {
    this.items.forEach((i) => i.controller?.abort());
    this.items = [];
    this.rejections = [];
    super.formResetCallback();
  }

  private onDrop(event: DragEvent): void {
    event.preventDefault();
    this.over = false;
    if (!this.isDisabled && event.dataTransfer) void this.addFiles(event.dataTransfer.files);
  }

  private onPicked(event: Event): void {
    const input = event.target as HTMLInputElement;
    void this.addFiles(Array.from(input.files ?? []));
    input.value = '';
  }

  private renderItem(item: Item) {
    const { status } = item;
    const resized = item.file.size < item.originalSize
      ? html`<span class="info">${this.t('file.resized', { from: formatBytes(item.originalSize, this.language), to: formatBytes(item.file.size, this.language) })}</span>`
      : nothing;
    return html`<li>
      <span class="name">${item.file.name}</span>
      ${status === 'uploading'
        ? html`<progress max="100" .value=${item.progress} aria-label=${item.file.name}></progress>
            <span>${this.t('file.uploading', { percent: item.progress })}</span>`
        : status === 'done'
          ? html`<span>${this.t('file.uploaded')}</span>`
          : status === 'failed'
            ? html`<span class="error">${this.t('file.failed')}</span>
                <button type="button" @click=${() => void this.upload(item)}>${this.t('file.retry')}</button>`
            : html`<span>${this.t('common.loading')}</span>`}
      ${resized}
      <button type="button" aria-label="${this.t('file.remove')} ${item.file.name}" @click=${() => this.removeItem(item)}>
        ${this.t('file.remove')}
      </button>
    </li>`;
  }

  protected override render() {
    const control = html`<div
        part="dropzone"
        class="drop ${this.over ? 'over' : ''}"
        @dragover=${(e: DragEvent) => { e.preventDefault(); this.over = !this.isDisabled; }}
        @dragleave=${() => (this.over = false)}
        @drop=${this.onDrop}
      >
        <button id="control" part="button" class="primary" type="button" data-anchor
          aria-describedby=${this.describedBy() || nothing} ?disabled=${this.isDisabled}
          @click=${() => this.renderRoot.querySelector<HTMLInputElement>('input[type=file]')?.click()}>
          ${this.t('file.choose')}
        </button>
        <span>${this.t('file.drop')}</span>
        <input type="file" hidden tabindex="-1" accept=${this.accept} ?multiple=${this.multiple} @change=${this.onPicked} />
      </div>
      ${this.rejections.map((r) => html`<p class="error" role="alert">${this.messageText(r)}</p>`)}
      ${this.items.length ? html`<ul part="list">${this.items.map((i) => this.renderItem(i))}</ul>` : nothing}`;
    return this.renderField(control, true);
  }
}
