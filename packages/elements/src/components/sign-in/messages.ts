/** UI strings of `<dvc-sign-in>` and the form's verified fields (vi, en). */
export const signInMessages = {
  vi: {
    'signin.button': 'Đăng nhập bằng VNeID',
    'signin.hint': 'Đăng nhập để điền sẵn thông tin và xem hồ sơ của bạn.',
    'signin.signed-in-as': 'Đã đăng nhập: {name}',
    'signin.sign-out': 'Đăng xuất',
    'signin.signing-out': 'Đang đăng xuất…',
    'signin.failed': 'Đăng nhập không thành công. Vui lòng thử lại.',
    'signin.cancelled': 'Bạn đã hủy đăng nhập.',
    'signin.required': 'Cần đăng nhập bằng VNeID để nộp hồ sơ trực tuyến.',
    'signin.verified': 'Đã xác thực qua VNeID',
    'signin.verified-note':
      'Các thông tin có dấu “Đã xác thực qua VNeID” lấy từ tài khoản định danh điện tử và không sửa được.',
  },
  en: {
    'signin.button': 'Sign in with VNeID',
    'signin.hint': 'Sign in to fill in your details and see your dossiers.',
    'signin.signed-in-as': 'Signed in: {name}',
    'signin.sign-out': 'Sign out',
    'signin.signing-out': 'Signing out…',
    'signin.failed': 'Signing in did not work. Please try again.',
    'signin.cancelled': 'You cancelled signing in.',
    'signin.required': 'Sign in with VNeID to submit online.',
    'signin.verified': 'Verified through VNeID',
    'signin.verified-note':
      'Details marked “Verified through VNeID” come from your electronic identity account and cannot be changed.',
  },
} as const;
