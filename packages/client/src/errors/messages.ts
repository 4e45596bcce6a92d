import { defineMessages } from '@dvc-kit/core';
import type { Localized, MessageParams } from '@dvc-kit/core';

/**
 * Vietnamese and English texts of the client's errors, keyed by their stable code (and a few
 * texts the errors are built from: `client.invalid-json`, `client.invalid-value`).
 * `{name}` placeholders are filled from the params of `localize`.
 *
 * @example
 * ```ts
 * clientMessageBook.localize('client.rate-limit', { seconds: 30 }, 'en'); // 'The server is busy; try again in 30 seconds.'
 * ```
 */
export const clientMessageBook = defineMessages({
  vi: {
    'client.portal': 'Cổng Dịch vụ công quốc gia báo lỗi {portalCode}: {portalMessage}',
    'client.auth': 'Không đăng nhập được vào Cổng Dịch vụ công quốc gia, hoặc phiên làm việc đã hết hạn.',
    'client.rate-limit': 'Máy chủ đang quá tải, vui lòng thử lại sau {seconds} giây.',
    'client.connection': 'Không kết nối được tới máy chủ{status}.',
    'client.timeout': 'Máy chủ không phản hồi trong thời gian cho phép.',
    'client.abort': 'Yêu cầu đã bị huỷ.',
    'client.response-validation': 'Dữ liệu máy chủ trả về không đúng định dạng.',
    'client.request-validation': 'Dữ liệu gửi đi không hợp lệ.',
    'client.problem': 'Máy chủ trả lỗi (mã HTTP {status}).',
    'client.store': 'Kho quản lý dữ liệu điện tử trả lời không dùng được: {reason}',
    'client.payment-platform': 'Nền tảng thanh toán trả lời không thành công ({platformCode}): {reason}',
    'client.dossier-code-taken':
      'Mã hồ sơ {code} đã có trên Cổng Dịch vụ công quốc gia nhưng không phải hồ sơ của hệ thống này; hồ sơ trên Cổng không bị ghi đè.',
    'client.wire-not-model':
      'Cần dữ liệu theo mô hình của DVC Kit (tên trường camelCase) nhưng nhận được bản ghi theo định dạng của Cổng ({fields}). Hãy chuyển bằng decodeWire của @dvc-kit/core (ví dụ decodeWire(dossierCodec, banGhi)) hoặc đổi tên trường.',
    'client.invalid-json': 'Phản hồi không phải JSON hợp lệ.',
    'client.invalid-value': 'Giá trị không hợp lệ ({code})',
  },
  en: {
    'client.portal': 'The National Public Service Portal returned error {portalCode}: {portalMessage}',
    'client.auth': 'Could not log in to the National Public Service Portal, or the session has expired.',
    'client.rate-limit': 'The server is busy; try again in {seconds} seconds.',
    'client.connection': 'Could not reach the server{status}.',
    'client.timeout': 'The server did not answer in time.',
    'client.abort': 'The request was cancelled.',
    'client.response-validation': 'The server answered with data in an unexpected format.',
    'client.request-validation': 'The data to send is not valid.',
    'client.problem': 'The server returned an error (HTTP status {status}).',
    'client.store': 'The result store (Kho) gave an answer that cannot be used: {reason}',
    'client.payment-platform': 'The payment platform did not succeed ({platformCode}): {reason}',
    'client.dossier-code-taken':
      "The dossier code {code} is already on the National Public Service Portal but is not this system's dossier; the portal's dossier was not overwritten.",
    'client.wire-not-model':
      "Expected a DVC Kit model (camelCase field names) but got a record in the portal's wire format ({fields}). Convert it with @dvc-kit/core's decodeWire (e.g. decodeWire(dossierCodec, record)) or rename the fields.",
    'client.invalid-json': 'The response is not valid JSON.',
    'client.invalid-value': '{message}',
  },
});

/**
 * The texts of {@link clientMessageBook} by language, as before the book existed.
 *
 * @deprecated Use `clientMessageBook.texts` (or `clientMessageBook.localize`).
 */
export const clientMessages = clientMessageBook.texts;

/** Code of any text in {@link clientMessageBook}. */
export type ClientMessageCode = (typeof clientMessageBook.codes)[number];

/** Stable code of a client error. */
export type ClientErrorCode = Exclude<ClientMessageCode, 'client.invalid-json' | 'client.invalid-value'>;

/**
 * The vi/en message of `code` with `{name}` placeholders replaced by `params`: a thin use of
 * {@link clientMessageBook}.
 */
export function clientMessage(code: ClientMessageCode, params: MessageParams = {}): Localized {
  return clientMessageBook.localize(code, params);
}
