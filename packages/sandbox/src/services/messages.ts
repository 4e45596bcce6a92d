import { defineMessages } from '@dvc-kit/core';

/**
 * Texts of the portal services, by code. `field` wraps a field's own text with its name;
 * `field.*` are those texts (see `fieldError` in `portal-error.ts`). `done.*` are the success
 * messages, sent in Vietnamese only: readers test them for "thành công" (corpus
 * `dongbohosomc-success.response.json`), so that word must stay in each.
 */
export const serviceMessages = defineMessages({
  vi: {
    field: 'Trường {field}: {detail}',
    'invalid-payload': 'Dữ liệu không hợp lệ: {fields}. {detail}',
    'dossier.exists': 'Hồ sơ {codes} đã tồn tại',
    'dossier.missing-for-update': 'Không tìm thấy hồ sơ {codes} để cập nhật',
    'dossier.missing': 'Không tìm thấy hồ sơ {codes}',
    'dossier.final': 'Hồ sơ {code} đã ở trạng thái kết thúc ({current}), không thể chuyển sang {next}',
    'field.required': 'bắt buộc',
    'field.not-blank': 'không được để trống',
    'field.string': 'phải là chuỗi ký tự',
    'field.non-empty-string': 'bắt buộc, phải là chuỗi ký tự không rỗng',
    'field.non-empty-array': 'bắt buộc, phải là mảng không rỗng',
    'field.object': 'phải là một đối tượng',
    'field.dossier-object': 'phải là một đối tượng hồ sơ',
    'field.max-length': 'tối đa {max} ký tự',
    'field.max-items': 'tối đa {max} phần tử mỗi lần gửi',
    'field.wire-date': 'ngày giờ phải có dạng yyyyMMddHHmmss',
    'field.status-code': 'trạng thái phải từ "1" đến "10"',
    'field.true-or-false': 'phải là "True" hoặc "False"',
    'field.portal-filed-only': 'chỉ hỗ trợ "2" (hồ sơ nộp trên Cổng)',
    'field.repeated-dossier': 'mã hồ sơ {code} xuất hiện nhiều lần trong cùng một lần gửi',
    'field.unknown-field-code': 'không phải mã lĩnh vực đã biết (xem LayDanhMucLinhVuc)',
    'field.unknown-agency': 'không phải mã đơn vị đã biết: {agency}',
    'done.dossiers-synced': 'Đồng bộ thành công {count} hồ sơ',
    'done.dossiers-updated': 'Cập nhật thành công {count} hồ sơ',
    'done.progress': 'Cập nhật tiến độ thành công {count} bước xử lý',
    'done.status': 'Đồng bộ trạng thái thành công {count} hồ sơ',
    'done.ratings': 'Đồng bộ thành công {count} bản tổng hợp đánh giá',
  },
  en: {
    field: 'Field {field}: {detail}',
    'invalid-payload': 'Invalid payload: {fields}. {detail}',
    'dossier.exists': 'Dossier {codes} already exists',
    'dossier.missing-for-update': 'Dossier {codes} not found for update',
    'dossier.missing': 'Dossier {codes} not found',
    'dossier.final': 'Dossier {code} is in a final status ({current}) and cannot move to {next}',
    'field.required': 'required',
    'field.not-blank': 'must not be empty',
    'field.string': 'must be a string',
    'field.non-empty-string': 'required, must be a non-empty string',
    'field.non-empty-array': 'required, must be a non-empty array',
    'field.object': 'must be an object',
    'field.dossier-object': 'must be a dossier object',
    'field.max-length': 'at most {max} characters',
    'field.max-items': 'at most {max} items per call',
    'field.wire-date': 'date must be yyyyMMddHHmmss',
    'field.status-code': 'status must be "1" to "10"',
    'field.true-or-false': 'must be "True" or "False"',
    'field.portal-filed-only': 'only "2" (dossiers filed on the portal) is supported',
    'field.repeated-dossier': 'dossier code {code} appears twice in one call',
    'field.unknown-field-code': 'not a known field code (see LayDanhMucLinhVuc)',
    'field.unknown-agency': 'not a known agency code: {agency}',
    'done.dossiers-synced': '{count} dossiers synced',
    'done.dossiers-updated': '{count} dossiers updated',
    'done.progress': '{count} processing steps added',
    'done.status': 'Status of {count} dossiers synced',
    'done.ratings': '{count} rating summaries synced',
  },
});

/** The codes of {@link serviceMessages}. */
export type ServiceMessageCode = (typeof serviceMessages.codes)[number];

/** The codes of a field's own text (`field.*`), as `fieldError` and `fieldIssue` take them. */
export type FieldTextCode = Extract<ServiceMessageCode, `field.${string}`>;
