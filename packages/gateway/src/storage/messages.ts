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
    'storage.copy-blobs-incomplete':
      'Một số tệp được hồ sơ tham chiếu không có hoặc hỏng ở nguồn; các tệp khác đã được chép và kiểm tra.',
    'copy.source-unsupported': 'Nguồn phải là tệp SQLite của cổng kết nối: {url}',
    'copy.source-missing': 'Không tìm thấy tệp dữ liệu nguồn: {file}',
    'copy.source-unopenable': 'Không mở được tệp nguồn: {file}',
    'copy.source-not-gateway': 'Tệp nguồn không phải cơ sở dữ liệu của cổng kết nối.',
    'copy.source-newer': 'Tệp nguồn do phiên bản cổng kết nối mới hơn tạo ra; hãy dùng lệnh của phiên bản đó.',
    'copy.source-not-migrated':
      'Tệp nguồn chưa được cập nhật: hãy chạy cổng kết nối phiên bản này một lần trên tệp đó rồi dừng lại.',
    'copy.source-tables': 'Bảng của tệp nguồn khác với bảng phiên bản này biết: {tables}',
    'copy.target-not-empty': 'Cơ sở dữ liệu đích đã có dữ liệu ({tables}); chỉ sao chép vào một schema trống.',
    'copy.source-unreadable':
      'Bảng {table} của tệp nguồn có giá trị không đọc được nguyên vẹn ({odd} giá trị lạ, {lost} byte bị mất); đã hủy, đích vẫn trống.',
    'copy.target-unsupported': 'Đích phải là địa chỉ PostgreSQL (postgres://…): {url}',
    'copy.failed': 'Sao chép thất bại, đích không thay đổi: {detail}',
    'copy.source-read-failed': 'Không đọc được cơ sở dữ liệu nguồn: {detail}',
    'copy.verify-failed': 'Dữ liệu sau khi sao chép không khớp với nguồn; đã hủy, đích vẫn trống.',
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
    'storage.copy-blobs-incomplete':
      'Some files the uploads reference are missing or damaged at the source; every other file was copied and verified.',
    'copy.source-unsupported': "The source must be the gateway's SQLite file: {url}",
    'copy.source-missing': 'The source database file does not exist: {file}',
    'copy.source-unopenable': 'Cannot open the source file: {file}',
    'copy.source-not-gateway': 'The source file is not a gateway database.',
    'copy.source-newer': 'The source was written by a newer gateway version; run the copy with that version.',
    'copy.source-not-migrated': 'The source is not migrated: start this gateway version once on it, then stop it.',
    'copy.source-tables': 'The source tables differ from what this version copies: {tables}',
    'copy.target-not-empty': 'The target already holds data ({tables}); copy only into an empty schema.',
    'copy.source-unreadable':
      'Table {table} of the source holds values that cannot be read exactly ({odd} odd values, {lost} bytes lost); rolled back, the target is still empty.',
    'copy.target-unsupported': 'The target must be a PostgreSQL URL (postgres://…): {url}',
    'copy.failed': 'The copy failed and the target is unchanged: {detail}',
    'copy.source-read-failed': 'Cannot read the source database: {detail}',
    'copy.verify-failed': 'The copied data does not match the source; rolled back, the target is still empty.',
  },
});

/** A code of {@link storageMessages}. */
export type StorageMessageCode = (typeof storageMessages.codes)[number];
