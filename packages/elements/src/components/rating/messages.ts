/**
 * UI strings of `<dvc-rating>`. Registered (vi, en) when the widget's module loads, so other widgets'
 * bundles do not carry them; a locale pack may translate any key.
 */
export const ratingMessages = {
  vi: {
    'rating.title': 'Đánh giá mức độ hài lòng',
    'rating.level': 'Bạn có hài lòng với việc giải quyết hồ sơ?',
    'rating.very-satisfied': 'Rất hài lòng',
    'rating.satisfied': 'Hài lòng',
    'rating.not-satisfied': 'Không hài lòng',
    'rating.level-required': 'Vui lòng chọn mức độ hài lòng.',
    'rating.comment': 'Góp ý',
    'rating.counter': 'Còn {left} ký tự',
    'rating.submit': 'Gửi đánh giá',
    'rating.sending': 'Đang gửi đánh giá…',
    'rating.thanks': 'Cảm ơn bạn đã đánh giá!',
    'rating.thanks-detail': 'Ý kiến của bạn giúp cơ quan phục vụ người dân tốt hơn.',
    'rating.not-found': 'Không tìm thấy hồ sơ cần đánh giá. Vui lòng kiểm tra lại 4 chữ số cuối.',
  },
  en: {
    'rating.title': 'Rate your satisfaction',
    'rating.level': 'Are you satisfied with how your application was handled?',
    'rating.very-satisfied': 'Very satisfied',
    'rating.satisfied': 'Satisfied',
    'rating.not-satisfied': 'Not satisfied',
    'rating.level-required': 'Choose how satisfied you are.',
    'rating.comment': 'Comments',
    'rating.counter': '{left} characters left',
    'rating.submit': 'Send rating',
    'rating.sending': 'Sending your rating…',
    'rating.thanks': 'Thank you for your rating!',
    'rating.thanks-detail': 'Your feedback helps the agency serve people better.',
    'rating.not-found': 'The application to rate was not found. Check the last 4 digits.',
  },
} as const;
