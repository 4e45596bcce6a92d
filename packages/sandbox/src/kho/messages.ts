import { defineMessages } from '@dvc-kit/core';

/** Texts of the result store's (Kho) refusals, by code. */
export const khoMessages = defineMessages({
  vi: {
    'body.not-object': 'Nội dung phải là đối tượng JSON',
    'owner.required': 'Thiếu SoDinhDanhChuSoHuu',
    'file.required': 'Cần CoQuanChuQuan và DuongDan',
  },
  en: {
    'body.not-object': 'Body must be a JSON object',
    'owner.required': 'SoDinhDanhChuSoHuu is required',
    'file.required': 'CoQuanChuQuan and DuongDan are required',
  },
});
