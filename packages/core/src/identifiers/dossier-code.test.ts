import { describe, expect, it } from 'vitest';
import { formatDossierCode, isValidDossierCode, nextDossierCode, parseDossierCode } from './dossier-code';
import { IdentifierError } from './identifier-error';

describe('dossier codes', () => {
  it('parses the codes one-stop systems generate', () => {
    const parsed = parseDossierCode('000.17.22.H56-210531-0001');
    expect(parsed).toMatchObject({ receivedOn: '2021-05-31', sequence: 1 });
    expect(parsed.agency).toMatchObject({ format: 'qcvn-102-2016', provinceCode: 'H56', levels: ['H56', '22', '17'] });
    expect(parseDossierCode('000.00.06.H56-231027-0361').sequence).toBe(361);
    expect(parseDossierCode('H56.14-250701-12345').sequence).toBe(12345);
  });

  it('rejects malformed codes and impossible dates', () => {
    for (const bad of [
      '',
      'H56-2510270001',
      '000.00.06.H56-231027-01',
      'abc-231027-0001',
      '000.00.06.H56-231027-0000',
    ]) {
      expect(isValidDossierCode(bad), bad).toBe(false);
    }
    expect(() => parseDossierCode('000.00.06.H56-230230-0001')).toThrow(
      expect.objectContaining({ code: 'identifier.dossier-code.date' }),
    );
  });

  it('numbers a day in Vietnam time whatever the host zone', () => {
    // 17:30 UTC on 31 Dec is already 1 Jan in Vietnam.
    expect(nextDossierCode('000.00.06.H56', new Date('2024-12-31T17:30:00Z'), 0)).toBe('000.00.06.H56-250101-0001');
    expect(nextDossierCode('000.00.06.H56', new Date('2023-10-27T16:59:00Z'), 360)).toBe('000.00.06.H56-231027-0361');
    expect(formatDossierCode('h56.14', new Date('2025-07-01T01:00:00Z'), 42)).toBe('H56.14-250701-0042');
  });

  it('round-trips through parse', () => {
    const code = nextDossierCode('000.00.06.H56', new Date('2025-02-03T02:00:00Z'), 99);
    expect(parseDossierCode(code)).toMatchObject({ code, receivedOn: '2025-02-03', sequence: 100 });
  });

  it('refuses a sequence past 9999 or a bad agency', () => {
    expect(() => nextDossierCode('000.00.06.H56', new Date(), 9999)).toThrow(IdentifierError);
    expect(() => formatDossierCode('not an agency', new Date(), 1)).toThrow(
      expect.objectContaining({ code: 'identifier.agency-code.format' }),
    );
  });
});
