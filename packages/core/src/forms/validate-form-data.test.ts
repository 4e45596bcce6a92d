import { describe, expect, it } from 'vitest';
import { fromVietnamTime } from '../time/vietnam-time';
import { birthRegistrationForm as form } from './examples/birth-registration';
import { birthRegistrationData, exampleUpload } from './examples/birth-registration-data';
import { FormValidationError } from './form-validation-error';
import { isFieldVisible, validateFormData } from './validate-form-data';
import type { ValidateFormOptions } from './validate-form-data';

const now = fromVietnamTime(2025, 7, 1, 9);
const check = (data: unknown, options: ValidateFormOptions = {}) => validateFormData(form, data, { now, ...options });
const codes = (data: unknown, options?: ValidateFormOptions) =>
  check(data, options).errors.map((e) => `${e.path} ${e.code}`);

describe('validateFormData', () => {
  it('accepts a complete birth registration', () => {
    expect(check(birthRegistrationData())).toEqual({ valid: true, errors: [] });
  });

  it('reports missing required values with vi/en messages, per kind', () => {
    const data = birthRegistrationData();
    delete (data.applicant as Partial<typeof data.applicant>).fullName;
    data.child.gender = '';
    data.documents.birthCertificate = [];
    data.documents.declaration = false;
    const { valid, errors } = check(data);
    expect(valid).toBe(false);
    expect(errors.map((e) => `${e.path} ${e.code}`)).toEqual([
      'applicant.fullName form.required',
      'child.gender form.choice.required',
      'documents.birthCertificate form.file.required',
      'documents.declaration form.checkbox.required',
    ]);
    expect(errors[0]!.messages).toEqual({ vi: 'Vui lòng nhập họ, chữ đệm và tên.', en: 'Enter full name.' });
    expect(errors[1]!.messages.vi).toBe('Vui lòng chọn giới tính.');
  });

  it('ignores fields hidden by visibleWhen, and checks them once shown', () => {
    const data = birthRegistrationData();
    Object.assign(data.parents, { fatherKnown: false, fatherName: '', fatherCitizenId: 'not checked' });
    expect(check(data).valid).toBe(true);
    data.parents.fatherKnown = true;
    expect(codes(data)).toEqual([
      'parents.fatherName form.required',
      'parents.fatherCitizenId form.citizen-id.invalid',
    ]);
  });

  it('follows conditions across sections (documents depend on child answers)', () => {
    const data = { ...birthRegistrationData(), documents: { declaration: true } };
    Object.assign(data.child, {
      hasBirthCertificate: 'no',
      relationship: 'authorized',
      witnesses: [{ fullName: 'Y Moan Niê', citizenId: '066090000111' }],
    });
    expect(codes(data)).toEqual([
      'documents.witnessStatement form.file.required',
      'documents.authorization form.file.required',
    ]);
  });

  it('checks every item of a repeating group, with indexed paths', () => {
    const data = birthRegistrationData();
    Object.assign(data.child, {
      hasBirthCertificate: 'no',
      witnesses: [
        { fullName: 'Y Moan Niê', citizenId: '066090000111' },
        { fullName: 'H’Hen Mlô', citizenId: '066190000222', phone: '0262 3852 111' },
        { fullName: '', citizenId: '12345', nickname: 'x' },
      ],
    });
    Object.assign(data.documents, { birthCertificate: undefined, witnessStatement: [exampleUpload('w1')] });
    const { errors } = check(data);
    expect(errors.map((e) => `${e.path} ${e.code}`)).toEqual([
      'child.witnesses[2].nickname form.unknown-field',
      'child.witnesses[2].fullName form.required',
      'child.witnesses[2].citizenId form.citizen-id.invalid',
    ]);
    expect(errors[2]!.messages).toEqual({
      vi: 'Số định danh cá nhân chưa đúng. Vui lòng nhập đủ 12 chữ số như in trên thẻ Căn cước, kiểm tra lại từng số.',
      en: 'Personal identification number is not right. Enter all 12 digits as printed on the citizen ID card, and check each one.',
    });
  });

  it('enforces group size: required means at least one, maxItems caps', () => {
    const data = birthRegistrationData();
    Object.assign(data.child, { hasBirthCertificate: 'no', witnesses: [] });
    Object.assign(data.documents, { birthCertificate: undefined, witnessStatement: [exampleUpload('w1')] });
    expect(codes(data)).toEqual(['child.witnesses form.group.too-few']);
    const witness = { fullName: 'Y Moan Niê', citizenId: '066090000111' };
    Object.assign(data.child, { witnesses: [witness, witness, witness, witness] });
    expect(codes(data)).toEqual(['child.witnesses form.group.too-many']);
  });

  it('rejects invalid identifiers, phone, email and legacy CMND', () => {
    const data = birthRegistrationData();
    Object.assign(data.applicant, { citizenId: '241234567', phone: '0123', email: 'mai@' });
    const errors = check(data).errors;
    expect(errors.map((e) => e.code)).toEqual(['form.citizen-id.invalid', 'form.phone.invalid', 'form.email.invalid']);
    expect(errors[1]!.messages.en).toBe(
      'Phone number is not right. Enter a 10-digit mobile number, like 0912 345 678, or a landline with its area code.',
    );
  });

  it('checks dates: real, not in the future, within min', () => {
    const data = birthRegistrationData();
    data.child.birthDate = '2025-07-02';
    data.parents.motherBirthDate = '2001-02-29';
    expect(codes(data)).toEqual(['child.birthDate form.date.future', 'parents.motherBirthDate form.date.invalid']);
    data.child.birthDate = '1899-12-31';
    data.parents.motherBirthDate = '2001-02-28';
    const errors = check(data).errors;
    expect(errors.map((e) => e.code)).toEqual(['form.date.too-early']);
    expect(errors[0]!.messages).toEqual({
      vi: 'Ngày, tháng, năm sinh phải từ ngày 01/01/1900 trở đi. Vui lòng kiểm tra lại năm.',
      en: 'Date of birth must be on or after 1 January 1900. Check the year.',
    });
  });

  it('checks numbers, choices and addresses', () => {
    const data = birthRegistrationData();
    Object.assign(data.parents, {
      extractCopies: 2.5,
      residence: { provinceCode: '01', communeCode: '2422', street: ' ' },
    });
    Object.assign(data.child, { ethnicity: 'martian' });
    expect(codes(data)).toEqual([
      'child.ethnicity form.choice.invalid',
      'parents.residence.provinceCode form.address.outside-province',
      'parents.residence.communeCode form.address.commune',
      'parents.residence.street form.address.street',
      'parents.extractCopies form.number.not-integer',
    ]);
    data.parents.extractCopies = 11;
    data.parents.residence = { provinceCode: '66', communeCode: '00001', street: 'Thôn 1' };
    Object.assign(data.child, { ethnicity: '12' }); // Ê-đê
    const inProvince = (commune: string, province: string) => province === '66' && commune.startsWith('24');
    expect(codes(data, { communeInProvince: inProvince })).toEqual([
      'parents.residence.communeCode form.address.commune-mismatch',
      'parents.extractCopies form.number.too-large',
    ]);
  });

  it('applies file slot rules: type, size, count and descriptor shape', () => {
    const data = birthRegistrationData();
    data.documents.birthCertificate = [
      exampleUpload('a', { type: 'application/msword', name: 'giay.doc' }),
      exampleUpload('b', { size: 6 * 1024 * 1024, name: 'scan.pdf' }),
      { id: 'c', name: 'x', size: -1, type: 'image/png', sha256: 'zz' },
    ];
    const errors = check(data).errors;
    expect(errors.map((e) => `${e.path} ${e.code}`)).toEqual([
      'documents.birthCertificate form.file.too-many',
      'documents.birthCertificate[0] form.file.type',
      'documents.birthCertificate[1] form.file.too-large',
      'documents.birthCertificate[2] form.file.invalid',
    ]);
    expect(errors[1]!.messages).toEqual({
      vi: 'Tệp "giay.doc" không dùng được cho giấy chứng sinh. Vui lòng chọn tệp PDF, JPG hoặc PNG.',
      en: 'The file "giay.doc" cannot be used for birth certificate from the health facility. Choose a PDF, JPG or PNG file.',
    });
    expect(errors[2]!.messages.vi).toBe(
      'Tệp "scan.pdf" của giấy chứng sinh lớn hơn 5 MB. Vui lòng chọn tệp nhỏ hơn, hoặc chụp lại ảnh.',
    );
  });

  it('reports unknown keys at every level', () => {
    const data = { ...birthRegistrationData(), extra: 1 };
    Object.assign(data.applicant, { nickname: 'Mai' });
    Object.assign(data.applicant.address, { zip: '630000' });
    expect(codes(data)).toEqual([
      'extra form.unknown-field',
      'applicant.nickname form.unknown-field',
      'applicant.address.zip form.unknown-field',
    ]);
    expect(check(data).errors[0]!.messages.vi).toBe(
      'Biểu mẫu không có trường "extra". Vui lòng tải lại trang để dùng biểu mẫu mới nhất.',
    );
  });

  it('reports wrong types without throwing, and a non-object as form.not-object', () => {
    expect(codes(null)).toEqual([' form.not-object']);
    expect(codes([])).toEqual([' form.not-object']);
    const data = { ...birthRegistrationData(), parents: 'x' };
    Object.assign(data.child, { fullName: 42, gender: ['male'] });
    expect(codes(data)).toEqual(['child.fullName form.type', 'child.gender form.choice.invalid', 'parents form.type']);
  });

  it('checks only the requested sections (one widget step)', () => {
    expect(codes({ applicant: birthRegistrationData().applicant }, { sections: ['applicant'] })).toEqual([]);
    expect(codes({}, { sections: ['parents'] })).toContain('parents.motherName form.required');
  });

  it('FormValidationError carries the errors and a vi/en summary', () => {
    const { errors } = check({});
    const error = new FormValidationError(errors);
    expect(error.code).toBe('form.invalid');
    expect(error.errors).toBe(errors);
    expect(error.messages.vi).toBe(`Biểu mẫu có ${errors.length} lỗi cần sửa.`);
    expect(error.message).toMatch(/^The form has \d+ problems to fix\.$/);
  });
});

describe('isFieldVisible', () => {
  it('answers the same visibility rule for widgets, including group items', () => {
    const data = birthRegistrationData();
    expect(isFieldVisible(form, data, 'parents.fatherName')).toBe(true);
    expect(isFieldVisible(form, { ...data, parents: { fatherKnown: false } }, 'parents.fatherName')).toBe(false);
    expect(isFieldVisible(form, data, 'child.witnesses')).toBe(false);
    expect(isFieldVisible(form, data, 'documents.birthCertificate')).toBe(true);
    const noCert = { ...data, child: { ...data.child, hasBirthCertificate: 'no', witnesses: [{ fullName: 'A' }] } };
    expect(isFieldVisible(form, noCert, 'child.witnesses')).toBe(true);
    expect(isFieldVisible(form, noCert, 'child.witnesses[0].phone')).toBe(true);
    expect(isFieldVisible(form, noCert, 'documents.birthCertificate')).toBe(false);
    expect(isFieldVisible(form, data, 'child.nothing')).toBe(false);
    expect(isFieldVisible(form, data, 'child')).toBe(false);
  });
});
