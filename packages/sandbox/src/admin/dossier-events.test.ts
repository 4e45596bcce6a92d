import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../../test/harness';
import { newDossier } from '../../test/fixtures';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await h.call('DongBoHoSoMC', { isUpdating: 'False', data: [newDossier('000.01.20.H66-251001-9001')] });
});
afterAll(() => h.sandbox.close());

const CODE = '000.01.20.H66-251001-9001';

describe('POST /admin/dossiers/{code}/events', () => {
  it('asks for a supplement with what, by whom and until when, as TraCuuHoSo then shows', async () => {
    const r = await h.admin(`/dossiers/${CODE}/events`, {
      body: {
        kind: 'supplement',
        content: 'Bổ sung bản sao CCCD',
        requestedBy: 'Công chức tư pháp',
        deadline: '2025-10-10T17:00:00+07:00',
      },
    });
    expect(r.status).toBe(200);
    expect(r).toMatchObject({ applied: true, wireStatus: '5' });
    expect(r.supplements).toHaveLength(1);
    const found = await h.call('TraCuuHoSo', { MaHoSo: CODE });
    const wire = found.body.result[0];
    expect(wire.TrangThaiHoSo).toBe('5');
    expect(wire.DanhSachHoSoBoSung[0]).toMatchObject({
      HoSoBoSungId: `${CODE}-BS1`,
      NoiDungBoSung: 'Bổ sung bản sao CCCD',
      NguoiYeuCauBoSung: 'Công chức tư pháp',
      HanBoSung: '20251010170000',
      TrangThaiBoSung: '0',
    });
    expect(wire.QuaTrinhXuLy.at(-1)).toMatchObject({ TrangThai: '5' });
    const rounds = await h.admin(`/dossiers/${CODE}/supplements`);
    expect(rounds.rounds).toHaveLength(1);
  });

  it('schedules an event for the simulator and applies it when the clock gets there', async () => {
    const r = await h.admin(`/dossiers/${CODE}/events`, { body: { kind: 'finish', afterMs: 3_600_000 } });
    expect(r.status).toBe(202);
    expect((await h.call('TraCuuHoSo', { MaHoSo: CODE })).body.result[0].TrangThaiHoSo).toBe('5');
    await h.admin('/clock', { body: { advanceMs: 3_600_000 } });
    await h.login();
    expect((await h.call('TraCuuHoSo', { MaHoSo: CODE })).body.result[0].TrangThaiHoSo).toBe('9');
  });

  it('refuses an unknown kind and an unknown dossier', async () => {
    expect((await h.admin(`/dossiers/${CODE}/events`, { body: { kind: 'celebrate' } })).status).toBe(400);
    expect((await h.admin('/dossiers/000.01.20.H66-251001-0000/events', { body: { kind: 'finish' } })).status).toBe(
      404,
    );
  });
});
