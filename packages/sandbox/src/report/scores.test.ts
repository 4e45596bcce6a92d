import { DIGITIZATION_SCORE_MAX } from '@dvc-kit/core';
import { describe, expect, it } from 'vitest';
import { ranks, SCORE_MAX, scoreParts, totalScore, type AgencyCounts } from './scores';

const counts = (overrides: Partial<AgencyCounts> = {}): AgencyCounts => ({
  received: 100,
  onTime: 90,
  online: 60,
  onlineProcedures: 13,
  feeDossiers: 40,
  paidOnline: 20,
  feeProceduresPaidOnline: 5,
  feeProcedures: 8,
  digitized: 85,
  reused: 50,
  solved: 80,
  resultDigitized: 60,
  rated: 50,
  satisfied: 45,
  ...overrides,
});

describe('scoreParts (Thanh Hóa approximation of Decision 766)', () => {
  it('computes each part from the counts', () => {
    expect(scoreParts(counts(), 26)).toEqual({
      TDGQ: 18, // 90/100 × 20
      DVCTT: 8.33, // (2 (all procedures online) + 13/26 × 4 + 6 (≥ 50 % filed online)) / 12 × 10
      TTTT: 12, // (2 (≥ 50 % fee procedures paid online) + 2 + 6 (≥ 30 % fee dossiers paid online)) / 10 × 12
      MDHL: 16.2, // 45/50 × 18
      MDSH: 18.52, // (60/80 × 6 + 4 (≥ 80 % digitized) + 1.6 (< 80 % reused)) / 12 × 22
    });
  });
  it('uses the lower step below each threshold', () => {
    const low = scoreParts(
      counts({ online: 49, feeProceduresPaidOnline: 3, paidOnline: 11, digitized: 79, reused: 80 }),
      26,
    );
    expect(low.DVCTT).toBe(5.83); // (2 + 2 + 3) / 12 × 10
    expect(low.TTTT).toBe(5.4); // (1.6 + 2 + 0.9) / 10 × 12
    expect(low.MDSH).toBe(17.78); // (4.5 + 3.2 + 2) / 12 × 22
  });
  it('scores zero shares when nothing was received, never NaN', () => {
    const empty = scoreParts(
      counts({
        received: 0,
        onTime: 0,
        online: 0,
        onlineProcedures: 0,
        feeDossiers: 0,
        paidOnline: 0,
        feeProcedures: 0,
        feeProceduresPaidOnline: 0,
        digitized: 0,
        reused: 0,
        solved: 0,
        resultDigitized: 0,
        rated: 0,
        satisfied: 0,
      }),
      0,
    );
    expect(empty).toEqual({ TDGQ: 0, DVCTT: 4.17, TTTT: 5.4, MDHL: 0, MDSH: 8.8 });
  });
  it('uses core’s group maxima (domain.md §4) as its scale', () => {
    expect(SCORE_MAX).toEqual({
      TDGQ: DIGITIZATION_SCORE_MAX.progress,
      DVCTT: DIGITIZATION_SCORE_MAX.onlineService,
      TTTT: DIGITIZATION_SCORE_MAX.onlinePayment,
      MDHL: DIGITIZATION_SCORE_MAX.satisfaction,
      MDSH: DIGITIZATION_SCORE_MAX.digitization,
    });
    expect(SCORE_MAX).toEqual({ TDGQ: 20, DVCTT: 10, TTTT: 12, MDHL: 18, MDSH: 22 });
  });
  it('never exceeds the maximum of a part', () => {
    const best = scoreParts(
      counts({
        onTime: 100,
        online: 100,
        onlineProcedures: 26,
        paidOnline: 40,
        feeProceduresPaidOnline: 8,
        digitized: 100,
        reused: 100,
        resultDigitized: 80,
        satisfied: 50,
      }),
      26,
    );
    expect(best).toEqual(SCORE_MAX);
    expect(totalScore(best)).toBe(82); // 100 − Công khai minh bạch (18), which is not computed
  });
});

describe('totalScore', () => {
  it('sums the parts, rounded to hundredths', () => {
    expect(totalScore({ TDGQ: 18.333, DVCTT: 10, TTTT: 10, MDHL: 16.2, MDSH: 9.1 })).toBe(63.63);
  });
});

describe('ranks', () => {
  it('ranks best first and lets ties share a rank (competition ranking)', () => {
    const r = ranks(
      new Map([
        ['b', 9],
        ['a', 9],
        ['c', 12],
        ['d', 3],
      ]),
    );
    expect(Object.fromEntries(r)).toEqual({ c: 1, a: 2, b: 2, d: 4 });
  });
});
