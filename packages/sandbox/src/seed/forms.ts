import { ethnicGroupOptions } from '@dvc-kit/core';
import type { CopyRule, FormDefinition, FormField } from '@dvc-kit/core';
import { hasTemplate, templatePath } from './form-templates';
import type { DetailKind, ProcedureSeed } from './procedures';

const PROVINCE = '66';
const t = (vi: string, en: string) => ({ vi, en });

const applicant: FormField[] = [
  {
    id: 'fullName',
    kind: 'text',
    label: t('Họ, chữ đệm và tên', 'Full name'),
    required: true,
    maxLength: 100,
    autocomplete: 'name',
  },
  {
    id: 'birthDate',
    kind: 'date',
    label: t('Ngày sinh', 'Date of birth'),
    required: true,
    pastOnly: true,
    autocomplete: 'bday',
  },
  {
    id: 'citizenId',
    kind: 'citizen-id',
    label: t('Số định danh cá nhân (CCCD)', 'Personal identification number'),
    required: true,
  },
  { id: 'phone', kind: 'phone', label: t('Số điện thoại', 'Phone number'), required: true, autocomplete: 'tel' },
  { id: 'email', kind: 'email', label: t('Thư điện tử', 'E-mail'), autocomplete: 'email' },
  { id: 'address', kind: 'address', label: t('Nơi cư trú', 'Place of residence'), required: true },
];

const gender: FormField = {
  id: 'gender',
  kind: 'choice',
  label: t('Giới tính', 'Sex'),
  required: true,
  options: [
    { value: 'male', label: t('Nam', 'Male') },
    { value: 'female', label: t('Nữ', 'Female') },
  ],
};
const relationship: FormField = {
  id: 'relationship',
  kind: 'choice',
  label: t('Quan hệ với người được đăng ký', 'Relationship to the person registered'),
  required: true,
  display: 'select',
  options: [
    { value: 'father', label: t('Cha', 'Father') },
    { value: 'mother', label: t('Mẹ', 'Mother') },
    { value: 'grandparent', label: t('Ông, bà', 'Grandparent') },
    { value: 'relative', label: t('Người thân thích khác', 'Other relative') },
    { value: 'other', label: t('Khác', 'Other') },
  ],
};

const details: Record<DetailKind, FormField[]> = {
  birth: [
    {
      id: 'childName',
      kind: 'text',
      label: t('Họ, chữ đệm và tên người được khai sinh', 'Full name of the child'),
      required: true,
      maxLength: 100,
    },
    { ...gender },
    {
      id: 'childBirthDate',
      kind: 'date',
      label: t('Ngày, tháng, năm sinh của trẻ', 'Child’s date of birth'),
      required: true,
      pastOnly: true,
      example: 10,
    },
    {
      id: 'birthPlace',
      kind: 'address',
      label: t('Nơi sinh', 'Place of birth'),
      required: true,
      provinceCode: PROVINCE,
      streetRequired: false,
    },
    {
      id: 'hasBirthCertificate',
      kind: 'choice',
      label: t('Có Giấy chứng sinh không?', 'Is there a birth certificate from the hospital?'),
      required: true,
      options: [
        { value: 'yes', label: t('Có', 'Yes') },
        { value: 'no', label: t('Không (sinh ngoài cơ sở y tế)', 'No (born outside a health facility)') },
      ],
    },
    {
      id: 'witnesses',
      kind: 'group',
      label: t('Người làm chứng việc sinh', 'Witnesses of the birth'),
      itemLabel: t('Người làm chứng', 'Witness'),
      help: t('Cần khi không có Giấy chứng sinh.', 'Needed when there is no birth certificate.'),
      visibleWhen: { field: 'hasBirthCertificate', equals: 'no' },
      required: true,
      maxItems: 3,
      fields: [
        { id: 'fullName', kind: 'text', label: t('Họ và tên', 'Full name'), required: true, maxLength: 100 },
        {
          id: 'citizenId',
          kind: 'citizen-id',
          label: t('Số định danh cá nhân', 'Personal identification number'),
          required: true,
        },
        { id: 'phone', kind: 'phone', label: t('Số điện thoại', 'Phone number') },
      ],
    },
    {
      id: 'ethnicity',
      kind: 'choice',
      label: t('Dân tộc của trẻ', 'Child’s ethnic group'),
      required: true,
      display: 'select',
      options: ethnicGroupOptions(),
      help: t('Gõ vài chữ để tìm, không cần dấu, ví dụ “ede”.', 'Type a few letters to search, e.g. “ede”.'),
    },
    { ...relationship },
    {
      id: 'otherRelationship',
      kind: 'text',
      label: t('Ghi rõ quan hệ', 'Specify the relationship'),
      required: true,
      visibleWhen: { field: 'relationship', equals: 'other' },
    },
    {
      id: 'motherName',
      kind: 'text',
      label: t('Họ và tên người mẹ', 'Mother’s full name'),
      required: true,
      maxLength: 100,
    },
    { id: 'motherBirthDate', kind: 'date', label: t('Ngày sinh của mẹ', 'Mother’s date of birth'), pastOnly: true },
    {
      id: 'motherCitizenId',
      kind: 'citizen-id',
      label: t('Số định danh cá nhân của mẹ', 'Mother’s personal identification number'),
    },
    {
      id: 'fatherName',
      kind: 'text',
      label: t('Họ và tên người cha', 'Father’s full name'),
      maxLength: 100,
      help: t('Bỏ trống nếu chưa xác định được cha.', 'Leave empty if the father is not established.'),
    },
    { id: 'fatherBirthDate', kind: 'date', label: t('Ngày sinh của cha', 'Father’s date of birth'), pastOnly: true },
    {
      id: 'fatherCitizenId',
      kind: 'citizen-id',
      label: t('Số định danh cá nhân của cha', 'Father’s personal identification number'),
    },
  ],
  death: [
    {
      id: 'deceasedName',
      kind: 'text',
      label: t('Họ và tên người chết', 'Full name of the deceased'),
      required: true,
      maxLength: 100,
    },
    {
      id: 'deceasedCitizenId',
      kind: 'citizen-id',
      label: t('Số định danh cá nhân của người chết', 'Personal identification number of the deceased'),
    },
    {
      id: 'deathDate',
      kind: 'date',
      label: t('Ngày chết', 'Date of death'),
      required: true,
      pastOnly: true,
      example: 3,
    },
    {
      id: 'deathPlace',
      kind: 'address',
      label: t('Nơi chết', 'Place of death'),
      required: true,
      streetRequired: false,
    },
    { id: 'cause', kind: 'textarea', label: t('Nguyên nhân chết', 'Cause of death'), maxLength: 500 },
    { ...relationship },
  ],
  marriage: [
    {
      id: 'spouses',
      kind: 'group',
      label: t('Thông tin hai bên nam, nữ', 'The two spouses'),
      itemLabel: t('Một bên', 'Spouse'),
      minItems: 2,
      maxItems: 2,
      required: true,
      fields: [
        { id: 'fullName', kind: 'text', label: t('Họ và tên', 'Full name'), required: true, maxLength: 100 },
        { id: 'birthDate', kind: 'date', label: t('Ngày sinh', 'Date of birth'), required: true, pastOnly: true },
        {
          id: 'citizenId',
          kind: 'citizen-id',
          label: t('Số định danh cá nhân', 'Personal identification number'),
          required: true,
        },
        { id: 'residence', kind: 'address', label: t('Nơi cư trú', 'Residence'), required: true },
        { id: 'previouslyMarried', kind: 'checkbox', label: t('Đã từng kết hôn', 'Previously married') },
      ],
    },
    { id: 'ceremonyDate', kind: 'date', label: t('Ngày dự kiến tổ chức đăng ký', 'Preferred registration date') },
  ],
  parentage: [
    { id: 'childName', kind: 'text', label: t('Họ và tên người được nhận', 'Full name of the child'), required: true },
    {
      id: 'childCitizenId',
      kind: 'citizen-id',
      label: t('Số định danh cá nhân của người được nhận', 'Child’s identification number'),
    },
    {
      id: 'kind',
      kind: 'choice',
      label: t('Loại yêu cầu', 'Request'),
      required: true,
      options: [
        { value: 'father', label: t('Nhận cha', 'Recognise the father') },
        { value: 'mother', label: t('Nhận mẹ', 'Recognise the mother') },
        { value: 'child', label: t('Nhận con', 'Recognise the child') },
      ],
    },
  ],
  residence: [
    {
      id: 'newAddress',
      kind: 'address',
      label: t('Địa chỉ đăng ký cư trú', 'Address to register'),
      required: true,
      provinceCode: PROVINCE,
    },
    { id: 'ownerName', kind: 'text', label: t('Họ tên chủ hộ', 'Head of household') },
    {
      id: 'members',
      kind: 'group',
      label: t('Những người cùng thay đổi', 'People moving with you'),
      itemLabel: t('Thành viên', 'Member'),
      maxItems: 20,
      fields: [
        { id: 'fullName', kind: 'text', label: t('Họ và tên', 'Full name'), required: true },
        {
          id: 'citizenId',
          kind: 'citizen-id',
          label: t('Số định danh cá nhân', 'Personal identification number'),
          required: true,
        },
        {
          id: 'relationship',
          kind: 'text',
          label: t('Quan hệ với chủ hộ', 'Relationship to the head of household'),
          required: true,
        },
      ],
    },
  ],
  certify: [
    {
      id: 'documentTitle',
      kind: 'text',
      label: t('Tên giấy tờ, văn bản', 'Document title'),
      required: true,
      maxLength: 200,
    },
    {
      id: 'pages',
      kind: 'number',
      label: t('Số trang', 'Number of pages'),
      required: true,
      integer: true,
      min: 1,
      max: 500,
    },
    {
      id: 'copies',
      kind: 'number',
      label: t('Số bản', 'Number of copies'),
      required: true,
      integer: true,
      min: 1,
      max: 50,
    },
  ],
  'household-business': [
    {
      id: 'businessName',
      kind: 'text',
      label: t('Tên hộ kinh doanh', 'Business name'),
      required: true,
      maxLength: 200,
    },
    { id: 'taxCode', kind: 'tax-code', label: t('Mã số thuế (nếu có)', 'Tax code (if any)') },
    {
      id: 'businessAddress',
      kind: 'address',
      label: t('Địa điểm kinh doanh', 'Business address'),
      required: true,
      provinceCode: PROVINCE,
    },
    {
      id: 'capital',
      kind: 'number',
      label: t('Vốn kinh doanh', 'Capital'),
      required: true,
      min: 0,
      unit: t('đồng', 'VND'),
    },
    {
      id: 'sectors',
      kind: 'choice',
      label: t('Ngành, nghề kinh doanh', 'Business sectors'),
      multiple: true,
      minSelected: 1,
      display: 'checkboxes',
      required: true,
      options: [
        { value: 'retail', label: t('Bán lẻ', 'Retail') },
        { value: 'food', label: t('Ăn uống', 'Food service') },
        { value: 'agriculture', label: t('Nông sản', 'Farm produce') },
        { value: 'repair', label: t('Sửa chữa', 'Repairs') },
      ],
    },
  ],
  building: [
    {
      id: 'siteAddress',
      kind: 'address',
      label: t('Địa điểm xây dựng', 'Construction site'),
      required: true,
      provinceCode: PROVINCE,
    },
    {
      id: 'landParcel',
      kind: 'text',
      label: t('Thửa đất số, tờ bản đồ số', 'Land parcel and map sheet'),
      required: true,
    },
    {
      id: 'floorArea',
      kind: 'number',
      label: t('Tổng diện tích sàn', 'Total floor area'),
      required: true,
      min: 1,
      unit: t('m²', 'm²'),
    },
    { id: 'floors', kind: 'number', label: t('Số tầng', 'Floors'), required: true, integer: true, min: 1, max: 7 },
  ],
  social: [
    { id: 'beneficiaryName', kind: 'text', label: t('Họ và tên đối tượng', 'Beneficiary'), required: true },
    {
      id: 'beneficiaryCitizenId',
      kind: 'citizen-id',
      label: t('Số định danh cá nhân của đối tượng', 'Beneficiary’s identification number'),
      required: true,
    },
    { id: 'circumstances', kind: 'textarea', label: t('Hoàn cảnh', 'Circumstances'), maxLength: 2000 },
    {
      id: 'bankAccount',
      kind: 'text',
      label: t('Số tài khoản nhận trợ cấp (nếu có)', 'Bank account (if any)'),
      maxLength: 30,
    },
  ],
  generic: [
    { id: 'request', kind: 'textarea', label: t('Nội dung yêu cầu', 'Your request'), required: true, maxLength: 2000 },
  ],
};

/** "Người nộp là mẹ / cha": the parent's details come from the applicant block (core's `copyAnswers`). */
const parentCopy = (parent: 'mother' | 'father', vi: string, en: string): CopyRule => ({
  when: { field: 'relationship', equals: parent },
  fields: {
    [`${parent}Name`]: 'applicant.fullName',
    [`${parent}BirthDate`]: 'applicant.birthDate',
    [`${parent}CitizenId`]: 'applicant.citizenId',
  },
  notice: t(
    `Bạn là ${vi} của trẻ nên thông tin của ${vi} đã được điền sẵn từ phần người nộp hồ sơ. Vui lòng kiểm tra lại.`,
    `You are the child’s ${en}, so the ${en}’s details were filled in from yours. Check them.`,
  ),
});

const copies: Partial<Record<DetailKind, CopyRule[]>> = {
  birth: [parentCopy('mother', 'mẹ', 'mother'), parentCopy('father', 'cha', 'father')],
};

/**
 * Builds the dossier form of a seeded procedure in core's `FormDefinition` shape:
 * the applicant block, procedure-specific details, then one file slot per document
 * of the dossier (thành phần hồ sơ), linked to its form template when it has one and
 * `baseUrl` (the sandbox's address) is given.
 */
export function buildForm(procedure: ProcedureSeed, baseUrl = ''): FormDefinition {
  return {
    version: 1,
    procedureCode: procedure.code,
    title: t(procedure.name, procedure.nameEn),
    sections: [
      { id: 'applicant', kind: 'applicant', title: t('Người nộp hồ sơ', 'Applicant'), fields: applicant },
      {
        id: 'details',
        kind: 'details',
        title: t('Thông tin cần khai', 'About your request'),
        fields: details[procedure.details],
        ...(copies[procedure.details] ? { copy: copies[procedure.details] } : {}),
      },
      {
        id: 'documents',
        kind: 'documents',
        title: t('Giấy tờ cần nộp', 'Documents to upload'),
        fields: [
          ...procedure.documents.map((doc, i): FormField => ({
            id: `doc${i + 1}`,
            kind: 'file',
            label: { vi: doc.name },
            required: doc.required,
            documentCode: doc.code,
            accept: ['application/pdf', 'image/jpeg', 'image/png'],
            maxBytes: 10 * 1024 * 1024,
            maxFiles: doc.copies > 1 ? doc.copies : 3,
            originals: doc.originals,
            copies: doc.copies,
            ...(baseUrl && hasTemplate(doc)
              ? { templateUrl: `${baseUrl.replace(/\/$/, '')}${templatePath(doc)}` }
              : {}),
          })),
          {
            id: 'declaration',
            kind: 'checkbox',
            label: t(
              'Tôi cam đoan những nội dung khai trên là đúng sự thật',
              'I declare that the information above is true',
            ),
            required: true,
          },
        ],
      },
    ],
  };
}
