import type { LocalizedMessage } from '../errors/dvc-error';

/**
 * Messages of dossier-form validation, keyed by error code, in Vietnamese and English.
 * Placeholders in braces (`{label}`, `{min}`, `{max}`, `{file}`, `{accept}`, `{key}`) are
 * filled by `validateFormData`. Wording follows GOV.UK error-message guidance: say what to
 * do, name the field, no blame.
 *
 * @example
 * ```ts
 * formMessages.vi['form.required']; // 'Vui lòng nhập {label}.'
 * ```
 */
export const formMessages = {
  vi: {
    'form.not-object': 'Dữ liệu biểu mẫu không hợp lệ.',
    'form.unknown-field': 'Biểu mẫu không có trường "{key}".',
    'form.required': 'Vui lòng nhập {label}.',
    'form.type': '{label} không đúng định dạng.',
    'form.text.too-short': '{label} phải có ít nhất {min} ký tự.',
    'form.text.too-long': '{label} không được dài quá {max} ký tự.',
    'form.number.not-integer': '{label} phải là số nguyên.',
    'form.number.too-small': '{label} phải từ {min} trở lên.',
    'form.number.too-large': '{label} không được lớn hơn {max}.',
    'form.date.invalid': '{label} phải là một ngày có thật.',
    'form.date.too-early': '{label} phải từ ngày {min} trở đi.',
    'form.date.too-late': '{label} không được sau ngày {max}.',
    'form.date.future': '{label} không được là ngày trong tương lai.',
    'form.citizen-id.invalid': '{label} phải là số định danh cá nhân (CCCD) gồm 12 chữ số hợp lệ.',
    'form.phone.invalid': '{label} phải là số điện thoại Việt Nam hợp lệ, ví dụ 0912 345 678.',
    'form.email.invalid': '{label} phải là địa chỉ email hợp lệ, ví dụ ten@example.com.',
    'form.tax-code.invalid': '{label} phải là mã số thuế hợp lệ gồm 10 hoặc 13 chữ số.',
    'form.address.province': 'Vui lòng chọn tỉnh, thành phố của {label}.',
    'form.address.commune': 'Vui lòng chọn xã, phường của {label}.',
    'form.address.street': 'Vui lòng nhập số nhà, đường hoặc thôn, buôn của {label}.',
    'form.address.outside-province': '{label} phải thuộc tỉnh, thành phố nơi tiếp nhận hồ sơ.',
    'form.address.commune-mismatch': 'Xã, phường đã chọn của {label} không thuộc tỉnh, thành phố đã chọn.',
    'form.choice.required': 'Vui lòng chọn {label}.',
    'form.choice.invalid': 'Vui lòng chọn một lựa chọn có trong danh sách cho {label}.',
    'form.choice.too-few': 'Vui lòng chọn ít nhất {min} mục cho {label}.',
    'form.choice.too-many': 'Chỉ được chọn tối đa {max} mục cho {label}.',
    'form.checkbox.required': 'Vui lòng đánh dấu xác nhận: {label}.',
    'form.group.too-few': '{label} cần ít nhất {min} mục.',
    'form.group.too-many': '{label} chỉ được có tối đa {max} mục.',
    'form.file.required': 'Vui lòng tải lên {label}.',
    'form.file.invalid': 'Thông tin tệp đã tải lên cho {label} không hợp lệ; vui lòng tải lại.',
    'form.file.type': 'Tệp "{file}" của {label} phải là {accept}.',
    'form.file.too-large': 'Tệp "{file}" của {label} phải nhỏ hơn {max}.',
    'form.file.too-many': '{label} chỉ được tải lên tối đa {max} tệp.',
  },
  en: {
    'form.not-object': 'The form data is not valid.',
    'form.unknown-field': 'The form has no field "{key}".',
    'form.required': 'Enter {label}.',
    'form.type': '{label} is not in the right format.',
    'form.text.too-short': '{label} must be {min} characters or more.',
    'form.text.too-long': '{label} must be {max} characters or fewer.',
    'form.number.not-integer': '{label} must be a whole number.',
    'form.number.too-small': '{label} must be {min} or more.',
    'form.number.too-large': '{label} must be {max} or less.',
    'form.date.invalid': '{label} must be a real date.',
    'form.date.too-early': '{label} must be on or after {min}.',
    'form.date.too-late': '{label} must be on or before {max}.',
    'form.date.future': '{label} must be today or in the past.',
    'form.citizen-id.invalid': '{label} must be a valid 12-digit personal identification number (CCCD).',
    'form.phone.invalid': '{label} must be a valid Vietnamese phone number, like 0912 345 678.',
    'form.email.invalid': '{label} must be an email address, like name@example.com.',
    'form.tax-code.invalid': '{label} must be a valid tax code of 10 or 13 digits.',
    'form.address.province': 'Select the province or city of {label}.',
    'form.address.commune': 'Select the commune or ward of {label}.',
    'form.address.street': 'Enter the house number and street, or the village, of {label}.',
    'form.address.outside-province': '{label} must be in the province that receives this dossier.',
    'form.address.commune-mismatch': 'The commune or ward of {label} is not in the selected province or city.',
    'form.choice.required': 'Select {label}.',
    'form.choice.invalid': 'Select one of the listed options for {label}.',
    'form.choice.too-few': 'Select at least {min} options for {label}.',
    'form.choice.too-many': 'Select no more than {max} options for {label}.',
    'form.checkbox.required': 'Confirm: {label}.',
    'form.group.too-few': 'Add at least {min} entries to {label}.',
    'form.group.too-many': '{label} can have at most {max} entries.',
    'form.file.required': 'Upload {label}.',
    'form.file.invalid': 'The uploaded file details for {label} are not valid; upload the file again.',
    'form.file.type': 'The file "{file}" for {label} must be {accept}.',
    'form.file.too-large': 'The file "{file}" for {label} must be smaller than {max}.',
    'form.file.too-many': 'Upload no more than {max} files for {label}.',
  },
} as const satisfies Record<'vi' | 'en', Record<string, string>>;

/** A form validation error code. */
export type FormErrorCode = keyof (typeof formMessages)['vi'];

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
export function formMessage(code: FormErrorCode, params: Record<string, MessageParam> = {}): LocalizedMessage {
  return { vi: fill(formMessages.vi[code], params, 'vi'), en: fill(formMessages.en[code], params, 'en') };
}
