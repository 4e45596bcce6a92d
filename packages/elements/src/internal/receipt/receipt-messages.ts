/** Strings of the receipt view only, registered when it loads (after the review step shows). */
export const receiptMessages = {
  vi: {
    'receipt.copy': 'Chép mã hồ sơ',
    'receipt.copied': 'Đã chép mã hồ sơ {code}.',
    'receipt.copy-failed': 'Không chép được. Vui lòng chép tay mã hồ sơ hoặc chụp ảnh màn hình.',
    'receipt.procedure': 'Thủ tục',
    'receipt.agency': 'Cơ quan giải quyết',
    'receipt.received-at': 'Ngày tiếp nhận',
    'receipt.qr': 'Mã QR mở trang tra cứu hồ sơ {code}',
    'receipt.qr-code': 'Mã QR của mã hồ sơ {code}',
    'receipt.qr-hint': 'Quét mã QR bằng điện thoại để mở trang tra cứu, mã hồ sơ đã được điền sẵn.',
    'receipt.keep': 'Hãy giữ mã hồ sơ để tra cứu tình trạng hồ sơ.',
    'receipt.keep-digits': 'Khi tra cứu, bạn cần mã hồ sơ và 4 số cuối số điện thoại đã khai: {digits}.',
    'receipt.next': 'Bước tiếp theo',
    'receipt.the-agency': 'Cơ quan tiếp nhận',
    'receipt.next-body':
      '{agency} sẽ kiểm tra hồ sơ. Nếu cần bổ sung giấy tờ, cơ quan sẽ gọi hoặc nhắn tin cho bạn. Đến ngày hẹn, bạn tra cứu tình trạng hồ sơ hoặc mang phiếu hẹn đến Bộ phận Một cửa để nhận kết quả.',
    'receipt.status-link': 'Tra cứu tình trạng hồ sơ',
    'receipt.print': 'In phiếu hẹn',
  },
  en: {
    'receipt.copy': 'Copy the application code',
    'receipt.copied': 'Application code {code} copied.',
    'receipt.copy-failed': 'Could not copy. Write the application code down or take a screenshot.',
    'receipt.procedure': 'Service',
    'receipt.agency': 'Handled by',
    'receipt.received-at': 'Received',
    'receipt.qr': 'QR code that opens the status page of application {code}',
    'receipt.qr-code': 'QR code of application code {code}',
    'receipt.qr-hint': 'Scan the QR code with a phone to open the status page with the code filled in.',
    'receipt.keep': 'Keep the application code to check its progress.',
    'receipt.keep-digits':
      'To check its progress you need the application code and the last 4 digits of the phone number you gave: {digits}.',
    'receipt.next': 'What happens next',
    'receipt.the-agency': 'The receiving agency',
    'receipt.next-body':
      '{agency} will check your application. If a document is missing, they will call or text you. On the due date, check the status online or bring this receipt to the one-stop desk to collect the result.',
    'receipt.status-link': 'Check the application status',
    'receipt.print': 'Print the receipt',
  },
} as const;
