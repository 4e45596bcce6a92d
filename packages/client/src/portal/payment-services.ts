import { PAYMENT_INIT_DEFAULTS, PORTAL_SERVICES, encodePaymentInit, formatWireDate, signPaymentCallback, signPaymentInit } from '@dvc-kit/core';
import type { PaymentInit, Unknown } from '@dvc-kit/core';
import * as z from 'zod/mini';
import { RequestValidationError } from '../errors/request-validation-error';
import type { CallOptions } from '../http/types';
import { parseOrThrow, resultList } from './decode-result';
import { encodeOrThrow } from './encode';
import type { PortalTransport } from './portal-transport';
import { resendUntilDone } from './reliable-write';
import type { ReliableWriteOptions } from './reliable-write';

/** The partner settings of the portal's payment platform (`payment` option of the client). */
export interface PaymentSettings {
  /** Mã đối tác — the province's partner code — wire: MaDoiTac */
  partnerCode: string;
  /** Partner secret key that signs MaXacThuc. Only its SHA-256 digest leaves the client; it is never logged. */
  secret: string;
}

type Defaults = keyof typeof PAYMENT_INIT_DEFAULTS;

/**
 * An INIT message to send: core's `PaymentInit` without `signature` (computed), with the
 * fixed fields optional (`PAYMENT_INIT_DEFAULTS`) and `partnerCode` defaulting to the client's.
 */
export type PaymentInitRequest = Omit<PaymentInit, 'signature' | 'partnerCode' | Defaults> &
  Partial<Pick<PaymentInit, 'partnerCode' | Defaults>>;

/** The payment platform's answer to an INIT. */
export interface PaymentSession {
  /** Mã tham chiếu — wire: MaThamChieu */
  reference: string;
  /** Mã giao dịch of the platform — wire: MaGiaoDich */
  transactionId: string;
  /** Where to send the payer — wire: UrlThanhToan */
  paymentUrl: string;
}

/** A payment confirmation to send (`XacNhanThanhToan`). */
export interface PaymentConfirmRequest {
  /** Mã tham chiếu of the INIT — wire: MaThamChieu */
  reference: string;
  /** Thời gian giao dịch — wire: ThoiGianGD. @default now */
  transactionAt?: Date;
  /** Loại bản tin — wire: LoaiBanTin. @default 'CONFIRM' (DVC Kit's choice; the portal's value is not public) */
  messageType?: string;
  /** Phiên bản — wire: PhienBan. @default '1.0.6' */
  version?: string;
}

/** Payment state: `paid` (wire `DA_THANH_TOAN`), `pending` (`CHO_THANH_TOAN`), or an unknown wire value. */
export type PaymentState = 'paid' | 'pending' | Unknown;

/** One payment of a dossier (`TraCuuThanhToan`, and the answer of `XacNhanThanhToan`). */
export interface PaymentStatus {
  /** Mã tham chiếu — wire: MaThamChieu */
  reference: string;
  /** Số tiền, đồng — wire: SoTien */
  amount: number;
  /** Trạng thái — wire: TrangThai */
  state: PaymentState;
  /** Mã hồ sơ — wire: MaHoSo (sent with confirmations) */
  dossierCode?: string;
}

const amount = z.pipe(
  z.union([z.string().check(z.regex(/^\d+$/)), z.int().check(z.minimum(0))]),
  z.transform((v) => Number(v)),
);
const state = z.pipe(
  z.string(),
  z.transform((s): PaymentState => (s === 'DA_THANH_TOAN' ? 'paid' : s === 'CHO_THANH_TOAN' ? 'pending' : `unknown:${s}`)),
);
const statusAnswer = z.pipe(
  z.looseObject({ MaThamChieu: z.string(), SoTien: amount, TrangThai: state, MaHoSo: z.optional(z.string()) }),
  z.transform((r): PaymentStatus => ({
    reference: r.MaThamChieu,
    amount: r.SoTien,
    state: r.TrangThai,
    ...(r.MaHoSo !== undefined ? { dossierCode: r.MaHoSo } : {}),
  })),
);
const sessionAnswer = z.pipe(
  z.looseObject({ MaThamChieu: z.string(), MaGiaoDich: z.string(), UrlThanhToan: z.string() }),
  z.transform((r): PaymentSession => ({ reference: r.MaThamChieu, transactionId: r.MaGiaoDich, paymentUrl: r.UrlThanhToan })),
);

function settingsOrThrow(settings: PaymentSettings | undefined, service: string): PaymentSettings {
  if (settings?.secret && settings.partnerCode) return settings;
  throw new RequestValidationError(
    [{ path: 'payment', code: 'required', messages: { vi: 'Thiếu mã đối tác hoặc khóa bí mật thanh toán (tùy chọn payment).', en: 'The payment partner code or secret (option `payment`) is missing.' } }],
    { service },
  );
}

/**
 * Starts an online payment (`KhoiTaoThanhToan`, sandbox name): fills the fixed INIT fields,
 * signs MaXacThuc with core's `signPaymentInit` and the partner secret, validates and sends it.
 * Starting a payment is not repeatable (a reference is used once), so an unclear outcome
 * is not resent: it throws with `maybeDelivered: true` — check with `lookupPayment`.
 */
export async function initPayment(
  transport: PortalTransport,
  settings: PaymentSettings | undefined,
  request: PaymentInitRequest,
  options?: CallOptions,
): Promise<PaymentSession> {
  const service = PORTAL_SERVICES.paymentInit;
  const { secret, partnerCode } = settingsOrThrow(settings, service);
  const message = { ...PAYMENT_INIT_DEFAULTS, ...request, partnerCode: request.partnerCode ?? partnerCode };
  // Validate before signing: signing reads fields a bad model may lack.
  encodeOrThrow(encodePaymentInit, { ...message, signature: '' }, service);
  const wire = encodeOrThrow(encodePaymentInit, { ...message, signature: await signPaymentInit(message, secret) }, service);
  const answer = await transport.call(service, wire as unknown as Record<string, unknown>, { ...options, write: true });
  return parseOrThrow(sessionAnswer, answer.result, service, answer.requestId);
}

/**
 * Confirms a payment (`XacNhanThanhToan`, sandbox name), signed with core's
 * `signPaymentCallback`. Confirming twice is harmless, so unclear outcomes are resent.
 */
export async function confirmPayment(
  transport: PortalTransport,
  settings: PaymentSettings | undefined,
  request: PaymentConfirmRequest,
  options?: ReliableWriteOptions & CallOptions,
): Promise<PaymentStatus> {
  const service = PORTAL_SERVICES.paymentConfirm;
  const { secret, partnerCode } = settingsOrThrow(settings, service);
  const message = {
    messageType: request.messageType ?? 'CONFIRM',
    version: request.version ?? PAYMENT_INIT_DEFAULTS.version,
    partnerCode,
    reference: request.reference,
    transactionAt: request.transactionAt ?? new Date(),
  };
  if (Number.isNaN(message.transactionAt.getTime())) {
    throw new RequestValidationError([{ path: 'ThoiGianGD', code: 'wire.date', messages: { vi: 'Thời gian giao dịch không hợp lệ.', en: 'Invalid transaction time.' } }], { service });
  }
  const payload = {
    LoaiBanTin: message.messageType,
    PhienBan: message.version,
    MaDoiTac: partnerCode,
    MaThamChieu: message.reference,
    ThoiGianGD: formatWireDate(message.transactionAt),
    MaXacThuc: await signPaymentCallback(message, secret),
  };
  const answer = await resendUntilDone(() => transport.call(service, payload, { ...options, write: true }), options);
  return parseOrThrow(statusAnswer, answer.result, service, answer.requestId);
}

/** The payments of a dossier (`TraCuuThanhToan`, sandbox name), oldest first; none is `[]`. */
export async function lookupPayment(transport: PortalTransport, dossierCode: string, options?: CallOptions): Promise<PaymentStatus[]> {
  const service = PORTAL_SERVICES.paymentLookup;
  const answer = await transport.call(service, { MaHoSo: dossierCode }, options);
  return resultList(answer.result).map((r) => parseOrThrow(statusAnswer, r, service, answer.requestId));
}
