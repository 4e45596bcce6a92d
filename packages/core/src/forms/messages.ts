import { defineMessages, type Localized } from '../messages/define-messages';

/**
 * Messages of dossier-form validation, keyed by error code, in Vietnamese and English.
 * Placeholders in braces (`{label}`, `{min}`, `{max}`, `{file}`, `{accept}`, `{key}`) are
 * filled by `validateFormData`. Wording follows GOV.UK error-message guidance: every message
 * names the field and says how to put it right, in plain words (no blame, no jargon).
 *
 * @example
 * ```ts
 * formMessages.texts.vi['form.required']; // 'Vui lòng nhập {label}.'
 * ```
 */
export const formMessages = defineMessages({
  vi: {
    'form.not-object': 'Dữ liệu biểu mẫu không đọc được. Vui lòng tải lại trang rồi điền lại.',
    'form.unknown-field': 'Biểu mẫu không có trường "{key}". Vui lòng tải lại trang để dùng biểu mẫu mới nhất.',
    'form.required': 'Vui lòng nhập {label}.',
    'form.type': '{label} chưa đúng dạng. Vui lòng nhập lại.',
    'form.text.too-short': 'Vui lòng nhập ít nhất {min} ký tự cho {label}.',
    'form.text.too-long': '{label} dài quá {max} ký tự. Vui lòng viết ngắn lại.',
    'form.number.not-integer': 'Vui lòng nhập {label} là số nguyên, không có phần lẻ (ví dụ 2).',
    'form.number.too-small': 'Vui lòng nhập {label} từ {min} trở lên.',
    'form.number.too-large': 'Vui lòng nhập {label} không quá {max}.',
    'form.date.invalid':
      '{label} không có thật. Vui lòng kiểm tra lại ngày và tháng (ví dụ tháng 2 chỉ có 28 hoặc 29 ngày).',
    'form.date.too-early': '{label} phải từ ngày {min} trở đi. Vui lòng kiểm tra lại năm.',
    'form.date.too-late': '{label} không được sau ngày {max}. Vui lòng kiểm tra lại năm.',
    'form.date.future': '{label} không được sau hôm nay. Vui lòng kiểm tra lại năm.',
    'form.citizen-id.invalid':
      '{label} chưa đúng. Vui lòng nhập đủ 12 chữ số như in trên thẻ Căn cước, kiểm tra lại từng số.',
    'form.phone.invalid':
      '{label} chưa đúng. Vui lòng nhập số di động 10 chữ số, ví dụ 0912 345 678, hoặc số bàn có mã vùng.',
    'form.email.invalid': '{label} chưa đúng. Vui lòng nhập theo dạng ten@example.com.',
    'form.tax-code.invalid':
      '{label} chưa đúng. Vui lòng nhập 10 chữ số, hoặc 13 chữ số với đơn vị phụ thuộc (ví dụ 0100109106-001).',
    'form.address.province': 'Vui lòng chọn tỉnh, thành phố của {label} trong danh sách.',
    'form.address.commune': 'Vui lòng chọn xã, phường của {label} trong danh sách.',
    'form.address.street': 'Vui lòng nhập số nhà, đường hoặc thôn, buôn của {label}.',
    'form.address.outside-province':
      '{label} phải ở tỉnh, thành phố nơi nhận hồ sơ. Vui lòng chọn lại tỉnh, thành phố.',
    'form.address.commune-mismatch':
      'Xã, phường đã chọn không thuộc tỉnh, thành phố đã chọn. Vui lòng chọn lại xã, phường của {label}.',
    'form.choice.required': 'Vui lòng chọn {label}.',
    'form.choice.invalid': 'Vui lòng chọn {label} trong danh sách.',
    'form.choice.too-few': 'Vui lòng chọn ít nhất {min} mục cho {label}.',
    'form.choice.too-many': 'Vui lòng bỏ bớt: {label} chỉ được chọn tối đa {max} mục.',
    'form.checkbox.required': 'Vui lòng đánh dấu vào ô xác nhận: {label}.',
    'form.group.too-few': 'Vui lòng thêm ít nhất {min} mục vào {label}.',
    'form.group.too-many': 'Vui lòng xoá bớt: {label} chỉ được có tối đa {max} mục.',
    'form.file.required': 'Vui lòng tải lên {label}: bấm “Chọn tệp”.',
    'form.file.invalid': 'Thông tin tệp đã tải lên cho {label} không đọc được. Vui lòng xoá tệp rồi tải lại.',
    'form.file.type': 'Tệp "{file}" không dùng được cho {label}. Vui lòng chọn tệp {accept}.',
    'form.file.too-large': 'Tệp "{file}" của {label} lớn hơn {max}. Vui lòng chọn tệp nhỏ hơn, hoặc chụp lại ảnh.',
    'form.file.too-many': 'Vui lòng xoá bớt tệp: {label} chỉ nhận tối đa {max} tệp.',
  },
  en: {
    'form.not-object': 'The form data cannot be read. Reload the page and fill in the form again.',
    'form.unknown-field': 'The form has no field "{key}". Reload the page to use the latest form.',
    'form.required': 'Enter {label}.',
    'form.type': '{label} is not in the right format. Enter it again.',
    'form.text.too-short': 'Enter at least {min} characters for {label}.',
    'form.text.too-long': '{label} is longer than {max} characters. Shorten it.',
    'form.number.not-integer': 'Enter {label} as a whole number (for example 2).',
    'form.number.too-small': 'Enter {label} of {min} or more.',
    'form.number.too-large': 'Enter {label} of {max} or less.',
    'form.date.invalid': '{label} does not exist. Check the day and the month (February has only 28 or 29 days).',
    'form.date.too-early': '{label} must be on or after {min}. Check the year.',
    'form.date.too-late': '{label} must be on or before {max}. Check the year.',
    'form.date.future': '{label} cannot be after today. Check the year.',
    'form.citizen-id.invalid':
      '{label} is not right. Enter all 12 digits as printed on the citizen ID card, and check each one.',
    'form.phone.invalid':
      '{label} is not right. Enter a 10-digit mobile number, like 0912 345 678, or a landline with its area code.',
    'form.email.invalid': '{label} is not right. Enter it like name@example.com.',
    'form.tax-code.invalid': '{label} is not right. Enter 10 digits, or 13 for a dependent unit (like 0100109106-001).',
    'form.address.province': 'Select the province or city of {label} from the list.',
    'form.address.commune': 'Select the commune or ward of {label} from the list.',
    'form.address.street': 'Enter the house number and street, or the village, of {label}.',
    'form.address.outside-province':
      '{label} must be in the province that receives this application. Select the province again.',
    'form.address.commune-mismatch':
      'The commune or ward is not in the selected province. Select the commune or ward of {label} again.',
    'form.choice.required': 'Select {label}.',
    'form.choice.invalid': 'Select {label} from the list.',
    'form.choice.too-few': 'Select at least {min} options for {label}.',
    'form.choice.too-many': 'Unselect some: {label} allows at most {max}.',
    'form.checkbox.required': 'Tick the box to confirm: {label}.',
    'form.group.too-few': 'Add at least {min} entries to {label}.',
    'form.group.too-many': 'Remove some: {label} can have at most {max} entries.',
    'form.file.required': 'Upload {label}: press “Choose file”.',
    'form.file.invalid':
      'The details of the file uploaded for {label} cannot be read. Remove the file and upload it again.',
    'form.file.type': 'The file "{file}" cannot be used for {label}. Choose a {accept} file.',
    'form.file.too-large':
      'The file "{file}" for {label} is larger than {max}. Choose a smaller file, or take the photo again.',
    'form.file.too-many': 'Remove some files: {label} takes at most {max}.',
  },
});

/** A form validation error code. */
export type FormErrorCode = (typeof formMessages.codes)[number];

/** A placeholder value: the same in both languages, or per language. */
export type MessageParam = string | number | { vi: string; en?: string };

/** "Họ và tên" reads "họ và tên" mid-sentence; acronyms such as "CCCD" keep their case. */
const midSentence = (text: string) => (/^\p{Lu}\p{Ll}/u.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text);

const fill = (template: string, params: Record<string, MessageParam>, language: 'vi' | 'en'): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string, offset: number) => {
    const value = params[name];
    if (value === undefined) return whole;
    const text = typeof value === 'object' ? (language === 'en' ? (value.en ?? value.vi) : value.vi) : String(value);
    return name === 'label' && offset > 0 ? midSentence(text) : text;
  });

/** The message of `code` in both languages with placeholders filled (internal to forms/). */
export function formMessage(code: FormErrorCode, params: Record<string, MessageParam> = {}): Localized {
  const { vi, en } = formMessages.texts;
  return { vi: fill(vi[code], params, 'vi'), en: fill(en[code], params, 'en') };
}
