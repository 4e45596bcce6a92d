import { defineMessages } from '@dvc-kit/core';

/**
 * Texts of the simulated identity provider (its sign-in page and its refusals). The provider
 * speaks Vietnamese, as the portal's does: only `vi` is shown; `en` says the same for readers.
 */
export const ssoMessages = defineMessages({
  vi: {
    'sign-in.cancelled': 'Người dùng đã hủy đăng nhập.',
    'sign-in.own-invalid': 'Thông tin chưa đúng: họ tên, số định danh 12 chữ số, ngày sinh yyyyMMdd.',
  },
  en: {
    'sign-in.cancelled': 'The user cancelled the sign-in.',
    'sign-in.own-invalid': 'Check the details: full name, a 12-digit ID number, birth date yyyyMMdd.',
  },
});
