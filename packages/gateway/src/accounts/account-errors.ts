import type { LocalizedMessage } from '@dvc-kit/core';
import { GatewayError } from '../errors/gateway-error';

/** Messages of the sign-in and "my dossiers" errors, by stable code (vi + en). */
export const ACCOUNT_MESSAGES = {
  'auth.not-configured': { vi: 'Cổng này chưa bật đăng nhập.', en: 'Sign-in is not enabled on this gateway.' },
  'auth.return-not-allowed': {
    vi: 'Địa chỉ quay lại không thuộc các trang được phép.',
    en: 'The return address is not on an allowed site.',
  },
  'auth.provider-unavailable': {
    vi: 'Hệ thống xác thực đang không phản hồi. Vui lòng thử lại sau ít phút.',
    en: 'The identity provider is not answering. Please try again in a few minutes.',
  },
  'auth.state-mismatch': {
    vi: 'Phiên đăng nhập không hợp lệ hoặc đã được dùng. Vui lòng đăng nhập lại.',
    en: 'This sign-in is invalid or was already used. Please sign in again.',
  },
  'auth.sign-in-failed': {
    vi: 'Không xác minh được thông tin đăng nhập. Vui lòng đăng nhập lại.',
    en: 'The sign-in could not be verified. Please sign in again.',
  },
  'auth.account-missing': {
    vi: 'Tài khoản không có mã định danh (TechID) nên không thể đăng nhập.',
    en: 'The account has no id (TechID), so it cannot sign in.',
  },
  'auth.sign-in-required': { vi: 'Vui lòng đăng nhập bằng VNeID.', en: 'Please sign in with VNeID.' },
  'auth.foreign-origin': {
    vi: 'Yêu cầu không đến từ trang được phép nên bị từ chối.',
    en: 'The request does not come from an allowed site, so it was refused.',
  },
  'account.claims-mismatch': {
    vi: 'Thông tin người nộp đã xác thực qua VNeID không được sửa.',
    en: 'Applicant details verified through VNeID cannot be changed.',
  },
  'account.dossier-not-found': {
    vi: 'Không tìm thấy hồ sơ này trong các hồ sơ của bạn.',
    en: 'This dossier is not among your dossiers.',
  },
  'account.rating-not-allowed': {
    vi: 'Hồ sơ chưa thể đánh giá ở trạng thái hiện tại.',
    en: 'This dossier cannot be rated in its current status.',
  },
} as const satisfies Record<string, LocalizedMessage>;

/** A code of {@link ACCOUNT_MESSAGES}. */
export type AccountErrorCode = keyof typeof ACCOUNT_MESSAGES;

const STATUS: Record<AccountErrorCode, number> = {
  'auth.not-configured': 404,
  'auth.return-not-allowed': 400,
  'auth.provider-unavailable': 503,
  'auth.state-mismatch': 400,
  'auth.sign-in-failed': 400,
  'auth.account-missing': 403,
  'auth.sign-in-required': 401,
  'auth.foreign-origin': 403,
  'account.claims-mismatch': 422,
  'account.dossier-not-found': 404,
  'account.rating-not-allowed': 409,
};

/** The gateway error of a sign-in or account code, with its status and messages. */
export function accountError(code: AccountErrorCode, options: { cause?: unknown; path?: string } = {}): GatewayError {
  const messages = ACCOUNT_MESSAGES[code];
  return new GatewayError(code, messages, {
    status: STATUS[code],
    cause: options.cause,
    ...(options.path ? { errors: [{ path: options.path, code, messages }] } : {}),
  });
}
