import { defineMessages } from '@dvc-kit/core';

/**
 * Texts of the gateway's own replies to the payment platform's CONFIRM callback. The corpus's
 * protocol values (`Thành công`, `Các lỗi khác`) stay constants in `confirm-reply.ts`. A reply's
 * MoTaLoi is Vietnamese (the platform's language); an unparsable body gets both languages.
 */
export const paymentMessages = defineMessages({
  vi: {
    'confirm.unparsable': 'Không đọc được nội dung',
    'confirm.payment-failed': 'Giao dịch không thành công',
  },
  en: {
    'confirm.unparsable': 'Unparsable body',
    'confirm.payment-failed': 'Payment failed',
  },
});
