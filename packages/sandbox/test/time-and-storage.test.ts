import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeWire, progressStepCodec } from '@dvc-kit/core';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMUNE, startHarness, TEST_NOW } from './harness';
import { newDossier } from './fixtures';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'dvc-sandbox-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('simulated time', () => {
  it('moves open dossiers along when the admin endpoint advances the clock', async () => {
    const h = await startHarness();
    try {
      const before = await h.admin('/state');
      expect(before.pendingTransitions).toBeGreaterThan(50);
      const open = await h.admin(`/dossiers?origin=seed&limit=10000`);
      const waiting = (open.items as { code: string; status: string }[]).filter((d) =>
        ['2', '4', '5'].includes(d.status),
      );
      expect(waiting.length).toBeGreaterThan(20);
      const moved = await h.admin('/clock', { body: { advanceDays: 60 } });
      expect(moved.applied).toBeGreaterThan(50);
      expect(moved.now).toBe(new Date(Date.parse(TEST_NOW) + 60 * 86_400_000).toISOString());
      await h.login();
      const sample = await h.call('TraCuuHoSo', { MaHoSo: (waiting[0] as { code: string }).code });
      expect(['3', '7', '9', '10']).toContain(sample.body.result[0].TrangThaiHoSo);
      // Each simulated transition is reported as a progress step, as a one-stop system would.
      const steps = sample.body.result[0].QuaTrinhXuLy as {
        TrangThai: string;
        ThoiDiemXuLy: string;
        NoiDungXuLy: string;
      }[];
      expect(steps.length).toBeGreaterThan(0);
      expect(steps.at(-1)?.TrangThai).toBe(sample.body.result[0].TrangThaiHoSo);
      expect(steps.map((s) => s.ThoiDiemXuLy)).toEqual([...steps.map((s) => s.ThoiDiemXuLy)].sort());
      for (const step of steps) expect(() => decodeWire(progressStepCodec, step)).not.toThrow();
      const record = await h.admin(`/dossiers/${encodeURIComponent((waiting[0] as { code: string }).code)}`);
      expect(record.history.some((e: { kind: string }) => e.kind === 'simulated')).toBe(true);
      expect((await h.admin('/clock', { body: { set: 'not a date' } })).status).toBe(400);
      expect((await h.admin('/clock', { body: {} })).status).toBe(400);
      expect((await h.admin('/clock', { body: { set: '2026-01-05T08:00:00+07:00' } })).now).toBe(
        '2026-01-05T01:00:00.000Z',
      );
    } finally {
      await h.sandbox.close();
    }
  });

  it('leaves dossiers a client synced alone', async () => {
    const h = await startHarness();
    try {
      const code = `${COMMUNE}-251001-9100`;
      await h.call('DongBoHoSoMC', { isUpdating: 'False', data: [newDossier(code)] });
      h.sandbox.clock.advance(30 * 86_400_000);
      await h.login();
      const r = await h.call('TraCuuHoSo', { MaHoSo: code });
      expect(r.body.result[0].TrangThaiHoSo).toBe('2');
    } finally {
      await h.sandbox.close();
    }
  });
});

describe('persistence and deterministic seed', () => {
  it('gives identical seeded data on fresh starts, keeps writes across a restart and never reseeds', async () => {
    const dir = tempDir();
    const a = await startHarness({ dataDir: dir });
    const b = await startHarness();
    const printA = await a.admin('/fingerprint');
    const printB = await b.admin('/fingerprint');
    await b.sandbox.close();
    expect(printA.dossiers).toBeGreaterThan(2000);
    expect(printA.sha256).toBe(printB.sha256);

    const code = `${COMMUNE}-251001-9200`;
    await a.call('DongBoHoSoMC', { isUpdating: 'False', data: [newDossier(code)] });
    await a.call('DongBoHoSoMC', { isUpdating: 'True', data: [newDossier(code, { TrangThaiHoSo: '4' })] });
    await a.sandbox.close();

    const again = await startHarness({ dataDir: dir, clock: undefined });
    try {
      expect(again.sandbox.clock.now().toISOString()).toBe(new Date(TEST_NOW).toISOString());
      const record = await again.admin(`/dossiers/${encodeURIComponent(code)}`);
      expect(record).toMatchObject({ status: '4', updateCount: 1 });
      expect((await again.admin('/state')).dossiers).toBe(printA.dossiers + 1);
      expect(
        (await again.call('DongBoHoSoMC', { isUpdating: 'False', data: [newDossier(code)] })).body.error_code,
      ).toBe(3);
      const reset = await again.admin('/reset', { body: {} });
      expect(reset.reset).toBe(true);
      expect((await again.admin('/fingerprint')).sha256).toBe(printA.sha256);
    } finally {
      await again.sandbox.close();
    }
  });

  it('keeps every one of many concurrent inserts exactly once', async () => {
    const h = await startHarness({ dataDir: tempDir() });
    try {
      const codes = Array.from({ length: 100 }, (_, i) => `${COMMUNE}-251002-${String(i + 1).padStart(4, '0')}`);
      const results = await Promise.all(
        codes.map((code) => h.call('DongBoHoSoMC', { isUpdating: 'False', data: [newDossier(code)] })),
      );
      expect(results.every((r) => r.body.error_code === 0)).toBe(true);
      const dupes = await Promise.all(
        codes.slice(0, 50).map((code) => h.call('DongBoHoSoMC', { isUpdating: 'False', data: [newDossier(code)] })),
      );
      expect(dupes.every((r) => r.body.error_code === 3)).toBe(true);
      expect((await h.admin('/dossiers/count?origin=sync')).count).toBe(100);
      expect((await h.admin('/dossiers/count?origin=bogus')).status).toBe(400);
    } finally {
      await h.sandbox.close();
    }
  });
});
