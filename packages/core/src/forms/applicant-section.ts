import type { FormSection } from './form-definition';

/** Id of the standard applicant section; its values become the submission's `applicant`. */
export const APPLICANT_SECTION_ID = 'applicant';

/** Options of {@link applicantSection}. */
export interface ApplicantSectionOptions {
  /** Pin the address to this 2-digit province code (e.g. '66' Đắk Lắk). @default undefined (any province) */
  provinceCode?: string;
  /** Whether e-mail must be given. @default false */
  emailRequired?: boolean;
}

/**
 * The standard applicant block (người nộp hồ sơ / chủ hồ sơ) every dossier form starts with:
 * `fullName` (ChuHoSo), `citizenId` (SoGiayToChuHoSo), `phone` (SoDienThoai), `email` (Email)
 * and `address`. Its field ids match `applicantSchema` of the public API.
 *
 * @example
 * ```ts
 * const form: FormDefinition = {
 *   version: 1, title: { vi: 'Đăng ký khai sinh' },
 *   sections: [applicantSection({ provinceCode: '66' }), detailsSection],
 * };
 * ```
 */
export function applicantSection(options: ApplicantSectionOptions = {}): FormSection {
  return {
    id: APPLICANT_SECTION_ID,
    kind: 'applicant',
    title: { vi: 'Thông tin người nộp hồ sơ', en: 'About you' },
    description: {
      vi: 'Người nộp hồ sơ là người nhận kết quả và được cơ quan liên hệ khi cần.',
      en: 'The applicant receives the result and is contacted by the agency if needed.',
    },
    fields: [
      {
        id: 'fullName',
        kind: 'text',
        label: { vi: 'Họ, chữ đệm và tên', en: 'Full name' },
        help: {
          vi: 'Viết có dấu, đúng như trên Căn cước công dân.',
          en: 'As written on your citizen ID card, with diacritics.',
        },
        required: true,
        maxLength: 100,
        autocomplete: 'name',
      },
      {
        id: 'citizenId',
        kind: 'citizen-id',
        label: { vi: 'Số định danh cá nhân', en: 'Personal identification number' },
        help: {
          vi: '12 chữ số trên thẻ Căn cước hoặc Căn cước công dân.',
          en: 'The 12 digits on your citizen ID card.',
        },
        required: true,
        autocomplete: 'off',
      },
      {
        id: 'phone',
        kind: 'phone',
        label: { vi: 'Số điện thoại', en: 'Phone number' },
        help: {
          vi: 'Cơ quan gửi tin nhắn khi hồ sơ có kết quả.',
          en: 'The agency texts you when the result is ready.',
        },
        required: true,
        autocomplete: 'tel',
      },
      {
        id: 'email',
        kind: 'email',
        label: { vi: 'Thư điện tử (email)', en: 'Email address' },
        required: options.emailRequired ?? false,
        autocomplete: 'email',
      },
      {
        id: 'address',
        kind: 'address',
        label: { vi: 'Địa chỉ liên hệ', en: 'Contact address' },
        required: true,
        autocomplete: 'street-address',
        ...(options.provinceCode === undefined ? {} : { provinceCode: options.provinceCode }),
      },
    ],
  };
}
