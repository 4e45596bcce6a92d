import { defineMessages } from '@dvc-kit/core';

/** Texts of the catalogue: look-up problems, forms read from `formsDir`, and fixed labels of mapped procedures. */
export const catalogueMessages = defineMessages({
  vi: {
    'procedure.not-found': 'Không tìm thấy thủ tục hành chính {code}.',
    'config.form-invalid': 'Biểu mẫu {name} không hợp lệ.',
    'form.documents-section': 'Giấy tờ cần nộp',
    'fee.default-name': 'Lệ phí',
    'field.other': 'Khác',
  },
  en: {
    'procedure.not-found': 'No procedure {code} is offered here.',
    'config.form-invalid': 'The form {name} is not a valid FormDefinition.',
    'form.documents-section': 'Documents to upload',
    'fee.default-name': 'Fee',
    'field.other': 'Other',
  },
});
