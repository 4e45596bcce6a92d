import * as fc from 'fast-check';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { applicantSection } from './applicant-section';
import { birthRegistrationForm } from './examples/birth-registration';
import { formDefinitionSchema } from './form-definition';
import { validateFormData } from './validate-form-data';

describe('formDefinitionSchema', () => {
  it('accepts the birth registration example unchanged', () => {
    expect(formDefinitionSchema.parse(birthRegistrationForm)).toEqual(birthRegistrationForm);
  });

  it('rejects duplicate ids, unknown kinds, bad ids and a missing Vietnamese title', () => {
    const base = { version: 1, title: { vi: 'Thử' }, sections: [applicantSection()] };
    const bad = (patch: object) => formDefinitionSchema.safeParse({ ...base, ...patch }).success;
    expect(bad({})).toBe(true);
    expect(bad({ sections: [applicantSection(), applicantSection()] })).toBe(false);
    expect(bad({ version: 2 })).toBe(false);
    expect(bad({ title: { en: 'Test' } })).toBe(false);
    const field = (f: object) => ({ sections: [{ id: 's', title: { vi: 'S' }, fields: [f] }] });
    expect(bad(field({ id: 'x', kind: 'signature', label: { vi: 'Ký' } }))).toBe(false);
    expect(bad(field({ id: 'a.b', kind: 'text', label: { vi: 'A' } }))).toBe(false);
    expect(
      bad(
        field({ id: 'g', kind: 'group', label: { vi: 'G' }, fields: [{ id: 'f', kind: 'file', label: { vi: 'F' } }] }),
      ),
    ).toBe(false);
    expect(bad(field({ id: 'c', kind: 'choice', label: { vi: 'C' }, options: [] }))).toBe(false);
  });

  it('has a JSON Schema (zod toJSONSchema) for OpenAPI', () => {
    const schema = z.toJSONSchema(formDefinitionSchema) as { type: string; required: string[] };
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(['version', 'title', 'sections']);
  });
});

describe('validateFormData on arbitrary input', () => {
  const now = new Date('2025-07-01T02:00:00Z');
  const sectionShaped = fc.dictionary(
    fc.constantFrom('applicant', 'child', 'parents', 'documents', 'other'),
    fc.dictionary(
      fc.constantFrom(
        'fullName',
        'witnesses',
        'birthDate',
        'address',
        'birthCertificate',
        'fatherKnown',
        'constructor',
        '__proto__',
      ),
      fc.jsonValue({ maxDepth: 3 }),
    ),
  );

  it('never throws and always answers { valid, errors } consistently', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue({ maxDepth: 4 }), sectionShaped), (data) => {
        const result = validateFormData(birthRegistrationForm, data, { now });
        expect(result.valid).toBe(result.errors.length === 0);
        for (const error of result.errors) {
          expect(error.messages.vi.length).toBeGreaterThan(0);
          expect(error.messages.en.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 150 },
    );
  });
});
