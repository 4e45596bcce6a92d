import { defineMessages } from '@dvc-kit/core';

/**
 * Texts of the simulated payment platform's refusals (`MoTaLoi` / `message`), by code. The
 * platform answers in Vietnamese only, so only `vi` goes on the wire; `en` says the same for
 * readers of this code and its tests.
 */
export const payGovMessages = defineMessages({
  vi: {
    'partner.token': 'Cần mã truy cập của đối tác (Bearer)',
    'body.not-object': 'Nội dung phải là đối tượng JSON',
    'message.type': 'LoaiBanTin phải là "{type}"',
    'signature.invalid': 'Mã xác thực không hợp lệ',
    'amount.invalid': 'SoTien phải là số nguyên dương',
    'time.invalid': 'ThoiGianGD phải gồm 14 chữ số',
    'time.mismatch': 'ThoiGianGD không khớp với giao dịch',
    'reference.missing': 'Thiếu MaThamChieu',
    'transaction.exists': 'Giao dịch {reference} đã tồn tại',
    'transaction.missing': 'Không tìm thấy giao dịch {reference}',
    'transaction.unpaid': 'Giao dịch chưa được thanh toán',
  },
  en: {
    'partner.token': 'The partner access token (Bearer) is required',
    'body.not-object': 'The body must be a JSON object',
    'message.type': 'LoaiBanTin must be "{type}"',
    'signature.invalid': 'Invalid MaXacThuc',
    'amount.invalid': 'SoTien must be a positive whole number',
    'time.invalid': 'ThoiGianGD must be 14 digits',
    'time.mismatch': 'ThoiGianGD does not match the transaction',
    'reference.missing': 'MaThamChieu is missing',
    'transaction.exists': 'Transaction {reference} already exists',
    'transaction.missing': 'Transaction {reference} not found',
    'transaction.unpaid': 'The transaction is not paid',
  },
});

/** The codes of {@link payGovMessages}. */
export type PayGovMessageCode = (typeof payGovMessages.codes)[number];
