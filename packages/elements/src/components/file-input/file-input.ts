import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { formatFileSize } from '@dvc-kit/core';
import { registerLocale } from '../../internal/i18n/locale-registry';
import { DvcFormControl } from '../../internal/form/dvc-form-control';
import type { ValidationResult, Validator } from '../../internal/form/validators';
import type { FieldAria } from '../../internal/form/field';
import { downscaleImage } from './downscale';
import { fileInputStyles } from './file-input.styles';
import { renderFileItem, type FileItem } from './file-item';
import { fileMessages } from './messages';
import { acceptsFile, describeAccept } from './file-rules';
import { describeUploadFailure } from './upload-failure';
import type { UploadReceipt, Uploader } from './uploader';

registerLocale('vi', fileMessages.vi);
registerLocale('en', fileMessages.en);

/** Keys of the file input's own strings. */
type FileMessageKey = keyof typeof fileMessages.vi;

let nextKey = 0;
const canDrag = () => typeof matchMedia === 'function' && matchMedia('(hover: hover) and (pointer: fine)').matches;
const isImage = (type: string) => /^image\/(jpeg|png|webp|gif)$/.test(type);

/**
 * @tagname dvc-file-input
 * @summary Attaches documents: a real "Chọn tệp" button (and, where a pointer can drag, a
 * drop zone). Checks type and size, shrinks phone photos of paper documents in the browser
 * (≤ 2000 px, JPEG 0.85) before sending, and shows each file with a thumbnail (images), its
 * name and size, the bytes sent while it uploads, "Đã tải lên" when done, and the reason when
 * it fails. An upload cut off by a lost connection is retried by itself when the connection
 * returns. Uploading is done by the injected `uploader`. The value is the comma-separated
 * upload ids; the form receives one entry per file.
 *
 * @csspart button - The "choose file" button.
 * @csspart dropzone - The area around the button (a drop target where a pointer can drag).
 * @csspart list - The list of files.
 * @fires {Event} change - The set of uploaded files changed.
 *
 * @example
 * ```html
 * <dvc-file-input name="giayTo" accept="image/jpeg,image/png,application/pdf" max-size="10485760" multiple></dvc-file-input>
 * <script type="module">document.querySelector('dvc-file-input').uploader = (file, o) => client.upload(file, o);</script>
 * ```
 */
export class DvcFileInput extends DvcFormControl<FileMessageKey> {
  static override defaultTag = 'dvc-file-input';
  static override styles = [...DvcFormControl.styles, fileInputStyles];

  /** Accepted types, as for `<input type=file accept>`. */
  @property() accept = 'image/jpeg,image/png,application/pdf';
  /** Largest accepted file in bytes (after photo shrinking). @default 10485760 (10 MB) */
  @property({ type: Number, attribute: 'max-size' }) maxSize = 10 * 1024 * 1024;
  /** More than one file may be attached. */
  @property({ type: Boolean }) multiple = false;
  /** Most files when `multiple`. @default 10 */
  @property({ type: Number, attribute: 'max-files' }) maxFiles = 10;
  /** Long edge photos are shrunk to, in pixels; 0 turns shrinking off. @default 2000 */
  @property({ type: Number, attribute: 'max-image-edge' }) maxImageEdge = 2000;
  /** Sends one file; set by the page or a widget. Files wait until it is set. */
  @property({ attribute: false }) uploader?: Uploader;
  /**
   * Files uploaded before (e.g. kept in a restored draft): shown as uploaded and part of the
   * value. Ids not listed any more are removed. @default []
   */
  @property({ attribute: false }) uploads: readonly UploadReceipt[] = [];

  @state() private items: FileItem[] = [];
  @state() private rejections: ValidationResult[] = [];
  @state() private over = false;

  /** Receipts of the files uploaded so far (the given `uploads` included). */
  get receipts(): UploadReceipt[] {
    return this.items.flatMap((i) => (i.receipt ? [i.receipt] : []));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.onOnline);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.onOnline);
  }

  /** The connection is back: every upload cut off by it starts again. */
  private readonly onOnline = () =>
    this.items.filter((i) => i.status === 'offline').forEach((i) => void this.upload(i));

  /** Adds files as if the user had picked them (also used for drops). */
  async addFiles(files: Iterable<File>): Promise<void> {
    const rejections: ValidationResult[] = [];
    const limit = this.multiple ? this.maxFiles : 1;
    const added: FileItem[] = [];
    const kept = this.multiple ? this.items.length : 0;
    for (const file of files) {
      if (!acceptsFile(file, this.accept)) {
        rejections.push({ code: 'file.wrong-type', params: { name: file.name, types: describeAccept(this.accept) } });
      } else if (kept + added.length >= limit) {
        rejections.push({ code: 'file.too-many', params: { count: limit } });
        break;
      } else {
        added.push({
          key: nextKey++,
          file,
          name: file.name,
          size: file.size,
          type: file.type,
          originalSize: file.size,
          status: 'preparing',
          sent: 0,
        });
      }
    }
    if (!this.multiple && added.length) this.items.forEach((i) => this.discard(i));
    this.items = this.multiple ? [...this.items, ...added] : added.length ? added : this.items;
    this.rejections = rejections;
    this.markDirty();
    await Promise.all(added.map((item) => this.prepare(item)));
  }

  private async prepare(item: FileItem): Promise<void> {
    const file = this.maxImageEdge > 0 ? await downscaleImage(item.file!, { maxEdge: this.maxImageEdge }) : item.file!;
    if (file.size > this.maxSize) {
      this.rejections = [
        ...this.rejections,
        { code: 'file.too-large', params: { name: file.name, size: this.size(this.maxSize) } },
      ];
      this.items = this.items.filter((i) => i !== item);
      return;
    }
    const thumbnail = isImage(file.type) ? URL.createObjectURL(file) : undefined;
    this.patch(item, { file, name: file.name, size: file.size, type: file.type, status: 'waiting', thumbnail });
    await this.upload(item);
  }

  private async upload(item: FileItem): Promise<void> {
    const current = this.items.find((i) => i.key === item.key);
    if (!current?.file || current.status === 'uploading' || !this.uploader) return;
    const controller = new AbortController();
    this.patch(current, { status: 'uploading', sent: 0, controller, reason: undefined });
    try {
      const receipt = await this.uploader(current.file, {
        signal: controller.signal,
        onProgress: (fraction) => this.patch(current, { sent: Math.round(fraction * current.size) }),
      });
      this.patch(current, { status: 'done', sent: current.size, receipt });
      this.dispatchEvent(new Event('change', { bubbles: true }));
    } catch (error) {
      if (controller.signal.aborted) return;
      const failure = describeUploadFailure(error, current, navigator.onLine);
      this.patch(current, { status: failure.offline ? 'offline' : 'failed', reason: failure.reason });
    }
  }

  private patch(item: FileItem, patch: Partial<FileItem>): void {
    this.items = this.items.map((i) => (i.key === item.key ? Object.assign(i, patch) : i));
  }

  private discard(item: FileItem): void {
    item.controller?.abort();
    if (item.thumbnail) URL.revokeObjectURL(item.thumbnail);
  }

  private removeItem(item: FileItem): void {
    this.discard(item);
    this.items = this.items.filter((i) => i.key !== item.key);
    this.markDirty();
    this.dispatchEvent(new Event('change', { bubbles: true }));
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part=button]')?.focus());
  }

  /** Items for `uploads` not shown yet; uploaded items whose id `uploads` no longer lists go. */
  private syncUploads(): void {
    const ids = new Set(this.uploads.map((u) => u.id));
    const shown = new Set(this.items.flatMap((i) => (i.receipt ? [i.receipt.id] : [])));
    const kept = this.items.filter((i) => i.status !== 'done' || ids.has(i.receipt!.id));
    this.items.filter((i) => !kept.includes(i)).forEach((i) => this.discard(i));
    const added = this.uploads
      .filter((u) => !shown.has(u.id))
      .map((u): FileItem => {
        const size = u.size ?? 0;
        return {
          key: nextKey++,
          name: u.name ?? u.id,
          size,
          type: u.type ?? '',
          originalSize: size,
          status: 'done',
          sent: size,
          receipt: u,
        };
      });
    this.items = [...added, ...kept];
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('uploads')) this.syncUploads();
    if (changed.has('items')) this.value = this.receipts.map((r) => r.id).join(',');
    if (changed.has('uploader') && this.uploader)
      this.items.filter((i) => i.status === 'waiting').forEach((i) => void this.upload(i));
    super.willUpdate(changed);
  }

  private size(bytes: number): string {
    return formatFileSize(bytes, this.language.startsWith('en') ? 'en' : 'vi');
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
    return this.t('file.accepted', { types: describeAccept(this.accept), size: this.size(this.maxSize) });
  }
  /** The page's hint, then the accepted formats and the size limit, which always show. */
  protected override hintText(): string {
    return [this.hint, this.defaultHint()].filter(Boolean).join(' ');
  }
  protected override ownValidators(): Validator<this>[] {
    return [
      {
        validate: (c) => {
          const failed = c.items.find((i) => i.status === 'failed' || i.status === 'offline');
          if (failed) return failed.reason ?? { code: 'file.failed' };
          return c.items.some((i) => i.status !== 'done') ? { code: 'file.pending' } : null;
        },
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
    this.items.forEach((i) => this.discard(i));
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

  protected override render() {
    const full = this.items.length >= (this.multiple ? this.maxFiles : Infinity);
    const host = {
      t: (key: string, params?: Record<string, string | number | undefined>) => this.t(key as FileMessageKey, params),
      message: (r: ValidationResult) => this.messageText(r),
      size: (bytes: number) => this.size(bytes),
      retry: (item: FileItem) => void this.upload(item),
      remove: (item: FileItem) => this.removeItem(item),
    };
    const control = (
      aria: FieldAria,
    ) => html`${this.items.length ? html`<ul part="list">${this.items.map((i) => renderFileItem(host, i))}</ul>` : nothing}
      <div
        part="dropzone"
        class="drop ${this.over ? 'over' : ''}"
        @dragover=${(e: DragEvent) => {
          e.preventDefault();
          this.over = !this.isDisabled;
        }}
        @dragleave=${() => (this.over = false)}
        @drop=${this.onDrop}
      >
        <button id="control" part="button" class="primary" type="button" data-anchor
          aria-describedby=${aria.describedBy ?? nothing} ?disabled=${this.isDisabled || full}
          @click=${() => this.renderRoot.querySelector<HTMLInputElement>('input[type=file]')?.click()}>
          ${this.t('file.choose')}
        </button>
        ${canDrag() ? html`<span>${this.t('file.drop')}</span>` : nothing}
        <input type="file" hidden tabindex="-1" accept=${this.accept} ?multiple=${this.multiple} @change=${this.onPicked} />
      </div>
      ${this.rejections.map((r) => html`<p class="error" role="alert">${this.messageText(r)}</p>`)}`;
    return this.renderField(control, true);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-file-input': DvcFileInput;
  }
}
