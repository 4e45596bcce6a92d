import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { digitizationMetricsSchema, SCOREBOARD_FILE_FORMAT } from '@dvc-kit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMUNE_AGENCY, startStack } from '../../test/stack';
import type { TestStack } from '../../test/stack';

/** A second commune of the sandbox's seed. */
const OTHER_COMMUNE = '000.02.20.H66';
const get = (base: string, path: string) => fetch(`${base}${path}`);

describe('digitization from the public scoreboard (sandbox /jsp/rest.jsp over loopback)', () => {
  let s: TestStack;
  beforeAll(async () => {
    s = await startStack();
    await s.gateway.close();
  }, 60_000);
  afterAll(() => s?.close());

  const gatewayWith = async (scoreboard: Record<string, unknown>, portal = true) => {
    const { startTestGateway } = await import('../../test/start-gateway');
    return startTestGateway({
      ...(portal
        ? {
            portal: {
              baseUrl: s.sandbox.url,
              username: 'dvc-sandbox',
              password: 'dvc-sandbox',
              agencyCode: '000.00.00.H66',
            },
          }
        : {}),
      outbox: { enabled: false },
      scoreboard,
    });
  };

  it('reads the public rows, ranks among the province’s communes and says where and when from', async () => {
    const gw = await gatewayWith({ url: s.sandbox.publicReportUrl, params: { p_tinh_id: '66', p_nam: 2025 } });
    try {
      const before = Date.now();
      const res = await get(gw.url, `/v1/agencies/${COMMUNE_AGENCY}/digitization`);
      expect(res.status).toBe(200);
      const metrics = digitizationMetricsSchema.parse(await res.json());
      expect(metrics.source).toMatchObject({ kind: 'public-scoreboard', url: s.sandbox.publicReportUrl });
      expect(Date.parse(metrics.source!.retrievedAt)).toBeGreaterThanOrEqual(before - 1000);
      // No column for online services, CKMB null in the sandbox: not reported, never 0.
      expect(metrics.parts.onlineService.points).toBeNull();
      expect(metrics.parts.publicity.points).toBeNull();
      expect(metrics.parts.digitization.points).toEqual(expect.any(Number));
      expect(metrics.reportedMax).toBe(72);
      expect(metrics.rank.of).toBe(102);
      expect(metrics.history).toEqual([]);
      expect(metrics.period.from).toBe('2025-01-01');
    } finally {
      await gw.close();
    }
  });

  it('reads an imported report file when the public URL fails, with the export time as freshness', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dvc-scoreboard-')), 'scoreboard.json');
    writeFileSync(
      file,
      JSON.stringify({
        format: SCOREBOARD_FILE_FORMAT,
        exportedAt: '2025-12-01T01:00:00.000Z',
        importedAt: '2025-12-01T02:00:00.000Z',
        source: 'https://dichvucong.gov.vn/jsp/rest.jsp',
        service: 'report_tinh_766_service',
        params: { p_tinh_id: '66' },
        rows: [
          {
            ID: 1,
            MA_COQUAN: COMMUNE_AGENCY,
            TEN: 'UBND phường Tuy Hòa',
            CAPDONVIID: '3',
            CKMB: '15',
            TDGQ: '18.5',
            TTTT: 9,
            CLGQ: 3,
            MDHL: 16,
            MDSH: '19.2',
            TONG_SCORE: '80.7',
          },
          {
            ID: 2,
            MA_COQUAN: OTHER_COMMUNE,
            TEN: 'UBND xã khác',
            CAPDONVIID: '3',
            CKMB: 17,
            TDGQ: 19,
            TTTT: 10,
            CLGQ: 4,
            MDHL: 17,
            MDSH: 20,
            TONG_SCORE: 87,
          },
        ],
      }),
    );
    const gw = await gatewayWith({ url: 'http://127.0.0.1:9/khong-toi-duoc', file });
    try {
      const metrics = digitizationMetricsSchema.parse(
        await (await get(gw.url, `/v1/agencies/${COMMUNE_AGENCY}/digitization`)).json(),
      );
      expect(metrics.source).toEqual({
        kind: 'report-file',
        retrievedAt: '2025-12-01T01:00:00.000Z',
        url: 'https://dichvucong.gov.vn/jsp/rest.jsp',
      });
      expect(metrics.parts).toMatchObject({
        publicity: { points: 15 },
        progress: { points: 18.5 },
        onlinePayment: { points: 9 },
        digitization: { points: 19.2 },
        onlineService: { points: null },
      });
      expect(metrics.total).toBe(77.7);
      expect(metrics.reportedMax).toBe(90);
      expect(metrics.rank).toEqual({ position: 2, of: 2, province: '66' });
      expect(gw.logs.some((l) => l.includes('scoreboard.fetch-failed'))).toBe(true);
    } finally {
      await gw.close();
    }
  });

  it('says plainly that no report is available (404 digitization.not-available), never zeros', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dvc-scoreboard-')), 'empty.json');
    writeFileSync(
      file,
      JSON.stringify({
        format: SCOREBOARD_FILE_FORMAT,
        exportedAt: '2025-12-01T01:00:00Z',
        importedAt: '2025-12-01T01:00:00Z',
        service: 'report_tinh_766_service',
        params: {},
        rows: [],
      }),
    );
    // A catalogue needs the portal; the sandbox's BaoCaoSoHoa (an extension) is then asked and has no province row.
    const gw = await gatewayWith({ file });
    try {
      const res = await get(gw.url, '/v1/agencies/000.00.00.H66/digitization');
      expect(res.status).toBe(404);
      const problem = (await res.json()) as { code: string; detail: string };
      expect(problem.code).toBe('digitization.not-available');
      expect(problem.detail).toContain('Chưa có báo cáo chỉ số');
    } finally {
      await gw.close();
    }
  });
});
