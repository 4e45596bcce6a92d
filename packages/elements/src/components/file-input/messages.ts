/**
 * Strings of `<dvc-file-input>` (registered when its module loads, so other widgets do not
 * carry them). Sizes are written the way people read them (`10 MB`); no wording assumes a
 * mouse ("kéo thả" is shown only where a pointer can drag).
 */
export const fileMessages = {
  vi: {
    'file.label': 'Tài liệu đính kèm',
    'file.required': 'Vui lòng đính kèm tệp: bấm “Chọn tệp”.',
    'file.choose': 'Chọn tệp',
    'file.drop': 'hoặc kéo thả tệp vào đây',
    'file.accepted': 'Định dạng: {types}. Mỗi tệp tối đa {size}.',
    'file.too-large': 'Tệp {name} lớn hơn {size}. Vui lòng chọn tệp nhỏ hơn, hoặc chụp lại ảnh.',
    'file.wrong-type': 'Tệp {name} không đúng định dạng. Vui lòng chọn tệp {types}.',
    'file.too-many': 'Chỉ được gửi tối đa {count} tệp. Vui lòng xoá bớt tệp trước khi thêm.',
    'file.preparing': 'Đang chuẩn bị tệp…',
    'file.uploading': 'Đang tải lên {percent}% ({sent} / {size})',
    'file.uploaded': 'Đã tải lên',
    'file.failed': 'Tải lên không thành công. Vui lòng bấm “Thử lại”.',
    'file.offline': 'Mất kết nối mạng. Tệp sẽ tự tải lên lại khi có mạng; không cần chọn lại.',
    'file.slow': 'Mạng quá chậm nên tải lên bị ngắt. Vui lòng bấm “Thử lại”, hoặc chọn ảnh nhỏ hơn.',
    'file.server-too-large': 'Máy chủ không nhận tệp {name} vì quá lớn. Vui lòng chọn tệp nhỏ hơn.',
    'file.server-error': 'Máy chủ đang gặp sự cố (mã {status}). Vui lòng bấm “Thử lại” sau ít phút.',
    'file.pending': 'Vui lòng chờ các tệp tải lên xong.',
    'file.retry': 'Thử lại',
    'file.remove': 'Xoá',
    'file.resized': 'Ảnh đã được thu nhỏ từ {from} xuống {to}.',
  },
  en: {
    'file.label': 'Attached documents',
    'file.required': 'Attach a file: press “Choose file”.',
    'file.choose': 'Choose file',
    'file.drop': 'or drag and drop files here',
    'file.accepted': 'Formats: {types}. Up to {size} per file.',
    'file.too-large': 'The file {name} is larger than {size}. Choose a smaller file, or take the photo again.',
    'file.wrong-type': 'The file {name} is not an accepted format. Choose a {types} file.',
    'file.too-many': 'You can send at most {count} files. Remove one before adding another.',
    'file.preparing': 'Preparing the file…',
    'file.uploading': 'Uploading {percent}% ({sent} of {size})',
    'file.uploaded': 'Uploaded',
    'file.failed': 'The upload failed. Press “Try again”.',
    'file.offline':
      'You are offline. The file will upload by itself when the connection returns; no need to choose it again.',
    'file.slow': 'The connection was too slow and the upload stopped. Press “Try again”, or choose a smaller photo.',
    'file.server-too-large': 'The server did not accept {name} because it is too large. Choose a smaller file.',
    'file.server-error': 'The server has a problem (code {status}). Press “Try again” in a few minutes.',
    'file.pending': 'Wait until every file has finished uploading.',
    'file.retry': 'Try again',
    'file.remove': 'Remove',
    'file.resized': 'The photo was reduced from {from} to {to}.',
  },
} as const;
