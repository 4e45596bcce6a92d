import { describe, expect, it } from 'vitest';
import { decodePublicScoreboard } from './public-scoreboard';
import { WireFormatError } from './wire-format-error';

/** Row fields as domain.md §1.5 lists them for report_tinh_766_service (values invented). */
const row = {
  ID: 7,
  MA_COQUAN: '000.01.20.H66',
  TEN: 'UBND phường Tuy Hòa',
  CAPDONVIID: '3',
  CKMB: '15.5',
  TDGQ: 18.2,
  TTTT: '6',
  CLGQ: 4,
  MDHL: 16,
  MDSH: '17,6',
  TONG_SCORE: '77.3',
  MOI: 'x',
};

describe('public scoreboard rows (unofficial)', () => {
  it('decodes a bare array leniently, keeping every key and numeric strings as numbers', () => {
    const [r] = decodePublicScoreboard([row]);
    expect(r).toEqual({
      id: '7',
      agencyCode: '000.01.20.H66',
      name: 'UBND phường Tuy Hòa',
      level: '3',
      publicity: 15.5,
      progress: 18.2,
      onlinePayment: 6,
      clgq: 4,
      satisfaction: 16,
      digitization: 17.6,
      total: 77.3,
      raw: row,
    });
  });

  it('finds the rows inside an unknown wrapping; absent or non-numeric figures are not reported, not 0', () => {
    const [r] = decodePublicScoreboard({ data: { items: [{ MA_COQUAN: 'A', TEN: 'X', MDSH: '', TDGQ: null }] } });
    expect(r).toEqual({ agencyCode: 'A', name: 'X', raw: { MA_COQUAN: 'A', TEN: 'X', MDSH: '', TDGQ: null } });
    expect(decodePublicScoreboard({ result: [] })).toEqual([]);
  });

  it('throws a WireFormatError without rows or MA_COQUAN', () => {
    expect(() => decodePublicScoreboard({ error: 'WAF' })).toThrow(WireFormatError);
    expect(() => decodePublicScoreboard([{ TEN: 'x' }])).toThrow(WireFormatError);
  });
});
