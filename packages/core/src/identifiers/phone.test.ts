import { describe, expect, it } from 'vitest';
import { isValidPhone, parsePhone } from './phone';
import { isValidTaxCode, parseTaxCode } from './tax-code';

describe('phone numbers', () => {
  it('normalises mobile numbers to +84', () => {
    for (const input of [
      '0912345678',
      '0912 345 678',
      '+84912345678',
      '84912345678',
      '0084 912.345.678',
      '(+84) 912-345-678',
    ]) {
      expect(parsePhone(input), input).toEqual({
        e164: '+84912345678',
        national: '0912345678',
        kind: 'mobile',
        converted: false,
      });
    }
    expect(parsePhone('0388123456').kind).toBe('mobile');
    expect(parsePhone('0599123456').kind).toBe('mobile');
  });

  it('converts every pre-2018 11-digit prefix', () => {
    const table: [string, string][] = [
      ['0162', '032'],
      ['0169', '039'],
      ['0120', '070'],
      ['0121', '079'],
      ['0122', '077'],
      ['0126', '076'],
      ['0128', '078'],
      ['0123', '083'],
      ['0124', '084'],
      ['0125', '085'],
      ['0127', '081'],
      ['0129', '082'],
      ['0186', '056'],
      ['0188', '058'],
      ['0199', '059'],
    ];
    for (const [old, now] of table) {
      expect(parsePhone(`${old}1234567`)).toEqual({
        e164: `+84${now.slice(1)}1234567`,
        national: `${now}1234567`,
        kind: 'mobile',
        converted: true,
      });
    }
    expect(parsePhone('+84 168 123 4567').national).toBe('0381234567');
  });

  it('accepts landlines with their 2017 area codes', () => {
    expect(parsePhone('(0262) 3852 123')).toEqual({
      e164: '+842623852123',
      national: '02623852123',
      kind: 'landline',
      converted: false,
    });
    expect(parsePhone('024 3825 1234').kind).toBe('landline');
  });

  it('rejects the rest', () => {
    for (const bad of [
      '',
      '0912',
      '091234567890',
      '0101234567',
      '01301234567',
      '0951234567',
      'abc',
      '+1 202 555 0101',
    ]) {
      expect(isValidPhone(bad), bad).toBe(false);
    }
  });
});

/** Published tax codes of well-known enterprises; each check digit verified by the formula. */
const PUBLISHED_TAX_CODES = [
  '0100109106', // Viettel
  '0100684378', // VNPT
  '0100112437', // Vietcombank
  '0100111948', // VietinBank
  '0100150619', // BIDV
  '0100686174', // Agribank
  '0100100079', // EVN
  '0100107518', // Vietnam Airlines
  '0101248141', // FPT
  '0300588569', // Vinamilk
];

describe('tax codes', () => {
  it('accepts published tax codes in every written form', () => {
    for (const code of PUBLISHED_TAX_CODES) expect(isValidTaxCode(code), code).toBe(true);
    expect(parseTaxCode('0100 109 106')).toEqual({ code: '0100109106', provinceCode: '01' });
    expect(parseTaxCode('0100.109.106')).toEqual({ code: '0100109106', provinceCode: '01' });
    expect(parseTaxCode('0100109106-001')).toEqual({ code: '0100109106-001', provinceCode: '01', branch: '001' });
    expect(parseTaxCode('0100109106001').code).toBe('0100109106-001');
  });

  it('rejects every wrong check digit', () => {
    for (const code of PUBLISHED_TAX_CODES) {
      for (let d = 0; d <= 9; d++) {
        if (String(d) === code[9]) continue;
        const wrong = code.slice(0, 9) + d;
        expect(() => parseTaxCode(wrong)).toThrow(expect.objectContaining({ code: 'identifier.tax-code.checksum' }));
      }
    }
  });

  it('rejects wrong lengths and empty parts', () => {
    for (const bad of ['', '010010910', '01001091060', '0100109106-000', '0000000000', 'abcdefghij']) {
      expect(isValidTaxCode(bad), bad).toBe(false);
    }
  });
});

describe('formatPhone', () => {
  it('shows a number the way people write it, never the +84 form', async () => {
    const { formatPhone } = await import('./phone');
    expect(formatPhone('+84912345678')).toBe('0912 345 678');
    expect(formatPhone('0168 123 4567')).toBe('0381 234 567');
    expect(formatPhone('not a phone')).toBe('not a phone');
  });
});
