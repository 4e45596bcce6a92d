import { describe, expect, it } from 'vitest';
import { birthRegistrationForm as form } from './examples/birth-registration';
import { birthRegistrationData, exampleUpload } from './examples/birth-registration-data';
import { fromSubmissionParts, toSubmissionParts } from './submission-data';
import { validateFormData } from './validate-form-data';

const now = new Date('2025-07-01T02:00:00Z');

describe('submission parts', () => {
  it('splits form data and joins it back losslessly', () => {
    const data = birthRegistrationData();
    const parts = toSubmissionParts(form, data);
    expect(parts.applicant).toEqual(data.applicant);
    expect(parts.files).toEqual([{ slot: 'documents.birthCertificate', uploadId: 'upl-1' }]);
    expect(parts.data.documents).toEqual({ declaration: true });
    const uploads = new Map([['upl-1', exampleUpload('upl-1')]]);
    const joined = fromSubmissionParts(form, structuredClone(parts), (id) => uploads.get(id));
    expect(joined).toEqual(data);
    expect(validateFormData(form, joined, { now }).valid).toBe(true);
  });

  it('keeps missing uploads and unknown slots so validation reports them', () => {
    const parts = toSubmissionParts(form, birthRegistrationData());
    parts.files.push({ slot: 'documents.selfie', uploadId: 'upl-2' });
    const joined = fromSubmissionParts(form, parts, () => undefined);
    const codes = validateFormData(form, joined, { now }).errors.map((e) => `${e.path} ${e.code}`);
    expect(codes).toEqual(['documents.selfie form.unknown-field', 'documents.birthCertificate[0] form.file.invalid']);
  });
});

describe('submission parts with hostile keys', () => {
  it('never writes to Object.prototype', () => {
    const parts = JSON.parse(
      '{"applicant":{},"data":{"__proto__":{"polluted":1}},"files":[{"slot":"__proto__.polluted","uploadId":"x"},{"slot":"constructor","uploadId":"y"}]}',
    );
    const joined = fromSubmissionParts(form, parts, () => undefined);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(joined)).toEqual(['applicant', '__proto__', '']);
    const codes = validateFormData(form, joined, { now }).errors.map((e) => e.code);
    expect(codes.filter((c) => c === 'form.unknown-field')).toHaveLength(2);
  });
});
