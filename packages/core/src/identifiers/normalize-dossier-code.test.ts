import { describe, expect, it } from 'vitest';
import { isValidDossierCode } from './dossier-code';
import { normalizeDossierCode } from './normalize-dossier-code';

const CODE = '000.50.20.H66-250701-0007';

describe('normalizeDossierCode', () => {
  it.each([
    ['lower case', '000.50.20.h66-250701-0007'],
    ['spaces around and inside', '  000.50.20.H66 - 250701 - 0007 '],
    ['a tab and a no-break space', '000.50.20.H66-250701\t-\u00A00007'],
    ['full-width letters, digits and hyphens', '０００.５０.２０.Ｈ６６－２５０７０１－０００７'],
    ['en dash and minus sign', '000.50.20.H66\u2013250701\u22120007'],
    ['zero-width characters from a copied message', '000.50.20.\u200BH66-250701-0007\uFEFF'],
    ['an ideographic full stop', '000\u300250.20.H66-250701-0007'],
  ])('%s', (_, input) => {
    expect(normalizeDossierCode(input)).toBe(CODE);
  });

  it('reads VNI marks back as the digits typed after a vowel', () => {
    // "A1" typed in VNI mode becomes "Á": 000.00.06.A15-… is what the citizen meant.
    const meant = '000.00.06.A15-231027-0361';
    expect(isValidDossierCode(meant)).toBe(true);
    expect(normalizeDossierCode('000.00.06.Á5-231027-0361')).toBe(meant);
  });

  it('drops marks that cannot be digits (Telex) and leaves a non-code cleaned, not invented', () => {
    expect(normalizeDossierCode('000.50.20.Ḥ66-250701-0007')).toBe(CODE);
    expect(normalizeDossierCode(' abc ')).toBe('ABC');
    expect(normalizeDossierCode('')).toBe('');
  });

  it('returns the canonical code unchanged', () => {
    expect(normalizeDossierCode(CODE)).toBe(CODE);
  });
});
