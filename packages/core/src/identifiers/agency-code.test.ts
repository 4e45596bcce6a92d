import { describe, expect, it } from 'vitest';
import { isValidAgencyCode, parseAgencyCode } from './agency-code';
import { isValidProcedureCode, parseProcedureCode } from './procedure-code';

describe('agency codes', () => {
  it('reads the QĐ 20/2020 left-to-right form', () => {
    expect(parseAgencyCode('H56.14')).toEqual({
      code: 'H56.14',
      format: 'qd-20-2020',
      level1: 'H56',
      provinceCode: 'H56',
      levels: ['H56', '14'],
    });
    expect(parseAgencyCode('G01')).toMatchObject({ level1: 'G01', levels: ['G01'] });
    expect(parseAgencyCode('G01').provinceCode).toBeUndefined();
  });

  it('reads the QCVN 102:2016 right-to-left form', () => {
    expect(parseAgencyCode('000.00.00.H49')).toMatchObject({
      format: 'qcvn-102-2016',
      provinceCode: 'H49',
      levels: ['H49'],
    });
    expect(parseAgencyCode('000.00.06.H56').levels).toEqual(['H56', '06']);
    expect(parseAgencyCode(' 000.00.01.h22 ').code).toBe('000.00.01.H22');
  });

  it('rejects malformed codes', () => {
    for (const bad of [
      '',
      'H5',
      '56.H14',
      'Z99.1',
      '000.17.00.H56',
      '000.00.06.56',
      'H56..14',
      'H56.14.'.padEnd(40, '1'),
    ]) {
      expect(isValidAgencyCode(bad), bad).toBe(false);
    }
  });
});

describe('procedure codes', () => {
  it('reads national and local forms', () => {
    expect(parseProcedureCode('1.004194')).toEqual({ code: '1.004194', format: 'national', nationalCode: '1.004194' });
    expect(parseProcedureCode('1.003560.000.00.00.H56')).toEqual({
      code: '1.003560.000.00.00.H56',
      format: 'local',
      nationalCode: '1.003560',
      provinceCode: 'H56',
      agencyCode: '000.00.00.H56',
    });
    expect(parseProcedureCode('2.002621.H56')).toEqual({
      code: '2.002621.H56',
      format: 'local',
      nationalCode: '2.002621',
      provinceCode: 'H56',
    });
  });

  it('rejects malformed codes', () => {
    for (const bad of ['', '1004194', '1.00419', '1.004194.H5', '1.003560.000.00.H56', '12.004194']) {
      expect(isValidProcedureCode(bad), bad).toBe(false);
    }
  });
});
