import { verifyPaymentConfirm } from '@dvc-kit/core';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { GatewayConfig } from '../config';
import type { GatewayEnv } from '../http/env';
import type { Logger } from '../http/logger';
import type { GatewayStorage, PaymentConfirmation } from '../storage/types';
import { confirmReply, OTHER_ERRORS } from './confirm-reply';
import { paymentMessages } from './messages';

/** Largest CONFIRM body accepted (the message is ~500 bytes). */
const MAX_BODY = 16 * 1024;

const text = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : '');

/**
 * `POST <payment.callbackPath>` (default `/paygov/confirm`): the payment platform's CONFIRM.
 * Verifies the 11-part MaXacThuc over the received text (core's `verifyPaymentConfirm`), records
 * the payment once per MaThamChieu (`storage.recordPayment`; a replay changes nothing) and
 * answers in the observed reply shape, echoing MaXacThuc. An unparsable body gets OCPS's
 * `{return_code:-1, return_msg}`; a bad hash or another partner `99` and HTTP 400, nothing recorded.
 */
export function paymentConfirmRoutes(deps: {
  payment: NonNullable<GatewayConfig['payment']>;
  storage: GatewayStorage;
  logger: Logger;
}): Hono<GatewayEnv> {
  const routes = new Hono<GatewayEnv>();
  const { payment, storage, logger } = deps;
  const limit = bodyLimit({
    maxSize: MAX_BODY,
    onError: (c) => c.json({ return_code: -1, return_msg: 'Body too large' }, 413),
  });
  routes.post(payment.callbackPath, limit, async (c) => {
    const requestId = c.get('requestId');
    let body: unknown;
    try {
      body = JSON.parse(await c.req.text());
    } catch {
      body = undefined;
    }
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      logger.warn('payment.confirm.unparsable', { requestId });
      const unparsable = paymentMessages.localize('confirm.unparsable');
      return c.json({ return_code: -1, return_msg: `${unparsable.vi} / ${unparsable.en}` }, 400);
    }
    const message = body as Record<string, unknown>;
    const reference = text(message.MaThamChieu);
    // A rejected callback is not recorded, but its transaction is named in the log (no personal
    // data in these fields), so an operator can reconcile it with QUERY — nothing is lost silently.
    const named = {
      requestId,
      reference,
      transactionId: text(message.MaGiaoDich),
      resultCode: text(message.MaLoi),
      amount: text(message.SoTien),
    };
    if (reference === '' || !(await verifyPaymentConfirm(message, payment.secret))) {
      logger.warn('payment.confirm.rejected', { ...named, reason: reference === '' ? 'no-reference' : 'signature' });
      return c.json(confirmReply(message, '99', OTHER_ERRORS), 400);
    }
    if (payment.partnerCode !== undefined && message.MaDoiTac !== payment.partnerCode) {
      logger.warn('payment.confirm.rejected', { ...named, reason: 'partner' });
      return c.json(confirmReply(message, '99', OTHER_ERRORS), 400);
    }
    const resultCode = text(message.MaLoi);
    const confirmation: PaymentConfirmation = {
      reference,
      partnerCode: text(message.MaDoiTac),
      // '00' is the only success value known; anything else is a failed payment, kept as received.
      status: resultCode === '00' ? 'paid' : 'failed',
      resultCode,
      amount: text(message.SoTien),
      currency: text(message.MaTienTe),
      transactionId: text(message.MaGiaoDich),
      bankCode: text(message.MaNganHang),
      transactionTime: text(message.ThoiGianGD),
      description: text(message.ThongTinGiaoDich),
      message: JSON.stringify(message),
    };
    let outcome;
    try {
      outcome = await storage.recordPayment(confirmation);
    } catch (error) {
      logger.error('payment.confirm.storage-failed', {
        requestId,
        error: error instanceof Error ? error.message : String(error),
      });
      return c.json(confirmReply(message, '99', OTHER_ERRORS), 503);
    }
    logger.info('payment.confirm.recorded', { requestId, outcome, status: confirmation.status });
    if (confirmation.status !== 'paid')
      return c.json(
        confirmReply(message, resultCode || '99', paymentMessages.localize('confirm.payment-failed', undefined, 'vi')),
      );
    return c.json(confirmReply(message, '00', 'Thành công'));
  });
  return routes;
}
