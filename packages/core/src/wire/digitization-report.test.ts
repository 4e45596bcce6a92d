import { describe, expect, it } from 'vitest';
import { digitizationReportRowCodec } from './digitization-report';
import { WireFormatError } from './wire-format-error';
import { decodeWire, encodeWire } from './wire-codec';

const wire = {
  MA_COQUAN: '000.01.20.H66',
  TEN: 'UBND phường Tuy Hòa',
  MA_DVHC: '22015',
  TDGQ: 19.17,
  DVCTT: 8.33,
  TTTT: 12,
  MDHL: 13.03,
  MDSH: 18.1,
  TONG_SCORE: 70.63,
  DIEM_TOI_DA: { TDGQ: 20, DVCTT: 10, TTTT: 12, MDHL: 18, MDSH: 22 },
  XEP_HANG: 68,
  XEP_HANG_TONG: 24,
  SO_DON_VI: 102,
  CHI_TIEU_SO_HOA: {
    TIEP_NHAN: 48,
    CO_SO_HOA_TPHS: 41,
    CHUA_SO_HOA_TPHS: 7,
    CO_TAI_SU_DUNG_TPHS: 43,
    DA_GIAI_QUYET: 45,
    DA_SO_HOA_KQ: 29,
    CHUA_SO_HOA_KQ: 16,
  },
  LICH_SU: [
    {
      TUAN: 1,
      TU_NGAY: '20250630000000',
      DEN_NGAY: '20250706235959',
      TIEP_NHAN: '3',
      MDSH: 8.8,
      TONG_SCORE: 14.3,
      XEP_HANG: 73,
    },
  ],
};

describe('digitization report row', () => {
  it('decodes the 766-style columns and round-trips exactly', () => {
    const row = decodeWire(digitizationReportRowCodec, wire);
    expect(row).toMatchObject({
      agencyCode: '000.01.20.H66',
      digitization: 18.1,
      rank: 68,
      of: 102,
      counts: { received: 48 },
    });
    expect(row.history?.[0]).toMatchObject({ week: 1, received: 3, from: new Date('2025-06-29T17:00:00Z') });
    expect(encodeWire(digitizationReportRowCodec, row)).toStrictEqual(wire);
  });

  it('leaves publicity (CKMB) undefined when the row has none, and round-trips it when present', () => {
    expect(decodeWire(digitizationReportRowCodec, wire).publicity).toBeUndefined();
    const withPublicity = { ...wire, CKMB: 15.5 };
    const row = decodeWire(digitizationReportRowCodec, { ...withPublicity, CKMB: '15.5' });
    expect(row.publicity).toBe(15.5);
    expect(encodeWire(digitizationReportRowCodec, row)).toStrictEqual(withPublicity);
  });

  it('accepts figures written as numeric strings, and names a bad one', () => {
    expect(decodeWire(digitizationReportRowCodec, { ...wire, TDGQ: '19.17' }).progress).toBe(19.17);
    const error = (() => {
      try {
        return decodeWire(digitizationReportRowCodec, {
          ...wire,
          MDSH: 'n/a',
          LICH_SU: [{ ...wire.LICH_SU[0], TU_NGAY: '2025-06-30' }],
        });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(WireFormatError);
    expect((error as WireFormatError).issues.map((i) => i.path).sort()).toEqual(['LICH_SU[0].TU_NGAY', 'MDSH']);
  });
});
