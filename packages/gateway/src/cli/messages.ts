import { defineMessages, type Localized, type MessageParams } from '@dvc-kit/core';

/**
 * What `dvc-gateway copy-storage` prints, by code. The operator reads both languages at once:
 * labels go out as "vi / en" ({@link bothLanguages}), sentences as a Vietnamese line then an
 * English one.
 */
export const copyCommandMessages = defineMessages({
  vi: {
    'table.name': 'Bảng',
    'table.source': 'Nguồn',
    'table.target': 'Đích',
    'table.result': 'Kết quả',
    'table.match': 'khớp',
    'table.mismatch': 'KHÁC',
    copying: 'Sao chép',
    total: 'Tổng',
    rows: 'dòng',
    'rows-per-second': 'dòng/giây',
    'usage.invalid': 'Thiếu hoặc sai tham số',
    error: 'Lỗi',
    'done.database': 'Xong: đã sao chép và kiểm tra. Hãy đặt GATEWAY_STORAGE_URL và khởi động cổng kết nối.',
    'done.blobs':
      'Xong: đã chép và kiểm tra mọi tệp. Hãy đặt GATEWAY_S3_* (hoặc GATEWAY_DATA_DIR) và khởi động cổng kết nối.',
    'blobs.copying': 'Sao chép tệp đính kèm',
    'blobs.files': 'tệp',
    'blobs.summary': 'Tệp đính kèm',
    'blobs.referenced': 'được tham chiếu',
    'blobs.copied': 'đã chép',
    'blobs.present': 'đã có',
    'blobs.present-verified': 'đã có sẵn (đã kiểm tra)',
    'blobs.repaired': 'sửa',
    'blobs.missing': 'thiếu ở nguồn',
    'blobs.corrupt': 'hỏng ở nguồn',
    'blobs.in': 'trong',
    'blobs.verified': 'mỗi tệp được kiểm tra SHA-256 sau khi chép',
    'blobs.missing-list': 'Thiếu ở nguồn',
    'blobs.corrupt-list': 'Hỏng ở nguồn, không chép',
  },
  en: {
    'table.name': 'Table',
    'table.source': 'Source',
    'table.target': 'Target',
    'table.result': 'Result',
    'table.match': 'match',
    'table.mismatch': 'MISMATCH',
    copying: 'Copying',
    total: 'Total',
    rows: 'rows',
    'rows-per-second': 'rows/s',
    'usage.invalid': 'Missing or invalid arguments',
    error: 'Error',
    'done.database': 'Done: copied and verified. Set GATEWAY_STORAGE_URL and start the gateway.',
    'done.blobs': 'Done: every file copied and verified. Set GATEWAY_S3_* (or GATEWAY_DATA_DIR) and start the gateway.',
    'blobs.copying': 'Copying files',
    'blobs.files': 'files',
    'blobs.summary': 'Files',
    'blobs.referenced': 'referenced',
    'blobs.copied': 'copied',
    'blobs.present': 'already there',
    'blobs.present-verified': 'already there (verified)',
    'blobs.repaired': 'repaired',
    'blobs.missing': 'missing at the source',
    'blobs.corrupt': 'damaged at the source',
    'blobs.in': 'in',
    'blobs.verified': 'every file verified by SHA-256 after the copy',
    'blobs.missing-list': 'missing at the source',
    'blobs.corrupt-list': 'damaged at the source, not copied',
  },
});

/** The codes of {@link copyCommandMessages}. */
export type CopyCommandMessageCode = (typeof copyCommandMessages.codes)[number];

/** A label in both languages, "vi / en". @example bothLanguages('total') // 'Tổng / Total' */
export function bothLanguages(code: CopyCommandMessageCode, params?: MessageParams): string {
  const { vi, en } = copyCommandMessages.localize(code, params);
  return `${vi} / ${en}`;
}

/** A sentence as two lines, Vietnamese then English. */
export function twoLines(code: CopyCommandMessageCode): string {
  const { vi, en } = copyCommandMessages.localize(code);
  return `${vi}\n${en}\n`;
}

/** The closing report of a failure: `Lỗi / Error (<code>):` and its text in both languages, indented. */
export function errorReport(code: string, messages: Localized): string {
  return `${bothLanguages('error')} (${code}):\n  ${messages.vi}\n  ${messages.en}\n`;
}
