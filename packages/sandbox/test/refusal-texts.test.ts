import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../src/index';
import { newDossier } from './fixtures';
import { COMMUNE, TEST_NOW } from './harness';

/**
 * Every refusal text the sandbox sends, byte for byte: the answers' raw bodies are pinned in
 * `__snapshots__/refusal-texts.test.ts.snap`, so moving texts into message books (or merging
 * helpers) cannot change what goes on the wire.
 */

let sandbox: RunningSandbox;
let observed: RunningSandbox;
let guarded: RunningSandbox;
const sessions = new Map<RunningSandbox, string>();

/** POSTs raw JSON and returns `status body` as sent. */
async function raw(url: string, body: unknown, init: { method?: string; token?: string } = {}): Promise<string> {
  const res = await fetch(url, {
    method: init.method ?? 'POST',
    headers: {
      'content-type': 'application/json',
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  return `${res.status} ${await res.text()}`;
}

async function login(s: RunningSandbox): Promise<void> {
  const res = await fetch(`${s.url}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'dvc-sandbox', password: 'dvc-sandbox' }),
  });
  sessions.set(s, String(((await res.json()) as { session: string }).session));
}

/** Calls one portal service on `s` and returns the raw answer. */
const call = (service: string, body: Record<string, unknown> = {}, s = sandbox) =>
  raw(`${s.url}/integration`, { service, session: sessions.get(s), madonvi: COMMUNE, ...body });

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, clock: TEST_NOW });
  observed = await startSandbox({ port: 0, clock: TEST_NOW, profile: 'observed' });
  guarded = await startSandbox({ port: 0, clock: TEST_NOW, adminToken: 'secret' });
  await login(sandbox);
  await login(observed);
});
afterAll(async () => {
  await sandbox.close();
  await observed.close();
  await guarded.close();
});

describe('field refusals of the portal services', () => {
  it('DongBoHoSoMC', async () => {
    const d = newDossier('H66-REFUSE-1');
    const answers = [
      await call('DongBoHoSoMC', { isUpdating: 'maybe', data: [d] }),
      await call('DongBoHoSoMC', { isUpdating: 'False', data: [] }),
      await call('DongBoHoSoMC', { isUpdating: 'False' }),
      await call('DongBoHoSoMC', { isUpdating: 'False', data: Array.from({ length: 1001 }, () => ({})) }),
      await call('DongBoHoSoMC', { isUpdating: 'False', data: [5] }),
      await call('DongBoHoSoMC', { isUpdating: 'False', data: [newDossier('  ')] }),
      await call('DongBoHoSoMC', { isUpdating: 'False', data: [newDossier('x', { MaHoSo: undefined })] }),
      await call('DongBoHoSoMC', { isUpdating: 'False', data: [newDossier('H'.repeat(51))] }),
      await call('DongBoHoSoMC', { isUpdating: 'False', data: [newDossier('H66-R2', { TrangThaiHoSo: '11' })] }),
      await call('DongBoHoSoMC', { isUpdating: 'False', data: [d, d] }),
      await call('DongBoHoSoMC', { isUpdating: 'False', data: [5] }, observed),
    ];
    expect(answers).toMatchSnapshot();
  });

  it('CapNhatTienDoHoSoMC', async () => {
    const step = { MaHoSo: 'H66-X', ThoiDiemXuLy: '20251001080000' };
    const answers = [
      await call('CapNhatTienDoHoSoMC', { data: [5] }),
      await call('CapNhatTienDoHoSoMC', { data: [{}] }),
      await call('CapNhatTienDoHoSoMC', { data: [{ ...step, NguoiXuLy: {} }] }),
      await call('CapNhatTienDoHoSoMC', { data: [{ ...step, NguoiXuLy: 'n'.repeat(51) }] }),
      await call('CapNhatTienDoHoSoMC', { data: [{ ...step, ThoiDiemXuLy: '2025-10-01' }] }),
      await call('CapNhatTienDoHoSoMC', { data: [{ ...step, NgayBatDau: 'hôm qua' }] }),
      await call('CapNhatTienDoHoSoMC', { data: [step] }),
    ];
    expect(answers).toMatchSnapshot();
  });

  it('DongBoTrangThaiHoSo', async () => {
    const answers = [
      await call('DongBoTrangThaiHoSo', { type: '1', data: { MaHoSo: 'H66-X', TrangThai: '2' } }),
      await call('DongBoTrangThaiHoSo', { type: '2', data: { MaHoSo: 'H66-X' } }),
      await call('DongBoTrangThaiHoSo', { type: '2', data: { MaHoSo: 'H66-X', TrangThai: '2', NgayXuLy: 'x' } }),
      await call('DongBoTrangThaiHoSo', { type: '2', data: [{ MaHoSo: 'H66-X', TrangThaiHoSo: '2' }] }),
    ];
    expect(answers).toMatchSnapshot();
  });

  it('catalogues, procedures and the report', async () => {
    const answers = [
      await call('LayDanhMucCoQuan', { MaCoQuanCha: 5 }),
      await call('TraCuuTechID', {}),
      await call('LayDanhSachTTHC', { MaLinhVuc: 'ZZ' }),
      await call('LayDanhSachTTHC', { TuKhoa: 5 }),
      await call('LayThuTuc', {}),
      await call('LayThuTuc', { maTTHC: '   ' }),
      await call('BaoCaoSoHoa', { MaDonVi: 5 }),
      await call('BaoCaoSoHoa', { MaDonVi: '000.99.99.H99' }),
    ];
    expect(answers).toMatchSnapshot();
  });
});

describe('success messages of the write services', () => {
  it('carry "thành công" and the count', async () => {
    const d = newDossier('H66-DONE-1');
    const step = { MaHoSo: 'H66-DONE-1', ThoiDiemXuLy: '20251001080000', NguoiXuLy: '', NoiDungXuLy: '' };
    const rating = {
      NgayTongHop: '9-2025',
      TongSoNguoiDanhGia: '120',
      PhanTramDanhGiaRatHaiLong: '70%',
      PhanTramDanhGiaHaiLong: '25%',
      PhanTramDanhGiaChuaHaiLong: '5%',
    };
    const answers = [
      await call('DongBoHoSoMC', { isUpdating: 'False', data: [d] }),
      await call('DongBoHoSoMC', { isUpdating: 'True', data: [d] }),
      await call('CapNhatTienDoHoSoMC', { data: [step, step] }),
      await call('DongBoTrangThaiHoSo', { type: '2', data: { MaHoSo: 'H66-DONE-1', TrangThai: '4' } }),
      await call('DongBoDanhGia', { data: [rating] }),
    ];
    expect(answers).toMatchSnapshot();
  });
});

describe('refusals of the admin API, the result store and PayGov', () => {
  it('admin', async () => {
    const admin = sandbox.adminUrl;
    const answers = [
      await raw(`${guarded.adminUrl}/state`, undefined, { method: 'GET' }),
      await raw(`${admin}/clock`, '[1]'),
      await raw(`${admin}/clock`, {}),
      await raw(`${admin}/clock`, { set: 'not a time' }),
      await raw(`${admin}/faults`, { failRate: 'x' }, { method: 'PUT' }),
      await raw(`${admin}/dossiers/count?origin=elsewhere`, undefined, { method: 'GET' }),
      await raw(`${admin}/dossiers/H66-NONE`, undefined, { method: 'GET' }),
      await raw(`${admin}/dossiers/H66-NONE/events`, '"x"'),
      await raw(`${admin}/dossiers/H66-NONE/events`, { kind: 'dance' }),
      await raw(`${admin}/dossiers/H66-NONE/events`, { kind: 'process' }),
      await raw(`${admin}/dossiers/H66-NONE/supplements`, undefined, { method: 'GET' }),
    ];
    expect(answers).toMatchSnapshot();
  });

  it('kho', async () => {
    const answers = [
      await raw(`${sandbox.url}/kho/GetKetQuaGiayTo`, 'null'),
      await raw(`${sandbox.url}/kho/GetKetQuaGiayTo`, {}),
      await raw(`${sandbox.url}/kho/GetGiayToByUrl`, '[]'),
      await raw(`${sandbox.url}/kho/GetGiayToByUrl`, { CoQuanChuQuan: COMMUNE }),
    ];
    expect(answers).toMatchSnapshot();
  });

  it('paygov', async () => {
    const at = (path: string) => `${sandbox.url}${path}`;
    const answers = [
      await raw(at('/paygov/init'), '[]'),
      await raw(at('/paygov/init'), { LoaiBanTin: 'QUERY' }),
      await raw(at('/paygov/init'), { LoaiBanTin: 'INIT' }),
      await raw(at('/paygov/query'), { LoaiBanTin: 'INIT' }),
      await raw(at('/paygov/getBill'), 'x'),
      await raw(at('/paygov/pay/KHONGCO'), undefined, { method: 'GET' }),
    ];
    expect(answers).toMatchSnapshot();
  });

  it('unknown paths', async () => {
    expect([await raw(`${sandbox.url}/no/such/path`, undefined, { method: 'GET' })]).toMatchSnapshot();
  });

  it('injected faults', async () => {
    const faults = `${sandbox.adminUrl}/faults`;
    await raw(faults, { errorRate503: 1, services: ['LayDanhMucLinhVuc'] }, { method: 'PUT' });
    const busy = await call('LayDanhMucLinhVuc');
    await raw(
      faults,
      { rateLimit429: { rate: 1, retryAfterSeconds: 2 }, services: ['LayDanhMucLinhVuc'] },
      { method: 'PUT' },
    );
    const limited = await call('LayDanhMucLinhVuc');
    await raw(faults, {}, { method: 'PUT' });
    expect([busy, limited]).toMatchSnapshot();
  });
});
