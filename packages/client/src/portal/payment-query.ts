import { PAYMENT_INIT_DEFAULTS, formatWireDate, signPaymentQuery } from '@dvc-kit/core';
import type { Unknown } from '@dvc-kit/core';
import { PaymentPlatformError } from '../errors/payment-platform-error';
import type { HttpEngine } from '../http/engine';
import type { CallOptions } from '../http/types';
import { endpointOrThrow, isRecord, wireText } from './own-endpoint';
import { authHeaders, platformAnswer, settingsOrThrow } from './payment-services';
import type { PaymentSettings } from './payment-services';
import { portalMessages } from './messages';

/** Which payment QUERY or GET_BILL asks about: the values of its INIT. */
export interface PaymentQueryRequest {
  /** Mã tham chiếu of the INIT — wire: MaThamChieu */
  reference: string;
  /**
   * ThoiGianGD of the INIT exactly as sent (`PaymentSession.transactionTime`); a `Date` is
   * formatted `yyyyMMddHHmmss`. GET_BILL: OCPS sends the CONFIRM's time instead — pass it here. — wire: ThoiGianGD
   */
  transactionTime: string | Date;
  /** Phiên bản — wire: PhienBan. @default '1.0.6' */
  version?: string;
}

/** Transaction state — wire TrangThaiGD: `1` paid, `3` pending (the platform does not know yet), `4` failed, else `unknown:<value>`. */
export type PaymentState = 'paid' | 'pending' | 'failed' | Unknown;

/** The platform's answer to QUERY (flat, paygov-query corpus file). */
export interface PaymentStatus {
  /** Trạng thái giao dịch — wire: TrangThaiGD */
  state: PaymentState;
  /** Mã tham chiếu — wire: MaThamChieu */
  reference: string;
  /** Số tiền, đồng (a JSON number here) — wire: SoTien */
  amount?: number;
  /** Mã giao dịch of the platform — wire: MaGiaoDich */
  transactionId?: string;
  /** Mã ngân hàng — wire: MaNganHang */
  bankCode?: string;
  /** ThoiGianGD of the answer, as received — wire: ThoiGianGD */
  transactionTime?: string;
  /** The whole answer, kept as received (its MaXacThuc formula is not public, so it is not checked). */
  answer: Record<string, unknown>;
}

/** The receipt GET_BILL returned: PDF bytes (TH) or a JSON answer (OCPS), kept whole. */
export type PaymentBill = { type: 'pdf'; content: Uint8Array } | { type: 'json'; answer: unknown };

const STATES: Record<string, PaymentState> = { '1': 'paid', '3': 'pending', '4': 'failed' };

async function signed(settings: PaymentSettings, messageType: string, request: PaymentQueryRequest) {
  const message = {
    messageType,
    version: request.version ?? PAYMENT_INIT_DEFAULTS.version,
    partnerCode: settings.partnerCode,
    reference: request.reference,
    transactionTime: request.transactionTime,
  };
  const signature = await signPaymentQuery(message, settings.secret);
  return {
    LoaiBanTin: message.messageType,
    PhienBan: message.version,
    MaDoiTac: message.partnerCode,
    MaThamChieu: message.reference,
    // The exact INIT text when given; a Date in the integration format otherwise.
    ThoiGianGD:
      typeof request.transactionTime === 'string' ? request.transactionTime : formatWireDate(request.transactionTime),
    MaXacThuc: signature,
  };
}

/**
 * The state of a payment (PayGov QUERY, 5-part MaXacThuc). A read: resent after unclear outcomes.
 * `MaLoi` ≠ `00` is a {@link PaymentPlatformError}; an unknown TrangThaiGD is `unknown:<value>`.
 *
 * @example
 * const status = await portal.queryPayment({ reference: session.reference, transactionTime: session.transactionTime });
 * if (status.state === 'paid') markPaid();
 */
export async function queryPayment(
  engine: HttpEngine | undefined,
  settings: PaymentSettings | undefined,
  request: PaymentQueryRequest,
  options?: CallOptions,
): Promise<PaymentStatus> {
  const service = 'PayGov.QUERY';
  const partner = settingsOrThrow(settings, service);
  const http = endpointOrThrow(engine, 'payment', service);
  const json = await signed(partner, 'QUERY', request);
  const result = await http.send({
    ...options,
    method: 'POST',
    path: partner.queryPath ?? 'query',
    json,
    headers: await authHeaders(partner),
    safe: true,
    service,
  });
  const answer = platformAnswer(result, service);
  const stateText = wireText(answer.TrangThaiGD) ?? '';
  const amount = wireText(answer.SoTien);
  const optional = (key: string, value: string | undefined) => (value !== undefined ? { [key]: value } : {});
  return {
    state: STATES[stateText] ?? `unknown:${stateText}`,
    reference: wireText(answer.MaThamChieu) ?? request.reference,
    ...(amount !== undefined && /^\d+$/.test(amount) ? { amount: Number(amount) } : {}),
    ...optional('transactionId', wireText(answer.MaGiaoDich)),
    ...optional('bankCode', wireText(answer.MaNganHang)),
    ...optional('transactionTime', wireText(answer.ThoiGianGD)),
    answer,
  };
}

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46]; // %PDF

/**
 * The e-receipt of a payment (PayGov GET_BILL, the same 5-part MaXacThuc as QUERY). Returns
 * the bytes when the body starts with `%PDF` or says `application/pdf`, else the parsed JSON
 * kept whole; anything else is a {@link PaymentPlatformError} keeping the body.
 */
export async function getPaymentBill(
  engine: HttpEngine | undefined,
  settings: PaymentSettings | undefined,
  request: PaymentQueryRequest,
  options?: CallOptions,
): Promise<PaymentBill> {
  const service = 'PayGov.GET_BILL';
  const partner = settingsOrThrow(settings, service);
  const http = endpointOrThrow(engine, 'payment', service);
  const json = await signed(partner, 'GET_BILL', request);
  const result = await http.send({
    ...options,
    method: 'POST',
    path: partner.billPath ?? 'getBill',
    json,
    headers: await authHeaders(partner),
    safe: true,
    service,
    binary: true,
  });
  const details = { service, requestId: result.requestId, attempts: result.attempts, status: result.status };
  const data = result.data;
  if (result.status >= 300)
    throw new PaymentPlatformError(
      portalMessages.localize('portal.http-status', { status: result.status }),
      { body: data },
      details,
    );
  if (data instanceof Uint8Array) {
    const pdf =
      /application\/pdf/i.test(result.headers.get('content-type') ?? '') || PDF_MAGIC.every((b, i) => data[i] === b);
    if (pdf) return { type: 'pdf', content: data };
    const text = new TextDecoder().decode(data);
    try {
      return { type: 'json', answer: JSON.parse(text) as unknown };
    } catch {
      throw new PaymentPlatformError(portalMessages.localize('portal.not-pdf-or-json'), { body: text }, details);
    }
  }
  if (isRecord(data) || Array.isArray(data)) return { type: 'json', answer: data };
  throw new PaymentPlatformError(portalMessages.localize('portal.empty-answer'), { body: data }, details);
}
