import { decodePublicScoreboard } from '@dvc-kit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../server/start-sandbox';
import type { RunningSandbox } from '../server/start-sandbox';

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, clock: '2025-10-01T08:00:00+07:00' });
}, 60_000);
afterAll(() => sandbox?.close());

const ask = (params: unknown) =>
  fetch(sandbox.publicReportUrl, { method: 'POST', body: new URLSearchParams({ params: JSON.stringify(params) }) });

describe('public scoreboard (POST /jsp/rest.jsp, form field params)', () => {
  it('answers report_tinh_766_service with a bare array of the documented row fields', async () => {
    const res = await ask({ service: 'report_tinh_766_service', p_tinh_id: '66', p_nam: 2025 });
    const rows = (await res.json()) as Record<string, unknown>[];
    expect(rows).toHaveLength(102);
    expect(Object.keys(rows[0] ?? {})).toEqual([
      'ID',
      'MA_COQUAN',
      'TEN',
      'CAPDONVIID',
      'CKMB',
      'TDGQ',
      'TTTT',
      'CLGQ',
      'MDHL',
      'MDSH',
      'TONG_SCORE',
    ]);
    const decoded = decodePublicScoreboard(rows);
    expect(decoded[0]?.publicity).toBeUndefined(); // no CKMB formula: null, not 0
    expect(decoded.every((r) => typeof r.digitization === 'number')).toBe(true);
  });

  it('answers [] for another province or service, 400 for params that are not JSON', async () => {
    expect(await (await ask({ service: 'report_tinh_766_service', p_tinh_id: '01' })).json()).toEqual([]);
    expect(await (await ask({ service: 'report_by_year_sum_service' })).json()).toEqual([]);
    expect(
      (await fetch(sandbox.publicReportUrl, { method: 'POST', body: new URLSearchParams({ params: '{' }) })).status,
    ).toBe(400);
  });
});
