import { defineMessages } from '@dvc-kit/core';

/**
 * Texts of submissions, look-ups, ratings and the status view. Codes are the problems' stable
 * `code`s; `*.field` is the text of that problem's field error, `next.*` the status view's next step.
 */
export const dossierMessages = defineMessages({
  vi: {
    'dossier.idempotency-key-required': 'Thiếu tiêu đề Idempotency-Key (8–200 ký tự) để gửi hồ sơ an toàn.',
    'dossier.idempotency-key-required.field': 'Thiếu khóa.',
    'dossier.unknown-procedure': 'Thủ tục hành chính này không được tiếp nhận tại đây.',
    'dossier.unknown-agency': 'Cơ quan tiếp nhận không đúng.',
    'dossier.submission-rate-limited':
      'Có quá nhiều hồ sơ được gửi từ địa chỉ này. Vui lòng thử lại sau {minutes} phút.',
    'dossier.code-space-exhausted':
      'Hôm nay hệ thống đã dùng hết dải mã hồ sơ được cấp. Vui lòng nộp hồ sơ trực tiếp hoặc thử lại vào ngày mai.',
    'dossier.not-found-or-unverified':
      'Không tìm thấy hồ sơ với mã và 4 số cuối đã nhập. Hãy kiểm tra lại mã hồ sơ và 4 số cuối của số điện thoại hoặc số định danh.',
    'dossier.not-found-or-unverified.field': 'Mã hồ sơ hoặc 4 số cuối không khớp.',
    'dossier.code-format':
      'Mã hồ sơ chưa đúng dạng. Mã hồ sơ in trên phiếu hẹn, có dạng 000.50.20.H66-250701-0007; vui lòng nhập lại đủ các số.',
    'dossier.code-format.field': 'Mã hồ sơ có dạng 000.50.20.H66-250701-0007. Vui lòng nhập lại đủ các số.',
    'dossier.lookup-rate-limited': 'Bạn đã nhập sai quá nhiều lần. Vui lòng thử lại sau {minutes} phút.',
    'rating.already-rated': 'Hồ sơ này đã được đánh giá.',
    'next.supplement': 'Cơ quan yêu cầu bổ sung giấy tờ. Vui lòng liên hệ Bộ phận Một cửa.',
    'next.payment': 'Vui lòng thực hiện nghĩa vụ tài chính (nộp phí, lệ phí).',
    'next.collect-result': 'Hồ sơ đã có kết quả. Vui lòng đến nhận kết quả.',
    'next.none': 'Hồ sơ đang được xử lý. Bạn chưa cần làm gì thêm.',
    'timeline.submitted': 'Đã nộp hồ sơ trực tuyến',
    'timeline.status-updated': 'Cập nhật trạng thái',
  },
  en: {
    'dossier.idempotency-key-required':
      'Send an Idempotency-Key header (8–200 characters) so the submission can be retried safely.',
    'dossier.idempotency-key-required.field': 'Missing key.',
    'dossier.unknown-procedure': 'This procedure is not offered here.',
    'dossier.unknown-agency': 'Unknown receiving agency.',
    'dossier.submission-rate-limited':
      'Too many dossiers were sent from this address. Please try again in {minutes} minutes.',
    'dossier.code-space-exhausted':
      "Today's range of dossier codes is used up. Please file at the desk or try again tomorrow.",
    'dossier.not-found-or-unverified':
      'No dossier matches this code and these 4 digits. Check the dossier code and the last 4 digits of the phone or ID number.',
    'dossier.not-found-or-unverified.field': 'The dossier code or the 4 digits do not match.',
    'dossier.code-format':
      'The dossier code is not in the right form. It is printed on the receipt, like 000.50.20.H66-250701-0007; enter it again in full.',
    'dossier.code-format.field': 'A dossier code looks like 000.50.20.H66-250701-0007. Enter it again in full.',
    'dossier.lookup-rate-limited': 'Too many failed attempts. Please try again in {minutes} minutes.',
    'rating.already-rated': 'This dossier has already been rated.',
    'next.supplement': 'The agency asks for more documents. Please contact the one-stop desk.',
    'next.payment': 'Please pay the fees or taxes due.',
    'next.collect-result': 'The result is ready. Please collect it.',
    'next.none': 'Your dossier is being handled. Nothing to do for now.',
    'timeline.submitted': 'Submitted online',
    'timeline.status-updated': 'Status updated',
  },
});
