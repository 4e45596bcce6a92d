import { defineMessages } from '@dvc-kit/core';

/** Texts of storage problems and of copying storage and files, by their stable `code`. */
export const storageMessages = defineMessages({
  vi: {
    'dossier.idempotency-conflict':
      'Khóa Idempotency-Key này đã được dùng cho một hồ sơ khác. Hãy dùng khóa mới cho hồ sơ mới.',
    'storage.idempotency-orphan': 'Khóa Idempotency-Key không gắn với hồ sơ nào.',
    'storage.upload-gone': 'Một tệp đính kèm đã bị xóa vì quá hạn; hãy tải tệp lên lại.',
    'storage.migration-failed': 'Không cập nhật được cơ sở dữ liệu (bước {migration}).',
    'storage.copy-blobs-source-missing': 'Không tìm thấy thư mục dữ liệu chứa tệp đính kèm: {path}',
    'storage.copy-blobs-failed':
      'Sao chép tệp đính kèm bị dừng: {detail}. Các tệp đã chép vẫn đúng; chạy lại lệnh (với --blobs-only) để chép tiếp.',
  },
  en: {
    'dossier.idempotency-conflict':
      'This Idempotency-Key was already used for a different request. Use a new key for a new dossier.',
    'storage.idempotency-orphan': 'The Idempotency-Key is not linked to a dossier.',
    'storage.upload-gone': 'An attached file was deleted as expired; upload it again.',
    'storage.migration-failed': 'Database migration {migration} failed.',
    'storage.copy-blobs-source-missing': 'The data directory holding the uploaded files does not exist: {path}',
    'storage.copy-blobs-failed':
      'The file copy stopped: {detail}. Files already copied are intact; run the command again (with --blobs-only) to finish.',
  },
});
