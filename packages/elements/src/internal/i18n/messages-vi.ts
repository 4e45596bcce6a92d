/**
 * Vietnamese UI strings — the default and the only complete catalogue every other
 * language falls back to. `{name}` marks a parameter.
 */
export const vi = {
  'common.continue': 'Tiếp tục',
  'common.back': 'Quay lại',
  'common.submit': 'Gửi hồ sơ',
  'common.optional': '(không bắt buộc)',
  'common.loading': 'Đang tải…',
  'validation.required': 'Vui lòng nhập thông tin này.',
  'validation.required-choice': 'Vui lòng chọn một mục.',
  'citizen-id.label': 'Số định danh cá nhân',
  'citizen-id.hint': 'Gồm 12 chữ số, in trên thẻ căn cước hoặc căn cước công dân.',
  'citizen-id.legacy':
    'Đây là số chứng minh nhân dân cũ (9 chữ số). Nếu đã có thẻ căn cước, hãy nhập số định danh 12 chữ số.',
  'citizen-id.derived': 'Sinh năm {year}, giới tính {gender}.',
  'citizen-id.derived-place': 'Nơi đăng ký khai sinh: {province}.',
  'gender.male': 'nam',
  'gender.female': 'nữ',
  'phone.label': 'Số điện thoại',
  'phone.hint': 'Ví dụ: 0912 345 678',
  'phone.converted': 'Số cũ {old} đã được đổi sang số mới {new}.',
  'date.label': 'Ngày',
  'date.hint': 'Ví dụ: {example}',
  'date.day': 'Ngày',
  'date.month': 'Tháng',
  'date.year': 'Năm',
  'date.incomplete': '{label}: vui lòng nhập đủ ngày, tháng và năm.',
  'date.invalid': '{label}: ngày này không có thật. Vui lòng kiểm tra lại ngày và tháng.',
  'date.min': '{label} phải từ ngày {min} trở đi. Vui lòng kiểm tra lại năm.',
  'date.max': '{label} không được sau ngày {max}. Vui lòng kiểm tra lại năm.',
  'unit.label': 'Địa chỉ hành chính',
  'unit.province': 'Tỉnh, thành phố',
  'unit.commune': 'Xã, phường, đặc khu',
  'unit.no-results': 'Không tìm thấy kết quả phù hợp.',
  'unit.results': '{count} kết quả',
  'unit.province-first': 'Chọn tỉnh, thành phố trước.',
  'unit.load-failed': 'Chưa tải được danh sách. Kiểm tra kết nối mạng rồi bấm vào ô để thử lại.',
  'unit.invalid': 'Vui lòng chọn xã, phường trong danh sách.',
} as const;

/** Key of a UI string. */
export type UiMessageKey = keyof typeof vi;
