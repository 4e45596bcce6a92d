import { describe, expect, it } from 'vitest';
import { useSandbox } from '../../test/portal-sandbox';
import { PortalError } from '../errors/portal-error';

const env = useSandbox('2025-10-15T03:00:00Z');
const COMMUNE = '000.01.20.H66';

describe('digitization report', () => {
  it('gives a commune’s score parts, rank among the province’s communes and weekly history', async () => {
    const [row, ...rest] = await env.client().digitizationReport(COMMUNE);
    expect(rest).toHaveLength(0);
    expect(row).toMatchObject({ agencyCode: COMMUNE, name: 'UBND phường Tuy Hòa', of: 102 });
    const parts = [row!.progress, row!.onlineService, row!.onlinePayment, row!.satisfaction, row!.digitization];
    expect(row!.total).toBeCloseTo(
      parts.reduce((a, b) => a + b, 0),
      1,
    );
    expect(row!.digitization).toBeLessThanOrEqual(row!.maxima!.digitization);
    expect(row!.rank).toBeGreaterThanOrEqual(1);
    expect(row!.rank).toBeLessThanOrEqual(102);
    expect(row!.counts.received).toBeGreaterThanOrEqual(row!.counts.digitizedParts);
    const history = row!.history ?? [];
    expect(history.length).toBeGreaterThanOrEqual(15); // weekly since 30 June 2025
    expect(history[0]).toMatchObject({ week: 1, from: new Date('2025-06-29T17:00:00Z') });
    expect(history.every((w, i) => i === 0 || w.from > history[i - 1]!.from)).toBe(true);
    expect(typeof history[0]!.received).toBe('number');
  });

  it('lists every commune of the province, best first, for the province code', async () => {
    const rows = await env.client().digitizationReport('000.00.00.H66');
    expect(rows).toHaveLength(102);
    expect(rows.map((r) => r.rank)).toEqual([...rows.map((r) => r.rank)].sort((a, b) => a - b));
    expect(rows.every((r) => r.history === undefined)).toBe(true);
  });

  it('names the bad field when the agency is unknown', async () => {
    const error = await env
      .client()
      .digitizationReport('000.99.99.H66')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PortalError);
    expect((error as PortalError).portalCode).toBe('2');
    expect((error as PortalError).messages.en).toContain('MaDonVi');
  });
});
