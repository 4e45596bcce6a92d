import { ethnicGroupOptions } from '../../people/ethnic-groups';
import { applicantSection } from '../applicant-section';
import type { FormDefinition } from '../form-definition';

/**
 * Example dossier form: Đăng ký khai sinh (birth registration, TTHC 1.001193, commune level),
 * after the declaration form of Circular 04/2024/TT-BTP, for a commune of Đắk Lắk (province 66).
 * Document codes are illustrative, not the portal's official MaGiayTo values.
 *
 * Not exported from `@dvc-kit/core` (it would bloat bundles): tests import it from
 * `@dvc-kit/core/testing`.
 */
export const birthRegistrationForm = {
  version: 1,
  procedureCode: '1.001193',
  title: { vi: 'Đăng ký khai sinh', en: 'Birth registration' },
  description: {
    vi: 'Khai sinh cho trẻ sinh ra tại Việt Nam, nộp tại Ủy ban nhân dân xã, phường nơi cư trú của cha hoặc mẹ.',
    en: 'Registers a child born in Vietnam at the commune or ward People’s Committee where a parent lives.',
  },
  sections: [
    applicantSection({ provinceCode: '66' }),
    {
      id: 'child',
      title: { vi: 'Người được khai sinh', en: 'The child' },
      fields: [
        {
          id: 'relationship',
          kind: 'choice',
          label: { vi: 'Quan hệ với người được khai sinh', en: 'Your relationship to the child' },
          required: true,
          options: [
            { value: 'mother', label: { vi: 'Mẹ', en: 'Mother' } },
            { value: 'father', label: { vi: 'Cha', en: 'Father' } },
            { value: 'grandparent', label: { vi: 'Ông, bà', en: 'Grandparent' } },
            { value: 'relative', label: { vi: 'Người thân thích khác', en: 'Other relative' } },
            { value: 'authorized', label: { vi: 'Người được ủy quyền', en: 'Authorised person' } },
          ],
        },
        {
          id: 'fullName',
          kind: 'text',
          label: { vi: 'Họ, chữ đệm và tên của trẻ', en: 'Child’s full name' },
          required: true,
          maxLength: 100,
        },
        {
          id: 'gender',
          kind: 'choice',
          label: { vi: 'Giới tính', en: 'Sex' },
          required: true,
          options: [
            { value: 'male', label: { vi: 'Nam', en: 'Male' } },
            { value: 'female', label: { vi: 'Nữ', en: 'Female' } },
          ],
        },
        {
          id: 'birthDate',
          kind: 'date',
          label: { vi: 'Ngày, tháng, năm sinh', en: 'Date of birth' },
          required: true,
          pastOnly: true,
          min: '1900-01-01',
          example: 10,
          autocomplete: 'off',
        },
        {
          id: 'ethnicity',
          kind: 'choice',
          label: { vi: 'Dân tộc', en: 'Ethnic group' },
          required: true,
          display: 'select',
          help: {
            vi: 'Gõ vài chữ để tìm, không cần dấu, ví dụ “ede”.',
            en: 'Type a few letters to search, e.g. “ede”.',
          },
          options: ethnicGroupOptions(),
        },
        {
          id: 'hasBirthCertificate',
          kind: 'choice',
          label: { vi: 'Có Giấy chứng sinh không?', en: 'Is there a birth certificate from the hospital?' },
          help: {
            vi: 'Giấy chứng sinh do cơ sở y tế nơi trẻ sinh ra cấp.',
            en: 'Issued by the health facility where the child was born.',
          },
          required: true,
          options: [
            { value: 'yes', label: { vi: 'Có', en: 'Yes' } },
            { value: 'no', label: { vi: 'Không (sinh ngoài cơ sở y tế)', en: 'No (born outside a health facility)' } },
          ],
        },
        {
          id: 'birthPlace',
          kind: 'address',
          label: { vi: 'Nơi sinh', en: 'Place of birth' },
          required: true,
          streetRequired: false,
        },
        {
          id: 'witnesses',
          kind: 'group',
          label: { vi: 'Người làm chứng việc sinh', en: 'Witnesses of the birth' },
          help: { vi: 'Bắt buộc khi không có Giấy chứng sinh.', en: 'Required when there is no birth certificate.' },
          itemLabel: { vi: 'Người làm chứng', en: 'Witness' },
          visibleWhen: { field: 'hasBirthCertificate', equals: 'no' },
          required: true,
          maxItems: 3,
          fields: [
            {
              id: 'fullName',
              kind: 'text',
              label: { vi: 'Họ và tên', en: 'Full name' },
              required: true,
              maxLength: 100,
            },
            {
              id: 'citizenId',
              kind: 'citizen-id',
              label: { vi: 'Số định danh cá nhân', en: 'Personal identification number' },
              required: true,
            },
            { id: 'phone', kind: 'phone', label: { vi: 'Số điện thoại', en: 'Phone number' } },
          ],
        },
      ],
    },
    {
      id: 'parents',
      title: { vi: 'Cha, mẹ của trẻ', en: 'The child’s parents' },
      copy: [
        {
          when: { field: 'child.relationship', equals: 'mother' },
          fields: { motherName: 'applicant.fullName', motherCitizenId: 'applicant.citizenId' },
          notice: {
            vi: 'Bạn là mẹ của trẻ nên họ tên và số định danh của mẹ đã được điền sẵn từ phần người nộp hồ sơ. Vui lòng kiểm tra lại.',
            en: 'You are the child’s mother, so her name and ID number were filled in from your details. Check them.',
          },
        },
      ],
      fields: [
        {
          id: 'motherName',
          kind: 'text',
          label: { vi: 'Họ và tên người mẹ', en: 'Mother’s full name' },
          required: true,
          maxLength: 100,
        },
        {
          id: 'motherBirthDate',
          kind: 'date',
          label: { vi: 'Ngày sinh của mẹ', en: 'Mother’s date of birth' },
          required: true,
          pastOnly: true,
        },
        {
          id: 'motherCitizenId',
          kind: 'citizen-id',
          label: { vi: 'Số định danh cá nhân của mẹ', en: 'Mother’s personal identification number' },
          required: true,
        },
        {
          id: 'fatherKnown',
          kind: 'checkbox',
          label: { vi: 'Khai thông tin người cha', en: 'Give the father’s details' },
          help: { vi: 'Bỏ trống nếu chưa xác định được cha.', en: 'Leave unticked if the father is not established.' },
        },
        {
          id: 'fatherName',
          kind: 'text',
          label: { vi: 'Họ và tên người cha', en: 'Father’s full name' },
          required: true,
          maxLength: 100,
          visibleWhen: { field: 'fatherKnown', equals: true },
        },
        {
          id: 'fatherCitizenId',
          kind: 'citizen-id',
          label: { vi: 'Số định danh cá nhân của cha', en: 'Father’s personal identification number' },
          required: true,
          visibleWhen: { field: 'fatherKnown', equals: true },
        },
        {
          id: 'residence',
          kind: 'address',
          label: { vi: 'Nơi cư trú của cha, mẹ', en: 'Where the parents live' },
          required: true,
          provinceCode: '66',
        },
        {
          id: 'extractCopies',
          kind: 'number',
          label: { vi: 'Số bản sao Trích lục khai sinh cần cấp', en: 'Copies of the birth extract wanted' },
          integer: true,
          min: 0,
          max: 10,
        },
      ],
    },
    {
      id: 'documents',
      kind: 'documents',
      title: { vi: 'Giấy tờ kèm theo', en: 'Documents' },
      fields: [
        {
          id: 'birthCertificate',
          kind: 'file',
          label: { vi: 'Giấy chứng sinh', en: 'Birth certificate from the health facility' },
          documentCode: 'KS-GCS',
          required: true,
          originals: 1,
          visibleWhen: { field: 'child.hasBirthCertificate', equals: 'yes' },
          accept: ['application/pdf', 'image/jpeg', 'image/png'],
          maxBytes: 5 * 1024 * 1024,
          maxFiles: 2,
        },
        {
          id: 'witnessStatement',
          kind: 'file',
          label: { vi: 'Văn bản xác nhận của người làm chứng', en: 'Written statement of a witness' },
          documentCode: 'KS-VBLC',
          required: true,
          originals: 1,
          visibleWhen: { field: 'child.hasBirthCertificate', equals: 'no' },
          maxFiles: 3,
        },
        {
          id: 'authorization',
          kind: 'file',
          label: { vi: 'Văn bản ủy quyền', en: 'Letter of authorisation' },
          documentCode: 'KS-VBUQ',
          required: true,
          originals: 1,
          visibleWhen: { field: 'child.relationship', equals: 'authorized' },
        },
        {
          id: 'marriageCertificate',
          kind: 'file',
          label: { vi: 'Giấy chứng nhận kết hôn của cha, mẹ (nếu có)', en: 'Parents’ marriage certificate (if any)' },
          documentCode: 'KS-GCNKH',
          copies: 1,
        },
        {
          id: 'declaration',
          kind: 'checkbox',
          label: {
            vi: 'Tôi cam đoan nội dung khai trên đây là đúng sự thật và chịu trách nhiệm trước pháp luật về cam đoan của mình',
            en: 'I declare that the information given is true, and I am responsible before the law for this declaration',
          },
          required: true,
        },
      ],
    },
  ],
} satisfies FormDefinition;
