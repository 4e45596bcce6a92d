/**
 * Strings every gateway-backed widget shares: request failures. Registered (vi, en) when the widget's module loads, so other widgets'
 * bundles do not carry them; a locale pack may translate any key.
 */
export const requestMessages = {
  vi: {
    'request.no-endpoint': 'Chưa cấu hình địa chỉ máy chủ (endpoint). Vui lòng báo quản trị trang web.',
    'request.offline': 'Không kết nối được máy chủ. Vui lòng kiểm tra kết nối mạng rồi thử lại.',
    'request.origin-refused':
      'Máy chủ chưa cho phép trang web này ({origin}). Vui lòng báo quản trị trang web thêm địa chỉ này vào GATEWAY_ALLOWED_ORIGINS.',
    'request.rate-limited': 'Bạn đã thử quá nhiều lần, vui lòng thử lại sau {minutes} phút.',
    'request.failed': 'Đã có lỗi xảy ra. Vui lòng thử lại sau ít phút.',
    'request.retry': 'Thử lại',
  },
  en: {
    'request.no-endpoint': 'No server address (endpoint) is set up. Please tell the site administrator.',
    'request.offline': 'Could not reach the server. Check your network connection and try again.',
    'request.origin-refused':
      'The server does not allow this website ({origin}) yet. Please ask the site administrator to add it to GATEWAY_ALLOWED_ORIGINS.',
    'request.rate-limited': 'You have tried too many times. Please try again in {minutes} minutes.',
    'request.failed': 'Something went wrong. Please try again in a few minutes.',
    'request.retry': 'Try again',
  },
} as const;
