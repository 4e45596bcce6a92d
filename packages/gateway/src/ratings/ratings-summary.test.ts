import { describe, expect, it } from 'vitest';
import { monthRange, ratingsSummaryMessage, summarizeRatings, wholePercentages } from './ratings-summary';

describe('ratings summary', () => {
  it('shares whole percentages that add up to 100', () => {
    expect(wholePercentages([1, 1, 1])).toEqual([34, 33, 33]);
    expect(wholePercentages([2, 0, 1])).toEqual([67, 0, 33]);
    expect(wholePercentages([0, 0, 0])).toEqual([0, 0, 0]);
    for (const parts of [[7, 5, 3], [1, 2, 3], [999, 1, 0], [1, 1, 4]]) expect(wholePercentages(parts).reduce((a, b) => a + b)).toBe(100);
  });

  it('keys months in Vietnam time', () => {
    const message = ratingsSummaryMessage('A1', new Date('2025-10-31T17:30:00Z')); // 1 Nov 00:30 in Vietnam
    expect(message).toMatchObject({ dossierCode: 'ratings-summary:A1:2025-11', payload: { agency: 'A1', year: 2025, month: 11 } });
    expect(monthRange({ year: 2025, month: 12 })).toEqual({ from: new Date('2025-11-30T17:00:00Z'), to: new Date('2025-12-31T17:00:00Z') });
  });

  it('summarizes the unit and each procedure', () => {
    const summaries = summarizeRatings('A1', { year: 2025, month: 10 }, [
      { procedure: 'P2', score: 2, count: 1 },
      { procedure: 'P1', score: 3, count: 2 },
      { procedure: 'P1', score: 1, count: 1 },
    ]);
    expect(summaries).toEqual([
      { period: { year: 2025, month: 10 }, raterCount: 4, verySatisfiedPercent: 50, satisfiedPercent: 25, dissatisfiedPercent: 25, unitCode: 'A1' },
      { period: { year: 2025, month: 10 }, raterCount: 3, verySatisfiedPercent: 67, satisfiedPercent: 0, dissatisfiedPercent: 33, procedureCode: 'P1', unitCode: 'A1' },
      { period: { year: 2025, month: 10 }, raterCount: 1, verySatisfiedPercent: 0, satisfiedPercent: 100, dissatisfiedPercent: 0, procedureCode: 'P2', unitCode: 'A1' },
    ]);
  });
});
