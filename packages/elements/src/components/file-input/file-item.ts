import { html, nothing, type TemplateResult } from 'lit';
import type { ValidationResult } from '../../internal/form/validators';
import type { UploadReceipt } from './uploader';

/** One file in the list of a `<dvc-file-input>`. */
export interface FileItem {
  key: number;
  /** The picked file (absent for uploads given through `uploads`, e.g. restored from a draft). */
  file?: File;
  name: string;
  size: number;
  type: string;
  /** Size before photo shrinking. */
  originalSize: number;
  status: 'preparing' | 'waiting' | 'uploading' | 'done' | 'failed' | 'offline';
  /** Bytes sent so far (from the uploader's progress reports). */
  sent: number;
  receipt?: UploadReceipt;
  controller?: AbortController;
  /** Why the last attempt failed (`failed` and `offline`). */
  reason?: ValidationResult;
  /** Object URL of an image's preview, revoked when the item goes. */
  thumbnail?: string;
}

/** What the item template needs from the input. */
export interface FileItemHost {
  t(key: string, params?: Record<string, string | number | undefined>): string;
  message(result: ValidationResult): string;
  size(bytes: number): string;
  retry(item: FileItem): void;
  remove(item: FileItem): void;
}

const percent = (item: FileItem) => (item.size > 0 ? Math.min(100, Math.floor((item.sent / item.size) * 100)) : 0);

/**
 * One file: its thumbnail (images), name and size, then its state — preparing, uploading with
 * the bytes sent, uploaded, or failed with the reason and a retry button — and a remove button.
 */
export function renderFileItem(host: FileItemHost, item: FileItem): TemplateResult {
  const { status } = item;
  const state =
    status === 'uploading'
      ? html`<progress max="100" .value=${percent(item)} aria-label=${item.name}></progress>
          <span class="status">${host.t('file.uploading', { percent: percent(item), sent: host.size(item.sent), size: host.size(item.size) })}</span>`
      : status === 'done'
        ? html`<span class="status done">✓ ${host.t('file.uploaded')}</span>`
        : status === 'failed' || status === 'offline'
          ? html`<span class="status error" role="alert">${host.message(item.reason ?? { code: 'file.failed' })}</span>
              ${
                status === 'failed'
                  ? html`<button type="button" @click=${() => host.retry(item)} aria-label="${host.t('file.retry')} ${item.name}">${host.t('file.retry')}</button>`
                  : nothing
              }`
          : html`<span class="status">${host.t('file.preparing')}</span>`;
  const resized =
    item.size < item.originalSize
      ? html`<span class="info">${host.t('file.resized', { from: host.size(item.originalSize), to: host.size(item.size) })}</span>`
      : nothing;
  return html`<li class=${status}>
    ${item.thumbnail ? html`<img class="thumb" src=${item.thumbnail} alt="" width="48" height="48" />` : nothing}
    <span class="about"><span class="name">${item.name}</span> <span class="size">(${host.size(item.size)})</span></span>
    ${state} ${resized}
    <button type="button" aria-label="${host.t('file.remove')} ${item.name}" @click=${() => host.remove(item)}>${host.t('file.remove')}</button>
  </li>`;
}
