import { html, svg, type TemplateResult } from 'lit';
import type { DossierReceipt } from '@dvc-kit/client/public';
import { encodeQr } from '../qr/qr-encode';
import { qrRects, qrViewBoxSide } from '../qr/qr-svg';
import { registerLocale } from '../i18n/locale-registry';
import { formatVietnamDateTime, type ReceiptHost } from './format-datetime';
import { receiptMessages } from './receipt-messages';

registerLocale('vi', receiptMessages.vi);
registerLocale('en', receiptMessages.en);

export type { ReceiptHost };
export { formatVietnamDateTime };

/** What the receipt shows besides the gateway's receipt. */
export interface ReceiptExtras {
  /** The 4 digits the look-up asks for (the end of the applicant's phone number). */
  digits?: string | undefined;
  /** Name of the agency that handles the dossier. */
  agencyName?: string | undefined;
  /** The status page, `{code}` standing for the code; the QR code and the link open it. */
  statusUrl?: string | undefined;
}

/** The status page's absolute URL for `code`, or `undefined` without a page. */
export function statusPageUrl(template: string | undefined, code: string): string | undefined {
  if (!template) return undefined;
  try {
    return new URL(template.replace('{code}', encodeURIComponent(code)), document.baseURI).href;
  } catch {
    return undefined;
  }
}

/**
 * The code in pieces that never break inside a number: a narrow screen wraps it after a hyphen,
 * and only a very narrow one (200 % zoom on a phone) also after a dot of the agency part.
 */
const codePieces = (code: string) =>
  code
    .split(/(?<=-)/)
    .map(
      (part, i) =>
        html`${i ? html`<wbr />` : ''}<span class="nowrap">${part.split(/(?<=\.)/).map((piece, j) => html`${j ? html`<wbr />` : ''}${piece}`)}</span>`,
    );

async function copyCode(host: ReceiptHost, code: string, button: HTMLButtonElement): Promise<void> {
  const status = button.parentElement!.querySelector<HTMLElement>('.copy-status')!;
  try {
    await navigator.clipboard.writeText(code);
    status.textContent = host.t('receipt.copied', { code });
  } catch {
    status.textContent = host.t('receipt.copy-failed');
  }
}

/**
 * The appointment receipt (phiếu hẹn trả kết quả): the dossier code (never broken inside a
 * number) with a copy button, the procedure, the agency that handles it, received and due dates
 * in Vietnam time, which 4 digits the status look-up asks for, what happens next, a QR code that
 * opens the status page with the code filled in (SVG, no canvas, no inline styles), a link to
 * that page and a print button. Prints on one A5/A4 page (see `receiptStyles`).
 */
export function renderReceipt(host: ReceiptHost, receipt: DossierReceipt, extras: ReceiptExtras = {}): TemplateResult {
  const link = statusPageUrl(extras.statusUrl, receipt.code);
  let qr;
  try {
    qr = encodeQr(link ?? receipt.code);
  } catch {
    qr = encodeQr(receipt.code); // a status address too long for the QR: the code alone still helps
  }
  const side = qrViewBoxSide(qr);
  const agency = extras.agencyName ?? receipt.agencyCode;
  return html`<section class="receipt" part="receipt" aria-labelledby="receipt-title">
    <h2 id="receipt-title" tabindex="-1">${host.t('receipt.title')}</h2>
    <p class="lead" role="status">${host.t('receipt.lead')}</p>
    <div class="receipt-body">
      <dl>
        <dt>${host.t('receipt.code')}</dt>
        <dd>
          <!-- Shown in pieces that wrap between numbers; read (and found) as one word. -->
          <span class="code" id="receipt-code"><span aria-hidden="true">${codePieces(receipt.code)}</span><span class="visually-hidden">${receipt.code}</span></span>
          <span class="copy no-print">
            <button type="button" @click=${(e: Event) => void copyCode(host, receipt.code, e.currentTarget as HTMLButtonElement)}>${host.t('receipt.copy')}</button>
            <span class="copy-status" role="status"></span>
          </span>
        </dd>
        <dt>${host.t('receipt.procedure')}</dt>
        <dd>${host.text(receipt.procedureName)} (${receipt.procedureCode})</dd>
        <dt>${host.t('receipt.agency')}</dt>
        <dd>${agency}</dd>
        <dt>${host.t('receipt.received-at')}</dt>
        <dd>${formatVietnamDateTime(host.t, receipt.receivedAt)}</dd>
        <dt>${host.t('receipt.due-at')}</dt>
        <dd>${formatVietnamDateTime(host.t, receipt.dueAt)}</dd>
      </dl>
      <figure class="qr-box">
        <svg class="qr" part="qr" viewBox="0 0 ${side} ${side}" role="img"
          aria-label=${host.t(link ? 'receipt.qr' : 'receipt.qr-code', { code: receipt.code })} shape-rendering="crispEdges">${svg`${qrRects(qr)}`}</svg>
        ${link ? html`<figcaption class="hint">${host.t('receipt.qr-hint')}</figcaption>` : ''}
      </figure>
    </div>
    <p class="keep"><strong>${extras.digits ? host.t('receipt.keep-digits', { digits: extras.digits }) : host.t('receipt.keep')}</strong></p>
    <h3>${host.t('receipt.next')}</h3>
    <p>${host.t('receipt.next-body', { agency: extras.agencyName ?? host.t('receipt.the-agency') })}</p>
    <div class="actions no-print">
      ${link ? html`<a class="button" href=${link}>${host.t('receipt.status-link')}</a>` : ''}
      <button type="button" class="primary" @click=${() => window.print()}>${host.t('receipt.print')}</button>
    </div>
  </section>`;
}
