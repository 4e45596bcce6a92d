import { defineMessages } from '@dvc-kit/core';

/** Texts of `GET /v1/agencies/{agencyCode}/digitization`; codes are the problems' stable `code`s. */
export const digitizationMessages = defineMessages({
  vi: {
    'digitization.not-available':
      'Chưa có báo cáo chỉ số của cơ quan này: nguồn số liệu (bảng chỉ số công khai của Cổng Dịch vụ công) chưa cung cấp.',
    'agency.not-found': 'Không tìm thấy cơ quan này.',
    'portal.unavailable': 'Gateway chưa kết nối Cổng Dịch vụ công.',
  },
  en: {
    'digitization.not-available':
      'No scoreboard report is available for this agency: the source (the portal’s public scoreboard) has not provided one.',
    'agency.not-found': 'No such agency.',
    'portal.unavailable': 'The gateway has no portal connection.',
  },
});
