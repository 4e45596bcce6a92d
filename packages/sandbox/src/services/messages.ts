import { defineMessages } from '@dvc-kit/core';

/** Texts of the portal services' refusals, by code (`field` wraps a field's own text with its name). */
export const serviceMessages = defineMessages({
  vi: {
    field: 'Trường {field}: {detail}',
    'invalid-payload': 'Dữ liệu không hợp lệ: {fields}. {detail}',
    'dossier.exists': 'Hồ sơ {codes} đã tồn tại',
    'dossier.missing-for-update': 'Không tìm thấy hồ sơ {codes} để cập nhật',
    'dossier.missing': 'Không tìm thấy hồ sơ {codes}',
    'dossier.final': 'Hồ sơ {code} đã ở trạng thái kết thúc ({current}), không thể chuyển sang {next}',
  },
  en: {
    field: 'Field {field}: {detail}',
    'invalid-payload': 'Invalid payload: {fields}. {detail}',
    'dossier.exists': 'Dossier {codes} already exists',
    'dossier.missing-for-update': 'Dossier {codes} not found for update',
    'dossier.missing': 'Dossier {codes} not found',
    'dossier.final': 'Dossier {code} is in a final status ({current}) and cannot move to {next}',
  },
});
