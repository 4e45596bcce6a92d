import { digitizationMetricsSchema, type AgencyEntry, type DigitizationReportRow } from '@dvc-kit/core';
import { describe, expect, it } from 'vitest';
import { toDigitizationMetrics } from './map-report';

const agency: AgencyEntry = {
  code: '000.01.20.H66',
  name: { vi: 'UBND phường Tuy Hòa', en: 'Tuy Hoa Ward People’s Committee' },
  level: 'commune',
  provinceCode: '66',
};
/** A decoded `BaoCaoSoHoa` row without CKMB, as the portal and the sandbox send it. */
const row: DigitizationReportRow = {
  agencyCode: '000.01.20.H66',
  name: 'UBND phường Tuy Hòa',
  total: 70.63,
  rank: 68,
  overallRank: 24,
  of: 102,
  progress: 19.17,
  onlineService: 8.33,
  onlinePayment: 12,
  satisfaction: 13.03,
  digitization: 18.1,
  counts: { received: 48, digitizedParts: 41, reusedParts: 43, solved: 45, resultsDigitized: 29 },
};
const now = new Date('2025-09-30T03:00:00Z');

describe('toDigitizationMetrics', () => {
  it('reports publicity as not reported (null) when the row has no CKMB: total and reportedMax leave it out', () => {
    const metrics = digitizationMetricsSchema.parse(toDigitizationMetrics(row, agency, now));
    expect(metrics.parts.publicity).toEqual({ points: null, max: 18 });
    expect(metrics.reportedMax).toBe(82);
    expect(metrics.total).toBe(70.63);
  });

  it('passes a reported publicity value through, clamped to its max', () => {
    const metrics = toDigitizationMetrics({ ...row, publicity: 16.5 }, agency, now);
    expect(metrics.parts.publicity).toEqual({ points: 16.5, max: 18 });
    expect(metrics).toMatchObject({ reportedMax: 100, total: 87.13 });
    expect(digitizationMetricsSchema.safeParse(metrics).success).toBe(true);
    expect(toDigitizationMetrics({ ...row, publicity: 25 }, agency, now).parts.publicity.points).toBe(18);
  });
});
