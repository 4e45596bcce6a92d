import type { UploadDescriptor } from '../upload-descriptor';

const sha = (digit: string) => digit.repeat(64);

/** A stored PDF upload for tests and seeds. */
export const exampleUpload = (id: string, overrides: Partial<UploadDescriptor> = {}): UploadDescriptor => ({
  id,
  name: `${id}.pdf`,
  size: 284_113,
  type: 'application/pdf',
  sha256: sha('a'),
  ...overrides,
});

/**
 * Valid data for `birthRegistrationForm` (child born 2025-06-20 with a birth certificate,
 * mother applying, father declared). Checked with `now` = 2025-07-01.
 */
export const birthRegistrationData = () => ({
  applicant: {
    fullName: 'Hờ Thị Mai',
    citizenId: '066300001234',
    phone: '0912 345 678',
    email: 'hothimai@example.com',
    address: { provinceCode: '66', communeCode: '24229', street: 'Buôn Ea Bung, thôn 3' },
  },
  child: {
    relationship: 'mother',
    fullName: 'Hờ Gia Bảo',
    gender: 'male',
    birthDate: '2025-06-20',
    ethnicity: '08', // Mông
    hasBirthCertificate: 'yes',
    birthPlace: { provinceCode: '66', communeCode: '24211', street: 'Trạm Y tế xã Ea Súp' },
  },
  parents: {
    motherName: 'Hờ Thị Mai',
    motherBirthDate: '2000-03-15',
    motherCitizenId: '066300001234',
    fatherKnown: true,
    fatherName: 'Giàng A Páo',
    fatherCitizenId: '066098004321',
    residence: { provinceCode: '66', communeCode: '24229', street: 'Buôn Ea Bung, thôn 3' },
    extractCopies: 2,
  },
  documents: {
    birthCertificate: [exampleUpload('upl-1')],
    declaration: true,
  },
});
