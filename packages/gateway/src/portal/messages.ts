import { defineMessages } from '@dvc-kit/core';

/** Texts of a failed portal call as the public API answers it (see `portalFailure`). */
export const portalMessages = defineMessages({
  vi: {
    'portal.refused': 'Cổng Dịch vụ công từ chối yêu cầu.',
    'portal.unavailable': 'Chưa kết nối được Cổng Dịch vụ công. Vui lòng thử lại sau.',
  },
  en: {
    'portal.refused': 'The National Public Service Portal refused the request.',
    'portal.unavailable': 'The National Public Service Portal cannot be reached. Please try again later.',
  },
});
