/**
 * The strings of the "4 verify digits" field (`verifyField`) the status look-up and the
 * rating share. Only the widgets that show the field register them, so the others' bundles do
 * not carry them; a locale pack may translate any key.
 */
export const verifyMessages = {
  vi: {
    'verify.label': '4 số cuối điện thoại hoặc số định danh',
    'verify.hint': '4 chữ số cuối của số điện thoại hoặc số định danh cá nhân của người nộp hồ sơ.',
    'verify.invalid': 'Vui lòng nhập đúng 4 chữ số.',
  },
  en: {
    'verify.label': 'Last 4 digits of your phone or ID number',
    'verify.hint': 'The last 4 digits of the applicant’s phone number or personal identification number.',
    'verify.invalid': 'Enter exactly 4 digits.',
  },
} as const;
