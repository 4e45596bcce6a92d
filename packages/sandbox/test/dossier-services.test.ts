import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMUNE, startHarness, type Harness } from './harness';
import { newDossier } from './fixtures';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.sandbox.close());

describe('login and envelope', () => {
  it('rejects a wrong password with a Vietnamese message', async () => {
    const r = await h.post('/auth/login', { username: 'dvc-sandbox', password: 'sai' });
    expect(r.status).toBe(200);
    expect(r.body.error_code).toBe(1);
    expect(r.body.message).toContain('mật khẩu');
  });
  it('names the missing login field', async () => {
    const r = await h.post('/auth/login', { username: 'dvc-sandbox' });
    expect(r.body.errors[0].field).toBe('password');
  });
  it('answers a non-JSON body with 400 in the portal shape', async () => {
    const r = await h.post('/integration', '{not json');
    expect(r.status).toBe(400);
    expect(r.body.error_code).toBe(2);
    expect(r.body.message).toContain('JSON');
  });
  it('rejects an unknown service, a bad session and an unknown madonvi', async () => {
    expect((await h.call('KhongCo')).body.error_code).toBe(2);
    expect((await h.call('TraCuuHoSo', { MaHoSo: 'x' }, { session: 'bogus' })).body.error_code).toBe(1);
    const r = await h.call('TraCuuHoSo', { MaHoSo: 'x' }, { madonvi: '000.99.99.H99' });
    expect(r.body.error_code).toBe(2);
    expect(r.body.errors[0].field).toBe('madonvi');
  });
  it('expires sessions as simulated time passes', async () => {
    const login = await h.post('/auth/login', { username: 'dvc-sandbox', password: 'dvc-sandbox' });
    h.sandbox.clock.advance(31 * 60_000);
    const r = await h.call('LayDanhMucLinhVuc', {}, { session: login.body.session });
    expect(r.body.error_code).toBe(1);
    expect(r.body.message).toContain('hết hạn');
    await h.login();
  });
});

describe('DongBoHoSoMC', () => {
  const code = `${COMMUNE}-251001-9001`;
  it('inserts, then refuses the same code as an insert with error_code 3 "đã tồn tại"', async () => {
    const first = await h.call('DongBoHoSoMC', { isUpdating: 'False', data: [newDossier(code)] });
    expect(first.body).toMatchObject({ error_code: 0, result: [{ MaHoSo: code, error_code: 0 }] });
    const again = await h.call('DongBoHoSoMC', { isUpdating: 'False', data: [newDossier(code)] });
    expect(again.body.error_code).toBe(3);
    expect(again.body.message).toContain('đã tồn tại');
  });
  it('updates with isUpdating True and counts the update', async () => {
    const r = await h.call('DongBoHoSoMC', { isUpdating: 'True', data: [newDossier(code, { TrangThaiHoSo: '4' })] });
    expect(r.body.error_code).toBe(0);
    const record = await h.admin(`/dossiers/${encodeURIComponent(code)}`);
    expect(record).toMatchObject({ status: '4', updateCount: 1, version: 2, origin: 'sync', agency: COMMUNE });
    expect(record.history.map((e: { kind: string }) => e.kind)).toEqual(['insert', 'update']);
  });
  it('refuses to update an unknown dossier', async () => {
    const r = await h.call('DongBoHoSoMC', { isUpdating: 'True', data: [newDossier(`${COMMUNE}-251001-9999`)] });
    expect(r.body.error_code).toBe(4);
  });
  it('names the wrong field of a bad dossier and writes nothing of the batch', async () => {
    const good = newDossier(`${COMMUNE}-251001-9002`);
    const bad = newDossier(`${COMMUNE}-251001-9003`, { NgayTiepNhan: '2025-10-01', TrangThaiHoSo: '42' });
    const r = await h.call('DongBoHoSoMC', { isUpdating: 'False', data: [good, bad] });
    expect(r.body.error_code).toBe(2);
    expect(r.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'data[1].NgayTiepNhan',
      'data[1].TrangThaiHoSo',
    ]);
    expect(r.body.message).toContain('data[1].NgayTiepNhan');
    expect((await h.admin(`/dossiers/${encodeURIComponent(`${COMMUNE}-251001-9002`)}`)).status).toBe(404);
  });
  it('rejects missing data, a bad isUpdating, a non-object item and a repeated code', async () => {
    expect((await h.call('DongBoHoSoMC', { isUpdating: 'False' })).body.errors[0].field).toBe('data');
    expect((await h.call('DongBoHoSoMC', { isUpdating: 'maybe', data: [newDossier('x')] })).body.errors[0].field).toBe(
      'isUpdating',
    );
    expect((await h.call('DongBoHoSoMC', { data: ['x'] })).body.errors[0].field).toBe('data[0]');
    const d = newDossier(`${COMMUNE}-251001-9004`);
    expect((await h.call('DongBoHoSoMC', { data: [d, d] })).body.errors[0].code).toBe('duplicate');
  });
});

describe('CapNhatTienDoHoSoMC, DongBoTrangThaiHoSo, TraCuuHoSo', () => {
  const code = `${COMMUNE}-251001-9010`;
  beforeAll(async () => {
    await h.call('DongBoHoSoMC', { isUpdating: 'False', data: [newDossier(code)] });
  });
  it('appends progress steps that TraCuuHoSo returns', async () => {
    const step = {
      MaHoSo: code,
      NguoiXuLy: 'Lê Thị Hạnh',
      ChucDanh: 'Công chức tư pháp',
      ThoiDiemXuLy: '20251001100000',
      NoiDungXuLy: 'Thẩm định hồ sơ',
      TrangThai: '4',
    };
    expect((await h.call('CapNhatTienDoHoSoMC', { data: [step] })).body.error_code).toBe(0);
    const r = await h.call('TraCuuHoSo', { MaHoSo: code });
    expect(r.body.result[0].QuaTrinhXuLy).toEqual([step]);
  });
  it('TraCuuHoSo answers the stored record exactly, steps in order, replacing a QuaTrinhXuLy sent with the dossier', async () => {
    const second = { MaHoSo: code, NguoiXuLy: 'Y Blu Niê', ThoiDiemXuLy: '20251001110000', NoiDungXuLy: 'Trình ký' };
    await h.call('CapNhatTienDoHoSoMC', { data: [second] });
    const { result } = (await h.call('TraCuuHoSo', { MaHoSo: code })).body;
    const { QuaTrinhXuLy: steps, ...wire } = result[0];
    expect(steps.map((s: { NguoiXuLy: string }) => s.NguoiXuLy)).toEqual(['Lê Thị Hạnh', 'Y Blu Niê']);
    expect(wire).toEqual((await h.admin(`/dossiers/${encodeURIComponent(code)}`)).wire);
    const own = `${COMMUNE}-251001-9011`;
    await h.call('DongBoHoSoMC', { isUpdating: 'False', data: [newDossier(own, { QuaTrinhXuLy: [{ cu: 1 }] })] });
    const replaced = (await h.call('TraCuuHoSo', { MaHoSo: own })).body.result[0];
    expect(replaced.QuaTrinhXuLy).toEqual([]);
    expect(replaced.MaHoSo).toBe(own);
  });
  it('validates progress steps field by field', async () => {
    const long = await h.call('CapNhatTienDoHoSoMC', {
      data: [{ MaHoSo: code, NguoiXuLy: 'x'.repeat(51), ThoiDiemXuLy: '20251001100000', NoiDungXuLy: 'a' }],
    });
    expect(long.body.errors[0].field).toBe('data[0].NguoiXuLy');
    const date = await h.call('CapNhatTienDoHoSoMC', {
      data: [{ MaHoSo: code, NguoiXuLy: 'A', ThoiDiemXuLy: '2025', NoiDungXuLy: 'a' }],
    });
    expect(date.body.errors[0].field).toBe('data[0].ThoiDiemXuLy');
    const missing = await h.call('CapNhatTienDoHoSoMC', {
      data: [{ MaHoSo: 'khong-co', NguoiXuLy: 'A', ThoiDiemXuLy: '20251001100000', NoiDungXuLy: 'a' }],
    });
    expect(missing.body.error_code).toBe(4);
  });
  it('syncs a status and refuses to leave a final status', async () => {
    expect(
      (
        await h.call('DongBoTrangThaiHoSo', {
          type: '2',
          data: [{ MaHoSo: code, TrangThaiHoSo: '10', ThoiDiemXuLy: '20251002090000' }],
        })
      ).body.error_code,
    ).toBe(0);
    const r = await h.call('TraCuuHoSo', { MaHoSo: code });
    expect(r.body.result[0]).toMatchObject({ TrangThaiHoSo: '10', NgayTra: '20251002090000' });
    expect(
      (await h.call('DongBoTrangThaiHoSo', { data: [{ MaHoSo: code, TrangThaiHoSo: '4' }] })).body.error_code,
    ).toBe(2);
    // The accepted TrangThai set is unknown (TH sends '11'): recorded, status unchanged.
    expect(
      (
        await h.call('DongBoTrangThaiHoSo', {
          type: '2',
          data: { MaHoSo: code, MaHoSoDonVi: code, TrangThai: '11', NgayXuLy: null, NoiDung: '' },
        })
      ).body.error_code,
    ).toBe(0);
    expect((await h.call('TraCuuHoSo', { mahoso: code })).body.result[0].TrangThaiHoSo).toBe('10');
    expect(
      (await h.call('DongBoTrangThaiHoSo', { type: '1', data: [{ MaHoSo: code, TrangThaiHoSo: '4' }] })).body.errors[0]
        .field,
    ).toBe('type');
  });
  it('TraCuuHoSo: not found (an empty result, as observed) and missing MaHoSo', async () => {
    expect((await h.call('TraCuuHoSo', { mahoso: 'khong-co' })).body).toEqual({ error_code: 0, result: [] });
    expect((await h.call('TraCuuHoSo', {})).body.errors[0].field).toBe('MaHoSo');
  });
  it('TraCuuHoSo finds a seeded dossier', async () => {
    const list = await h.admin(`/dossiers?agency=${COMMUNE}&origin=seed&limit=1`);
    const r = await h.call('TraCuuHoSo', { MaHoSo: list.items[0].code });
    expect(r.body.result[0].MaHoSo).toBe(list.items[0].code);
    expect(r.body.result[0].DinhDanhCHS[0].SoDinhDanh).toMatch(/^\d{12}$/);
  });
});
