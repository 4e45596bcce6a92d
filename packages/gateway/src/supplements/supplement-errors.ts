import { GatewayError } from '../errors/gateway-error';

/** Stable codes of {@link supplementError}. */
export type SupplementErrorCode =
  | 'supplement.verify-required'
  | 'supplement.not-requested'
  | 'supplement.unknown-request'
  | 'supplement.already-answered'
  | 'supplement.unknown-upload'
  | 'supplement.empty'
  | 'supplement.portal-unavailable';

const MESSAGES: Record<SupplementErrorCode, { vi: string; en: string; status: number; path?: string }> = {
  'supplement.verify-required': {
    vi: 'Cần nhập 4 số cuối của số điện thoại hoặc số định danh.',
    en: 'Enter the last 4 digits of the phone or ID number.',
    status: 400,
    path: 'verify',
  },
  'supplement.not-requested': {
    vi: 'Hồ sơ này hiện không có yêu cầu bổ sung.',
    en: 'This dossier has no open supplement request.',
    status: 409,
  },
  'supplement.unknown-request': {
    vi: 'Yêu cầu bổ sung này không còn hiệu lực. Vui lòng tải lại trang.',
    en: 'This supplement request is no longer current. Please reload the page.',
    status: 409,
    path: 'requestId',
  },
  'supplement.already-answered': {
    vi: 'Yêu cầu bổ sung này đã được trả lời.',
    en: 'This supplement request has already been answered.',
    status: 409,
  },
  'supplement.unknown-upload': {
    vi: 'Tệp đính kèm không tồn tại hoặc đã hết hạn. Vui lòng tải lên lại.',
    en: 'An attached file does not exist or has expired. Please upload it again.',
    status: 422,
    path: 'files',
  },
  'supplement.empty': {
    vi: 'Vui lòng đính kèm ít nhất một tệp hoặc ghi chú.',
    en: 'Attach at least one file or write a note.',
    status: 422,
    path: 'files',
  },
  'supplement.portal-unavailable': {
    vi: 'Chưa kiểm tra được yêu cầu bổ sung với Cổng DVC quốc gia. Vui lòng thử lại sau ít phút.',
    en: 'The supplement request could not be checked with the national portal. Please try again in a few minutes.',
    status: 503,
  },
};

/** The gateway error of a refused supplement answer, in Vietnamese and English. */
export function supplementError(code: SupplementErrorCode): GatewayError {
  const { vi, en, status, path } = MESSAGES[code];
  return new GatewayError(
    code,
    { vi, en },
    {
      status,
      ...(path ? { errors: [{ path, code, messages: { vi, en } }] } : {}),
      ...(status === 503 ? { headers: { 'retry-after': '60' } } : {}),
    },
  );
}
