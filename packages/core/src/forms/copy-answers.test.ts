import { describe, expect, it } from 'vitest';
import { copyAnswers } from './copy-answers';
import { birthRegistrationData } from './examples/birth-registration-data';
import { birthRegistrationForm } from './examples/birth-registration';
import { formDefinitionSchema } from './form-definition';

describe('copyAnswers', () => {
  const form = formDefinitionSchema.parse(birthRegistrationForm);
  const start = () => {
    const data = birthRegistrationData();
    return { applicant: data.applicant, child: data.child } as Record<string, unknown>;
  };

  it('fills the mother’s details from the applicant when the applicant is the mother', () => {
    const { data, copied, notices } = copyAnswers(form, start(), 'parents');
    expect(copied).toEqual(['parents.motherName', 'parents.motherCitizenId']);
    expect(data.parents).toEqual({ motherName: 'Hờ Thị Mai', motherCitizenId: '066300001234' });
    expect(notices[0]!.vi).toContain('mẹ');
  });

  it('copies nothing for another relationship and never overwrites an answer', () => {
    const other = start();
    (other.child as Record<string, unknown>).relationship = 'father';
    expect(copyAnswers(form, other, 'parents').copied).toEqual([]);
    const typed = { ...start(), parents: { motherName: 'Hờ Thị Mai Anh' } };
    const { data, copied } = copyAnswers(form, typed, 'parents');
    expect(copied).toEqual(['parents.motherCitizenId']);
    expect((data.parents as Record<string, unknown>).motherName).toBe('Hờ Thị Mai Anh');
  });
});
