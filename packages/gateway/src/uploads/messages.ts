import { defineMessages } from '@dvc-kit/core';

/** Texts of uploads and file downloads; codes are the problems' stable `code`s. */
export const uploadMessages = defineMessages({
  vi: {
    'upload.not-multipart': 'Tệp phải được gửi dạng multipart/form-data.',
    'upload.malformed': 'Dữ liệu tải lên bị hỏng, không đọc được.',
    'upload.file-missing': 'Chưa có tệp nào trong trường "file".',
    'upload.too-many-files': 'Mỗi lần chỉ tải lên {max} tệp.',
    'upload.empty': 'Tệp rỗng.',
    'upload.too-large': 'Tệp vượt quá dung lượng cho phép ({max}).',
    'upload.unsupported-type':
      'Loại tệp này không được chấp nhận. Hãy dùng PDF, ảnh (JPEG, PNG, WebP, HEIC) hoặc Word/Excel.',
    'upload.type-mismatch': 'Nội dung tệp không phải là tệp .{extension} như tên tệp cho biết.',
    'upload.quota-exceeded': 'Địa chỉ này đã tải lên quá nhiều dữ liệu. Vui lòng thử lại sau {minutes} phút.',
    'upload.busy': 'Máy chủ đang nhận nhiều tệp cùng lúc. Vui lòng thử lại sau giây lát.',
    'file.not-found': 'Không tìm thấy tệp.',
  },
  en: {
    'upload.not-multipart': 'Send the file as multipart/form-data.',
    'upload.malformed': 'The upload is malformed and could not be read.',
    'upload.file-missing': 'No file was sent in the "file" field.',
    'upload.too-many-files': 'Upload at most {max} file per request.',
    'upload.empty': 'The file is empty.',
    'upload.too-large': 'The file is larger than allowed ({max}).',
    'upload.unsupported-type':
      'This file type is not accepted. Use PDF, an image (JPEG, PNG, WebP, HEIC) or Word/Excel.',
    'upload.type-mismatch': "The file's content is not the .{extension} file its name says it is.",
    'upload.quota-exceeded': 'Too much data was uploaded from this address. Please try again in {minutes} minutes.',
    'upload.busy': 'The server is receiving many files right now. Please try again in a moment.',
    'file.not-found': 'No such file.',
  },
});
