import { defineMessages } from '@dvc-kit/core';

/** Texts of the sign-in and "my dossiers" errors, by their stable `code`. */
export const accountMessages = defineMessages({
  vi: {
    'auth.not-configured': 'Cổng này chưa bật đăng nhập.',
    'auth.return-not-allowed': 'Địa chỉ quay lại không thuộc các trang được phép.',
    'auth.provider-unavailable': 'Hệ thống xác thực đang không phản hồi. Vui lòng thử lại sau ít phút.',
    'auth.state-mismatch': 'Phiên đăng nhập không hợp lệ hoặc đã được dùng. Vui lòng đăng nhập lại.',
    'auth.sign-in-failed': 'Không xác minh được thông tin đăng nhập. Vui lòng đăng nhập lại.',
    'auth.account-missing': 'Tài khoản không có mã định danh (TechID) nên không thể đăng nhập.',
    'auth.sign-in-required': 'Vui lòng đăng nhập bằng VNeID.',
    'auth.foreign-origin': 'Yêu cầu không đến từ trang được phép nên bị từ chối.',
    'account.claims-mismatch': 'Thông tin người nộp đã xác thực qua VNeID không được sửa.',
    'account.dossier-not-found': 'Không tìm thấy hồ sơ này trong các hồ sơ của bạn.',
    'account.rating-not-allowed': 'Hồ sơ chưa thể đánh giá ở trạng thái hiện tại.',
  },
  en: {
    'auth.not-configured': 'Sign-in is not enabled on this gateway.',
    'auth.return-not-allowed': 'The return address is not on an allowed site.',
    'auth.provider-unavailable': 'The identity provider is not answering. Please try again in a few minutes.',
    'auth.state-mismatch': 'This sign-in is invalid or was already used. Please sign in again.',
    'auth.sign-in-failed': 'The sign-in could not be verified. Please sign in again.',
    'auth.account-missing': 'The account has no id (TechID), so it cannot sign in.',
    'auth.sign-in-required': 'Please sign in with VNeID.',
    'auth.foreign-origin': 'The request does not come from an allowed site, so it was refused.',
    'account.claims-mismatch': 'Applicant details verified through VNeID cannot be changed.',
    'account.dossier-not-found': 'This dossier is not among your dossiers.',
    'account.rating-not-allowed': 'This dossier cannot be rated in its current status.',
  },
});
