import { html, svg, type TemplateResult } from 'lit';
import type { DossierReceipt } from '@dvc-kit/client/public';
import { toVietnamTime } from '@dvc-kit/core';
import type { FormMessageKey } from '../dossier-form/form-messages';
import { encodeQr } from '../qr/qr-encode';
import { qrRects, qrViewBoxSide } from '../qr/qr-svg';

/** What the receipt needs from its widget. */
export interface ReceiptHost {
  t(key: FormMessageKey, params?: Record<string, string | number>): string;
  text(value: { vi: string; en?: string }): string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * An ISO 8601 instant as Vietnam civil time: "09:12, ngày 01/07/2025 (giờ Việt Nam)".
 * The host computer's time zone never matters.
 *
 * @example formatVietnamDateTime(t, '2025-07-01T02:12:00Z') // '09:12, ngày 01/07/2025 (giờ Việt Nam)'
 */
export function formatVietnamDateTime(t: ReceiptHost['t'], iso: string): string {
  const v = toVietnamTime(new Date(iso));
  return t('receipt.datetime', { date: `${pad(v.day)}/${pad(v.month)}/${v.year}`, time: `${pad(v.hour)}:${pad(v.minute)}` });
}

/**
 * The appointment receipt (phiếu hẹn trả kết quả): dossier code, procedure, received and
 * due dates in Vietnam time, a QR code of the dossier code (SVG, no canvas, no inline
 * styles) and a print button. Prints on one A5/A4 page (see `receiptStyles`).
 */
export function renderReceipt(host: ReceiptHost, receipt: DossierReceipt): TemplateResult {
  const qr = encodeQr(receipt.code);
  const side = qrViewBoxSide(qr);
  return html`<section class="receipt" part="receipt" aria-labelledby="receipt-title">
    <h2 id="receipt-title" tabindex="-1">${host.t('receipt.title')}</h2>
    <p class="lead" role="status">${host.t('receipt.lead')}</p>
    <div class="receipt-body">
      <dl>
        <dt>${host.t('receipt.code')}</dt>
        <dd class="code">${receipt.code}</dd>
        <dt>${host.t('receipt.procedure')}</dt>
        <dd>${host.text(receipt.procedureName)} (${receipt.procedureCode})</dd>
        <dt>${host.t('receipt.received-at')}</dt>
        <dd>${formatVietnamDateTime(host.t, receipt.receivedAt)}</dd>
        <dt>${host.t('receipt.due-at')}</dt>
        <dd>${formatVietnamDateTime(host.t, receipt.dueAt)}</dd>
      </dl>
      <svg class="qr" part="qr" viewBox="0 0 ${side} ${side}" role="img" aria-label=${host.t('receipt.qr', { code: receipt.code })}
        shape-rendering="crispEdges">${svg`${qrRects(qr)}`}</svg>
    </div>
    <p>${host.t('receipt.keep')}</p>
    <button type="button" class="primary no-print" @click=${() => window.print()}>${host.t('receipt.print')}</button>
  </section>`;
}
