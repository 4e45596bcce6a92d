import { describe, expect, it } from 'vitest';
import { DOSSIER_STATUSES } from '../status/dossier-status';
import { APPLICANT_KINDS, CHANNELS, DIGITIZATION_STATES } from '../wire/enums';
import { MESSAGES } from './catalogue';
import { localize, translate } from './translate';

describe('translate', () => {
  it('defaults to Vietnamese', () => {
    expect(translate('status.processing')).toBe('Đang xử lý');
    expect(translate('status.processing', undefined, 'en')).toBe('Processing');
  });

  it('fills {name} placeholders and leaves unknown ones', () => {
    expect(translate('wire.required', { path: 'MaHoSo' }, 'en')).toBe('Field MaHoSo is missing.');
    expect(translate('wire.too-long', { path: 'X' }, 'vi')).toBe('Trường X dài quá {maximum} ký tự.');
    expect(localize('status.unknown', { code: 11 })).toStrictEqual({
      vi: 'Trạng thái chưa xác định (11)',
      en: 'Unknown status (11)',
    });
  });

  it('falls back to Vietnamese, then to the code', () => {
    expect(translate('no.such.code', undefined, 'en')).toBe('no.such.code');
    expect(translate('status.processing', undefined, 'fr' as never)).toBe('Đang xử lý');
  });

  it('has every status and label in both languages', () => {
    const names = [
      ...DOSSIER_STATUSES.map((s) => `status.${s.name}`),
      ...Object.values(CHANNELS).map((c) => `channel.${c}`),
      ...Object.values(APPLICANT_KINDS).map((k) => `applicant-kind.${k}`),
      ...Object.values(DIGITIZATION_STATES).map((d) => `digitization.${d}`),
      ...['early', 'on-time', 'late'].map((t) => `timeliness.${t}`),
      ...['very-satisfied', 'satisfied', 'dissatisfied'].map((s) => `satisfaction.${s}`),
    ];
    for (const code of names) {
      expect(MESSAGES.vi[code], code).toBeTruthy();
      expect(MESSAGES.en[code], code).toBeTruthy();
    }
    expect(translate('satisfaction.dissatisfied')).toBe('Không hài lòng');
  });

  it('composes the identifiers, forms and calendar catalogues', () => {
    expect(translate('calendar.date.invalid', undefined, 'en')).toMatch(/^Invalid date/);
    expect(translate('form.required', { label: 'Họ và tên' }, 'vi')).toBe('Vui lòng nhập Họ và tên.');
    expect(translate('identifier.citizen-id.format')).toMatch(/12 chữ số/);
  });

  it('keeps the two catalogues in step', () => {
    expect(Object.keys(MESSAGES.en).sort()).toStrictEqual(Object.keys(MESSAGES.vi).sort());
  });
});
