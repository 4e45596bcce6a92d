import { defineMessages } from '@dvc-kit/core';

/**
 * Texts of the portal endpoint's own refusals (body, login, envelope, injected faults, the
 * sandbox's own failures), by code. `*.field` is the text of that refusal's field issue.
 */
export const portalRouteMessages = defineMessages({
  vi: {
    'body.not-json': 'Nội dung yêu cầu không phải JSON hợp lệ',
    'body.not-object': 'Nội dung yêu cầu phải là một đối tượng JSON',
    'body.field': 'Nội dung phải là một đối tượng JSON',
    'login.missing': 'Thiếu username hoặc password',
    'login.missing.field': 'bắt buộc, phải là chuỗi ký tự',
    'login.wrong': 'Tên đăng nhập hoặc mật khẩu không đúng',
    'service.missing': 'Thiếu trường service',
    'service.missing.field': 'Trường service: bắt buộc',
    'service.unknown': 'Dịch vụ {service} không tồn tại',
    'session.missing': 'Thiếu phiên làm việc (session)',
    'session.missing.field': 'Trường session: bắt buộc',
    'session.invalid': 'Phiên làm việc không hợp lệ hoặc đã hết hạn, vui lòng đăng nhập lại',
    'agency.unknown': 'Mã đơn vị (madonvi) không hợp lệ: {agency}',
    'agency.missing': 'Mã đơn vị (madonvi) không hợp lệ: (trống)',
    'agency.unknown.field': 'Trường madonvi: phải là mã đơn vị đã biết',
    'lgsp.not-array': 'LGSP nhận một mảng bản ghi JSON',
    'body.too-large': 'Nội dung yêu cầu quá lớn',
    'fault.busy': 'Hệ thống đang bận, vui lòng thử lại sau',
    'fault.rate-limited': 'Vượt quá số lượng yêu cầu cho phép',
    'path.unknown': 'Không tìm thấy đường dẫn',
    internal: 'Lỗi hệ thống của sandbox',
    'internal.observed': 'Lỗi hệ thống',
  },
  en: {
    'body.not-json': 'The request body is not valid JSON',
    'body.not-object': 'The request body must be a JSON object',
    'body.field': 'The body must be a JSON object',
    'login.missing': 'username and password are required',
    'login.missing.field': 'required string',
    'login.wrong': 'Wrong username or password',
    'service.missing': 'Missing field service',
    'service.missing.field': 'Field service: required',
    'service.unknown': 'Unknown service {service}',
    'session.missing': 'Missing session',
    'session.missing.field': 'Field session: required',
    'session.invalid': 'Session invalid or expired; log in again',
    'agency.unknown': 'Unknown unit code (madonvi): {agency}',
    'agency.missing': 'Unknown unit code (madonvi): (empty)',
    'agency.unknown.field': 'Field madonvi: must be a known unit code',
    'lgsp.not-array': 'The LGSP takes a JSON array of records',
    'body.too-large': 'Request body too large',
    'fault.busy': 'Service unavailable, try again later',
    'fault.rate-limited': 'Too many requests',
    'path.unknown': 'Not found',
    internal: 'Sandbox internal error',
    'internal.observed': 'System error',
  },
});

/** The codes of {@link portalRouteMessages}. */
export type PortalRouteMessageCode = (typeof portalRouteMessages.codes)[number];

/**
 * A text of {@link portalRouteMessages} as the portal answer's `message` (Vietnamese) and
 * `message_en` fields, for bodies written outside a `PortalError`.
 */
export function messageFields(code: PortalRouteMessageCode): { message: string; message_en: string } {
  const { vi, en } = portalRouteMessages.localize(code);
  return { message: vi, message_en: en };
}
