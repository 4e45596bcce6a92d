import { defineMessages } from '@dvc-kit/core';

/**
 * Texts of the HTTP layer: bad requests, limits, unknown paths, readiness. Codes are the
 * problems' stable `code`s (`request.issue.*` name the field texts of a failed validation).
 */
export const httpMessages = defineMessages({
  vi: {
    'request.too-large': 'Dữ liệu gửi lên quá lớn (tối đa {max} byte).',
    'request.invalid': 'Yêu cầu có dữ liệu không hợp lệ.',
    'request.required': 'Thiếu trường "{path}".',
    'request.issue.invalid_type': 'Sai kiểu dữ liệu ("{path}").',
    'request.issue.too_small': 'Giá trị quá ngắn hoặc quá nhỏ ("{path}").',
    'request.issue.too_big': 'Giá trị quá dài hoặc quá lớn ("{path}").',
    'request.issue.invalid_format': 'Sai định dạng ("{path}").',
    'request.issue.invalid_value': 'Giá trị không được chấp nhận ("{path}").',
    'request.issue.invalid_union': 'Giá trị không đúng dạng nào được chấp nhận ("{path}").',
    'request.issue.unrecognized_keys': 'Có trường không được biết ("{path}").',
    'request.issue.other': 'Giá trị không hợp lệ ("{path}").',
    'request.not-json': 'Dữ liệu phải gửi dạng application/json.',
    'request.malformed-json': 'Dữ liệu gửi lên không phải JSON hợp lệ.',
    'request.invalid-text': 'Có ký tự không hợp lệ (ký tự điều khiển hoặc ký tự đảo chiều văn bản).',
    internal: 'Hệ thống đang gặp sự cố. Vui lòng thử lại sau.',
    'http.bad-request': 'Yêu cầu không hợp lệ.',
    'http.not-found': 'Không tìm thấy địa chỉ này.',
    'gateway.not-ready': 'Gateway chưa sẵn sàng phục vụ.',
    'readiness.check': 'Thành phần "{name}" chưa sẵn sàng.',
    'cors.origin-refused.fix':
      'Nếu {origin} là trang web của đơn vị, thêm địa chỉ này vào GATEWAY_ALLOWED_ORIGINS (cách nhau bằng dấu phẩy) rồi khởi động lại gateway: GATEWAY_ALLOWED_ORIGINS={list}',
  },
  en: {
    'request.too-large': 'The request body is too large (at most {max} bytes).',
    'request.invalid': 'The request has invalid values.',
    'request.required': '"{path}" is required.',
    'request.issue.invalid_type': '{detail} ("{path}").',
    'request.issue.too_small': '{detail} ("{path}").',
    'request.issue.too_big': '{detail} ("{path}").',
    'request.issue.invalid_format': '{detail} ("{path}").',
    'request.issue.invalid_value': '{detail} ("{path}").',
    'request.issue.invalid_union': '{detail} ("{path}").',
    'request.issue.unrecognized_keys': '{detail} ("{path}").',
    'request.issue.other': '{detail} ("{path}").',
    'request.not-json': 'Send the body as application/json.',
    'request.malformed-json': 'The request body is not valid JSON.',
    'request.invalid-text': 'Contains a character that is not allowed (a control or text-direction character).',
    internal: 'Something went wrong on our side. Please try again later.',
    'http.bad-request': 'Bad request.',
    'http.not-found': 'No such resource.',
    'gateway.not-ready': 'The gateway is not ready.',
    'readiness.check': 'Dependency "{name}" is not ready.',
    'cors.origin-refused.fix':
      'If {origin} is your site, add it to GATEWAY_ALLOWED_ORIGINS (comma-separated) and restart the gateway: GATEWAY_ALLOWED_ORIGINS={list}',
  },
});
