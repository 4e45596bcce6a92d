import { encodeWire, satisfactionSummaryCodec } from '@dvc-kit/core';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../../scripts/lib/portal-contract';
import { RATING_QUESTION, monthRange, ratingsSummaryMessage, summarizeRatings } from './ratings-summary';

describe('ratings summary', () => {
  it('keys months in Vietnam time', () => {
    const message = ratingsSummaryMessage('A1', new Date('2025-10-31T17:30:00Z')); // 1 Nov 00:30 in Vietnam
    expect(message).toMatchObject({
      dossierCode: 'ratings-summary:A1:2025-11',
      payload: { agency: 'A1', year: 2025, month: 11 },
    });
    expect(monthRange({ year: 2025, month: 12 })).toEqual({
      from: new Date('2025-11-30T17:00:00Z'),
      to: new Date('2025-12-31T17:00:00Z'),
    });
  });

  it('summarizes the unit in one item per survey question, as the corpus shows (no MaThuTuc, flat service trio)', () => {
    const summaries = summarizeRatings('A1', { year: 2025, month: 10 }, [
      { procedure: 'P2', score: 2, count: 1 },
      { procedure: 'P1', score: 3, count: 2 },
      { procedure: 'P1', score: 1, count: 1 },
    ]);
    expect(summaries).toEqual([
      {
        period: { year: 2025, month: 10 },
        raterCount: 4,
        verySatisfiedPercent: 50,
        satisfiedPercent: 25,
        dissatisfiedPercent: 25,
        comments: '',
        procedureCode: '',
        question: RATING_QUESTION,
        serviceVerySatisfiedPercent: 50,
        serviceSatisfiedPercent: 25,
        serviceDissatisfiedPercent: 25,
        unitCode: 'A1',
      },
    ]);
  });

  it('computes the shares as OpenCPS does: integer division, 0/0/0 when every rater is dissatisfied', () => {
    const shares = (counts: [number, number, number]) => {
      const [s] = summarizeRatings(
        'A1',
        { year: 2025, month: 10 },
        counts.map((count, i) => ({ procedure: 'P1', score: 3 - i, count })),
      );
      return [s!.raterCount, s!.verySatisfiedPercent, s!.satisfiedPercent, s!.dissatisfiedPercent];
    };
    expect(shares([2, 0, 1])).toEqual([3, 66, 0, 34]);
    expect(shares([1, 1, 1])).toEqual([3, 33, 33, 34]);
    expect(shares([0, 0, 5])).toEqual([5, 0, 0, 0]);
    expect(shares([0, 0, 0])).toEqual([0, 0, 0, 0]);
  });

  it('encodes to the corpus item: every key of dongbodanhgia.request.json but TenDonVi, with its value types', () => {
    const corpus = loadCorpus().find((f) => f.file === 'dongbodanhgia.request.json')!.example as {
      data: Record<string, unknown>[];
    };
    const [summary] = summarizeRatings('000.50.20.H66', { year: 2025, month: 12 }, [
      { procedure: 'P1', score: 3, count: 42 },
    ]);
    const wire = encodeWire(satisfactionSummaryCodec, summary!) as Record<string, unknown>;
    const sample = corpus.data[0]!;
    const typeOf = (v: unknown) => typeof v;
    expect(Object.keys(wire).sort()).toEqual(
      Object.keys(sample)
        .filter((k) => k !== 'TenDonVi')
        .sort(),
    );
    for (const key of Object.keys(wire)) expect([key, typeOf(wire[key])]).toEqual([key, typeOf(sample[key])]);
    expect(wire).toMatchObject({
      NgayTongHop: '12-2025',
      TongSoNguoiDanhGia: 42,
      PhanTramDanhGiaRatHaiLong: '100%',
      MaThuTuc: '',
      Madonvi: '000.50.20.H66',
    });
  });
});
