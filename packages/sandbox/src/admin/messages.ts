import { defineMessages } from '@dvc-kit/core';

/** Texts of the admin API's refusals (`/admin/*`), by code. */
export const adminMessages = defineMessages({
  vi: {
    'token.required': 'Cần mã quản trị',
    'body.not-object': 'Nội dung phải là đối tượng JSON',
    'clock.no-change': 'Cần một trong advanceMs, advanceDays hoặc set',
    'clock.bad-instant': 'Thời điểm không hợp lệ',
    'faults.invalid': 'Cấu hình lỗi không hợp lệ',
    'sso.not-started': 'Nhà cung cấp định danh chưa chạy',
    'sso.faults-invalid': 'Cấu hình lỗi SSO không hợp lệ',
    'origin.invalid': 'origin phải là seed hoặc sync',
    'dossier.missing': 'Không tìm thấy hồ sơ {code}',
    'event.kind': 'kind phải là một trong {kinds}',
  },
  en: {
    'token.required': 'Admin token required',
    'body.not-object': 'Body must be a JSON object',
    'clock.no-change': 'Give one of advanceMs, advanceDays or set',
    'clock.bad-instant': 'Invalid instant',
    'faults.invalid': 'Invalid fault settings',
    'sso.not-started': 'SSO not started',
    'sso.faults-invalid': 'Invalid SSO fault settings',
    'origin.invalid': 'origin must be seed or sync',
    'dossier.missing': 'Dossier {code} not found',
    'event.kind': 'kind must be one of {kinds}',
  },
});

/** The codes of {@link adminMessages}. */
export type AdminMessageCode = (typeof adminMessages.codes)[number];
