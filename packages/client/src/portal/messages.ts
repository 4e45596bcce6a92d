import { defineMessages } from '@dvc-kit/core';

/**
 * Vietnamese and English texts of the portal client's own checks: why an answer of the result
 * store (Kho) or the payment platform (PayGov) cannot be used, and which option is missing.
 * Reasons are fragments that the error's own message (`client.store`, `client.payment-platform`)
 * wraps. Kept apart from `errors/messages.ts` so the browser's `./public` bundle does not carry them.
 *
 * @example
 * ```ts
 * portalMessages.localize('portal.http-status', { status: 502 }); // { vi: 'mã HTTP 502', en: 'HTTP status 502' }
 * ```
 */
export const portalMessages = defineMessages({
  vi: {
    'portal.http-status': 'mã HTTP {status}',
    'portal.not-pdf-or-json': 'phản hồi không phải PDF hay JSON',
    'portal.empty-answer': 'phản hồi rỗng',
    'portal.not-json-object': 'phản hồi không phải một đối tượng JSON',
    'portal.not-base64-answer': 'phản hồi không phải chuỗi base64',
    'portal.empty-file': 'tệp rỗng',
    'portal.not-base64-string': 'chuỗi không phải base64',
    'portal.payment-url-missing': 'thiếu UrlThanhToan',
    'portal.payment-settings-missing': 'Thiếu mã đối tác hoặc khóa bí mật thanh toán (tùy chọn payment).',
    'portal.endpoint-missing': 'Chưa cấu hình địa chỉ dịch vụ (tùy chọn {option}.baseUrl).',
    'portal.error-code-missing': 'Thiếu error_code.',
    'portal.steps-not-list': '{field} phải là một danh sách',
    'portal.unexpected': 'Lỗi không xác định.',
  },
  en: {
    'portal.http-status': 'HTTP status {status}',
    'portal.not-pdf-or-json': 'the answer is neither PDF nor JSON',
    'portal.empty-answer': 'the answer is empty',
    'portal.not-json-object': 'the answer is not a JSON object',
    'portal.not-base64-answer': 'the answer is not a base64 string',
    'portal.empty-file': 'the file is empty',
    'portal.not-base64-string': 'the string is not base64',
    'portal.payment-url-missing': 'UrlThanhToan is missing',
    'portal.payment-settings-missing': 'The payment partner code or secret (option `payment`) is missing.',
    'portal.endpoint-missing': 'The service address (option `{option}.baseUrl`) is not configured.',
    'portal.error-code-missing': 'error_code is missing.',
    'portal.steps-not-list': '{field} must be a list',
    'portal.unexpected': 'Unexpected error.',
  },
});
