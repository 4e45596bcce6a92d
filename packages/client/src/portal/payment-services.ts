import { PAYMENT_INIT_DEFAULTS, paymentInitCodec, signPaymentInit } from '@dvc-kit/core';
import type { PaymentInit } from '@dvc-kit/core';
import { ConnectionError } from '../errors/connection-error';
import { PaymentPlatformError } from '../errors/payment-platform-error';
import { RequestValidationError } from '../errors/request-validation-error';
import type { HttpEngine } from '../http/engine';
import type { CallOptions, HttpResult } from '../http/types';
import { encodeOrThrow } from './encode';
import { endpointOrThrow, isRecord, wireText } from './own-endpoint';
import type { OwnEndpointSettings } from './own-endpoint';
import { portalMessages } from './messages';

/**
 * The payment platform (Nền tảng thanh toán DVCQG, "PayGov"): its own URL, the partner code
 * and secret that sign MaXacThuc, and the partner access token (paygov-* corpus files).
 * The real URLs come from the platform's connection papers; the default paths are the sandbox's.
 */
export interface PaymentSettings extends OwnEndpointSettings {
  /** Mã đối tác — the province's partner code — wire: MaDoiTac */
  partnerCode: string;
  /** Partner secret key that signs MaXacThuc. Only its SHA-256 digest leaves the client; it is never logged. */
  secret: string;
  /**
   * Partner access token, sent as `Authorization: Bearer <token>` (TH sends one when configured;
   * OCPS sends none). A function is asked before every request, so it may refresh the token.
   * @default none (no Authorization header)
   */
  accessToken?: string | (() => string | Promise<string>);
  /** Path of INIT under `baseUrl`. @default 'init' */
  initPath?: string;
  /** Path of QUERY under `baseUrl`. @default 'query' */
  queryPath?: string;
  /** Path of GET_BILL under `baseUrl`. @default 'getBill' */
  billPath?: string;
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
  /** Mã tham chiếu sent — wire: MaThamChieu */
  reference: string;
  /** Where to send the payer — wire: UrlThanhToan */
  paymentUrl: string;
  /** ThoiGianGD exactly as sent: QUERY and GET_BILL must re-send and hash this text — wire: ThoiGianGD */
  transactionTime: string;
  /** The platform's own answer (the parsed `message` of the LGSP wrapping, or the flat object), kept whole. */
  answer: Record<string, unknown>;
}

const SERVICE_INIT = 'PayGov.INIT';

/** The partner settings, or a `RequestValidationError` naming the missing option. */
export function settingsOrThrow(settings: PaymentSettings | undefined, service: string): PaymentSettings {
  if (settings?.secret && settings.partnerCode) return settings;
  throw new RequestValidationError(
    [
      {
        path: 'payment',
        code: 'required',
        messages: portalMessages.localize('portal.payment-settings-missing'),
      },
    ],
    { service },
  );
}

/** `Authorization: Bearer …` when an access token is configured. */
export async function authHeaders(settings: PaymentSettings): Promise<Record<string, string>> {
  const token = typeof settings.accessToken === 'function' ? await settings.accessToken() : settings.accessToken;
  return token ? { authorization: `Bearer ${token}` } : {};
}

/**
 * The platform's own answer inside what came back: the LGSP wrapping `{error_code, message:"<JSON>"}`
 * (TH) is unwrapped; a flat object (OCPS) is taken as it is. `error_code` ≠ 0, a `message` that is
 * not a JSON object, `MaLoi` ≠ `00` or any other shape is a {@link PaymentPlatformError} keeping the body.
 */
export function platformAnswer(result: HttpResult, service: string): Record<string, unknown> {
  const details = { service, requestId: result.requestId, attempts: result.attempts, status: result.status };
  const body = result.data;
  const fail = (vi: string, en: string, code?: string, text?: string): never => {
    throw new PaymentPlatformError(
      { vi, en },
      {
        ...(code !== undefined ? { platformCode: code } : {}),
        ...(text !== undefined ? { platformMessage: text } : {}),
        body,
      },
      details,
    );
  };
  if (result.status >= 300) {
    const code = isRecord(body) ? wireText(body.MaLoi ?? body.error_code) : undefined;
    const text = isRecord(body) ? wireText(body.MoTaLoi ?? body.message) : typeof body === 'string' ? body : undefined;
    fail(`mã HTTP ${result.status}`, `HTTP status ${result.status}`, code, text);
  }
  if (!isRecord(body)) return fail('phản hồi không phải một đối tượng JSON', 'the answer is not a JSON object');
  let inner: Record<string, unknown> = body;
  if (body.error_code !== undefined && body.MaLoi === undefined) {
    const code = wireText(body.error_code) ?? '';
    const message = wireText(body.message);
    if (code.trim() === '' || Number(code) !== 0) fail('error_code khác 0', 'error_code is not 0', code, message);
    let parsed: unknown = body.message;
    if (typeof parsed === 'string') {
      try {
        parsed = JSON.parse(parsed);
      } catch {
        fail('message không phải JSON', 'message is not JSON', code, message);
      }
    }
    if (!isRecord(parsed))
      return fail('message không phải một đối tượng JSON', 'message is not a JSON object', code, message);
    inner = parsed;
  } else if (body.MaLoi === undefined) {
    fail('phản hồi không có MaLoi hay error_code', 'the answer has neither MaLoi nor error_code');
  }
  const maLoi = inner.MaLoi === undefined ? undefined : wireText(inner.MaLoi);
  if (inner.MaLoi !== undefined && maLoi !== '00')
    fail('MaLoi khác "00"', 'MaLoi is not "00"', maLoi ?? String(inner.MaLoi), wireText(inner.MoTaLoi));
  return inner;
}

/**
 * Starts an online payment (PayGov INIT, POSTed to the platform's own URL): fills the fixed
 * fields, signs the 15-part MaXacThuc with core's `signPaymentInit`, validates and sends it with
 * the partner's Bearer token. Accepts both observed answers (INIT response corpus). A reference
 * is used once, so an unclear outcome is not resent: it throws `ConnectionError` with
 * `maybeDelivered: true` — ask {@link queryPayment} with the same reference and time.
 */
export async function initPayment(
  engine: HttpEngine | undefined,
  settings: PaymentSettings | undefined,
  request: PaymentInitRequest,
  options?: CallOptions,
): Promise<PaymentSession> {
  const service = SERVICE_INIT;
  const { secret, partnerCode, initPath } = settingsOrThrow(settings, service);
  const http = endpointOrThrow(engine, 'payment', service);
  const message = { ...PAYMENT_INIT_DEFAULTS, ...request, partnerCode: request.partnerCode ?? partnerCode };
  // Validate before signing: signing reads fields a bad model may lack.
  encodeOrThrow(paymentInitCodec, { ...message, signature: '' }, service);
  const wire = encodeOrThrow(
    paymentInitCodec,
    { ...message, signature: await signPaymentInit(message, secret) },
    service,
  );
  const headers = await authHeaders(settings as PaymentSettings);
  const result = await http.send({
    ...options,
    method: 'POST',
    path: initPath ?? 'init',
    json: wire,
    headers,
    safe: false,
    service,
  });
  if (result.status >= 500) {
    throw new ConnectionError({
      service,
      requestId: result.requestId,
      attempts: result.attempts,
      status: result.status,
      maybeDelivered: true,
    });
  }
  const answer = platformAnswer(result, service);
  const paymentUrl = wireText(answer.UrlThanhToan);
  if (!paymentUrl) {
    throw new PaymentPlatformError(
      portalMessages.localize('portal.payment-url-missing'),
      { body: result.data },
      { service, requestId: result.requestId, attempts: result.attempts, status: result.status },
    );
  }
  return { reference: wire.MaThamChieu, paymentUrl, transactionTime: wire.ThoiGianGD, answer };
}
