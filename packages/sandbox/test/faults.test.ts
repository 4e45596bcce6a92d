import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMUNE, startHarness, type Harness } from './harness';
import { newDossier } from './fixtures';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.sandbox.close());

const raw = (body: Record<string, unknown>) =>
  fetch(h.sandbox.integrationUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ session: h.session, madonvi: COMMUNE, ...body }),
  });
const setFaults = async (faults: unknown) => {
  const res = await fetch(`${h.sandbox.adminUrl}/faults`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(faults),
  });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
};

describe('fault injection', () => {
  it('adds latency', async () => {
    await setFaults({ latencyMs: 150 });
    const t = performance.now();
    await raw({ service: 'LayDanhMucLinhVuc' });
    expect(performance.now() - t).toBeGreaterThanOrEqual(140);
  });
  it('answers 503', async () => {
    await setFaults({ errorRate503: 1 });
    const res = await raw({ service: 'LayDanhMucLinhVuc' });
    expect(res.status).toBe(503);
    expect(((await res.json()) as { message: string }).message).toContain('bận');
  });
  it('answers 429 with Retry-After', async () => {
    await setFaults({ rateLimit429: { rate: 1, retryAfterSeconds: 7 } });
    const res = await raw({ service: 'LayDanhMucLinhVuc' });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('7');
  });
  it('resets the connection', async () => {
    await setFaults({ resetRate: 1 });
    await expect(raw({ service: 'LayDanhMucLinhVuc' })).rejects.toThrow();
  });
  it('sends a malformed body', async () => {
    await setFaults({ malformedRate: 1 });
    const res = await raw({ service: 'LayDanhMucLinhVuc' });
    expect(res.status).toBe(200);
    await expect(res.json()).rejects.toThrow();
  });
  it('expires the session', async () => {
    await setFaults({ sessionExpiryRate: 1, services: ['LayDanhMucLinhVuc'] });
    const res = await raw({ service: 'LayDanhMucLinhVuc' });
    expect(((await res.json()) as { error_code: number }).error_code).toBe(1);
    await setFaults({});
    expect(((await (await raw({ service: 'LayDanhMucLinhVuc' })).json()) as { error_code: number }).error_code).toBe(1);
    await h.login();
  });
  it('commits a write and then drops the response', async () => {
    await setFaults({ commitThenDropRate: 1 });
    const code = `${COMMUNE}-251001-9300`;
    await expect(raw({ service: 'DongBoHoSoMC', isUpdating: 'False', data: [newDossier(code)] })).rejects.toThrow();
    const reads = await raw({ service: 'LayDanhMucLinhVuc' });
    expect(reads.status).toBe(200);
    await setFaults({});
    const again = (await (
      await raw({ service: 'DongBoHoSoMC', isUpdating: 'False', data: [newDossier(code)] })
    ).json()) as { error_code: number };
    expect(again.error_code).toBe(3);
  });
  it('limits faults to the listed services and is reproducible with a seed', async () => {
    await setFaults({ errorRate503: 1, services: ['TraCuuHoSo'] });
    expect((await raw({ service: 'LayDanhMucLinhVuc' })).status).toBe(200);
    const pattern = async () => {
      await setFaults({ errorRate503: 0.5, seed: 42 });
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++) statuses.push((await raw({ service: 'LayDanhMucLinhVuc' })).status);
      return statuses;
    };
    const first = await pattern();
    expect(first).toContain(503);
    expect(first).toContain(200);
    expect(await pattern()).toEqual(first);
    h.sandbox.setFaults({});
  });
  it('rejects bad fault settings naming the field', async () => {
    const r = await setFaults({ errorRate503: 2 });
    expect(r.status).toBe(400);
    expect(r.body.errors[0].field).toBe('errorRate503');
    expect((await setFaults({ nope: 1 })).status).toBe(400);
  });
  it('never applies faults to the admin API and starts with faults from options', async () => {
    const other = await startHarness({ faults: { errorRate503: 1, services: ['TraCuuHoSo'] } });
    try {
      expect((await other.call('TraCuuHoSo', { MaHoSo: 'x' })).status).toBe(503);
      expect((await other.admin('/faults')).errorRate503).toBe(1);
    } finally {
      await other.sandbox.close();
    }
  });
});
