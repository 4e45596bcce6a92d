import {
  DIGITIZATION_SCORE_MAX,
  agencyListSchema,
  digitizationMetricsSchema,
  problemDetailsSchema,
  procedureDetailSchema,
  procedureSearchResultSchema,
  unitListSchema,
} from '@dvc-kit/core';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMUNE_AGENCY, startStack } from '../../test/stack';
import type { TestStack } from '../../test/stack';

let s: TestStack;
beforeAll(async () => {
  s = await startStack();
}, 30_000);
afterAll(() => s.close());

const get = (path: string) => fetch(`${s.url}${path}`);

describe('catalogue routes', () => {
  it('lists units: provinces, a province’s communes, diacritic-insensitive search', async () => {
    const provinces = unitListSchema.parse(await (await get('/v1/units')).json());
    expect(provinces.items).toHaveLength(34);
    const communes = unitListSchema.parse(await (await get('/v1/units?province=66')).json());
    expect(communes.items.length).toBe(102);
    const found = unitListSchema.parse(await (await get('/v1/units?province=66&q=ea%20bung')).json());
    expect(found.items[0]?.name).toBe('Xã Ea Bung');
    expect((await get('/v1/units?province=6')).status).toBe(400);
  });

  it('sends one province’s units in under 8 kB gzipped, with an ETag a browser revalidates for free', async () => {
    /** Bytes on the wire for `path` with `Accept-Encoding: gzip`, and the answer's headers. */
    const wire = (path: string, headers: Record<string, string> = {}) =>
      new Promise<{ status: number; bytes: number; headers: Record<string, string | string[] | undefined> }>(
        (done, fail) => {
          request(`${s.url}${path}`, { headers: { 'accept-encoding': 'gzip', ...headers } }, (res) => {
            let bytes = 0;
            res.on('data', (chunk: Buffer) => (bytes += chunk.length));
            res.on('end', () => done({ status: res.statusCode ?? 0, bytes, headers: res.headers }));
          })
            .on('error', fail)
            .end();
        },
      );
    const provinces = unitListSchema.parse(await (await get('/v1/units')).json()).items;
    const sizes = await Promise.all(
      provinces.map(async (p) => ({ code: p.code, ...(await wire(`/v1/units?province=${p.code}`)) })),
    );
    for (const size of sizes) {
      expect(size.headers['content-encoding'], size.code).toBe('gzip');
      expect(size.bytes, `province ${size.code}`).toBeLessThan(8_000);
    }
    const first = sizes[0]!;
    const again = await wire(`/v1/units?province=${first.code}`, { 'if-none-match': String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.bytes).toBe(0);
  });

  it('lists agencies from the portal with province and commune codes', async () => {
    const { items } = agencyListSchema.parse(await (await get('/v1/agencies?province=66')).json());
    expect(items).toHaveLength(103);
    expect(items.find((a) => a.code === COMMUNE_AGENCY)).toMatchObject({
      level: 'commune',
      provinceCode: '66',
      communeCode: '22015',
    });
  });

  it('searches procedures without diacritics, paged, and serves details with the form', async () => {
    const page = procedureSearchResultSchema.parse(await (await get('/v1/procedures?q=KHAI%20SINH&pageSize=2')).json());
    expect(page.total).toBeGreaterThanOrEqual(2);
    expect(page.items.map((p) => p.code)).toContain('1.001193');
    const second = procedureSearchResultSchema.parse(await (await get('/v1/procedures?page=2&pageSize=5')).json());
    expect(second).toMatchObject({ page: 2, pageSize: 5, total: 26 });
    const detail = procedureDetailSchema.parse(await (await get('/v1/procedures/1.001193')).json());
    expect(detail.processingTime).toEqual({ amount: 1, unit: 'working-days', note: expect.any(Object) });
    expect(detail.form.sections.map((x) => x.id)).toEqual(['applicant', 'details', 'documents']);
    const missing = await get('/v1/procedures/9.999999');
    expect([missing.status, problemDetailsSchema.parse(await missing.json()).code]).toEqual([
      404,
      'procedure.not-found',
    ]);
    expect((await get('/v1/procedures?pageSize=1000')).status).toBe(400);
    expect((await get('/v1/procedures?page=abc')).status).toBe(400);
  });

  it('keeps serving the catalogue from the saved snapshot when the portal is down', async () => {
    s.sandbox.setFaults({ errorRate503: 1 });
    try {
      const page = procedureSearchResultSchema.parse(await (await get('/v1/procedures?q=ket%20hon')).json());
      expect(page.items[0]?.code).toBe('1.000894');
    } finally {
      s.sandbox.setFaults({});
    }
  });

  it('maps the portal’s digitization report to the metrics schema', async () => {
    const res = await get(`/v1/agencies/${COMMUNE_AGENCY}/digitization`);
    expect(res.status).toBe(200);
    const metrics = digitizationMetricsSchema.parse(await res.json());
    expect(metrics.rank).toMatchObject({ of: 102, province: '66' });
    expect(metrics.history.length).toBeGreaterThan(0);
    // One scale: the report's points pass through unchanged (core's DIGITIZATION_SCORE_MAX).
    const [row] = await s.gateway.gateway.portal!.client.digitizationReport(COMMUNE_AGENCY);
    expect(row?.maxima).toEqual({
      progress: 20,
      onlineService: 10,
      onlinePayment: 12,
      satisfaction: 18,
      digitization: 22,
    });
    expect(metrics.parts).toMatchObject({
      publicity: { points: null, max: DIGITIZATION_SCORE_MAX.publicity },
      progress: { points: row?.progress, max: 20 },
      onlineService: { points: row?.onlineService, max: 10 },
      onlinePayment: { points: row?.onlinePayment, max: 12 },
      satisfaction: { points: row?.satisfaction, max: 18 },
      digitization: { points: row?.digitization, max: 22 },
    });
    expect(metrics.total).toBeCloseTo(row?.total ?? -1, 1);
    expect(metrics.reportedMax).toBe(82);
    expect((await get('/v1/agencies/000.99.99.H66/digitization')).status).toBe(404);
  });
});
