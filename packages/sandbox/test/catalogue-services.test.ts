import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formDefinitionSchema } from '@dvc-kit/core';
import { COMMUNE, startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.sandbox.close());

describe('operability', () => {
  it('answers GET /healthz with status ok, outside the portal API', async () => {
    const res = await fetch(`${h.sandbox.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
    expect((await fetch(`${h.sandbox.url}/integration`)).status).toBe(404);
  });
});

describe('catalogues', () => {
  it('LayDanhMucCoQuan lists the province and its 102 communes', async () => {
    const r = await h.call('LayDanhMucCoQuan');
    expect(r.body.result).toHaveLength(103);
    // Upper-case keys, as observed (laydanhmuccoquan.exchange.json); MaCoQuanCha is an extension.
    expect(r.body.result[0]).toMatchObject({ MADONVI: '000.00.00.H66', TENDONVI: 'UBND tỉnh Đắk Lắk', CAPDONVI: '1' });
    const filtered = await h.call('LayDanhMucCoQuan', { MaCoQuanCha: '000.00.00.H66' });
    expect(filtered.body.result).toHaveLength(102);
    expect(filtered.body.result.some((a: { TENDONVI: string }) => a.TENDONVI === 'UBND xã Ea Bung')).toBe(true);
    expect((await h.call('LayDanhMucCoQuan', { MaCoQuanCha: 5 })).body.errors[0].field).toBe('MaCoQuanCha');
  });
  it('LayDanhMucLinhVuc lists the fields', async () => {
    const r = await h.call('LayDanhMucLinhVuc');
    expect(r.body.result).toContainEqual({ MALINHVUC: 'HT', TENLINHVUC: 'Hộ tịch', MANGANH: 'HT' });
  });
  it('LayDanhSachTTHC lists 26 procedures, filters by field and keyword without diacritics', async () => {
    expect((await h.call('LayDanhSachTTHC')).body.result).toHaveLength(26);
    const civil = await h.call('LayDanhSachTTHC', { MaLinhVuc: 'HT' });
    expect(civil.body.result.every((p: { MALINHVUC: string }) => p.MALINHVUC === 'HT')).toBe(true);
    const search = await h.call('LayDanhSachTTHC', { TuKhoa: 'khai sinh' });
    expect(search.body.result.map((p: { MATTHC: string }) => p.MATTHC)).toContain('1.001193');
    expect((await h.call('LayDanhSachTTHC', { MaLinhVuc: 'XX' })).body.errors[0].field).toBe('MaLinhVuc');
    expect((await h.call('LayDanhSachTTHC', { TuKhoa: 3 })).body.errors[0].field).toBe('TuKhoa');
  });
  it('LayThuTuc returns the uppercase shape with documents, fees, time limit and a valid form', async () => {
    const r = await h.call('LayThuTuc', { maTTHC: '1.001193' });
    const p = r.body.result[0];
    expect(p).toMatchObject({ MATTHC: '1.001193', TENTTHC: 'Đăng ký khai sinh', DVCKIT_MOPHONG: '0' });
    expect(p.THANHPHANHOSO[0].GIAYTO.length).toBeGreaterThan(1);
    expect(p.CACHTHUCTHUCHIEN[0].THOIGIAN[0]).toMatchObject({ THOIGIANGIAIQUYET: '1', DONVITINH: 'Ngày làm việc' });
    expect(formDefinitionSchema.safeParse(p.BIEUMAU).success).toBe(true);
    const kinds = new Set(JSON.stringify(p.BIEUMAU).match(/"kind":"[a-z-]+"/g));
    for (const k of ['text', 'date', 'citizen-id', 'phone', 'address', 'choice', 'group', 'file'])
      expect(kinds).toContain(`"kind":"${k}"`);
    // The declaration (tờ khai theo mẫu) links to its template, which the sandbox serves.
    const declaration = p.THANHPHANHOSO[0].GIAYTO[0];
    expect(declaration.URL).toMatch(/^http:\/\/.+\/mau-don\//);
    const slot = p.BIEUMAU.sections.find((s: { id: string }) => s.id === 'documents').fields[0];
    expect(slot.templateUrl).toBe(declaration.URL);
    const template = await fetch(declaration.URL);
    expect(template.status).toBe(200);
    expect(await template.text()).toContain(declaration.TENGIAYTO);
    expect(p.THANHPHANHOSO[0].GIAYTO[1].URL).toBe('');
    expect((await h.call('LayThuTuc', { maTTHC: '9.999999' })).body).toMatchObject({ error_code: 0, result: [] });
    expect((await h.call('LayThuTuc', {})).body.errors[0].field).toBe('MaTTHC');
  });
  it('every seeded procedure has a form core accepts', async () => {
    const list = (await h.call('LayDanhSachTTHC')).body.result as { MATTHC: string }[];
    for (const item of list) {
      const p = (await h.call('LayThuTuc', { MaTTHC: item.MATTHC })).body.result[0];
      expect(formDefinitionSchema.safeParse(p.BIEUMAU).success, item.MATTHC).toBe(true);
    }
  });
});

describe('DongBoDanhGia', () => {
  const summary = {
    NgayTongHop: '9-2025',
    TongSoNguoiDanhGia: '120',
    PhanTramDanhGiaRatHaiLong: '70%',
    PhanTramDanhGiaHaiLong: '25%',
    PhanTramDanhGiaChuaHaiLong: '5%',
  };
  it('stores a monthly summary and replaces it on resend', async () => {
    expect((await h.call('DongBoDanhGia', { data: [summary] })).body.error_code).toBe(0);
    expect(
      (await h.call('DongBoDanhGia', { data: [{ ...summary, TongSoNguoiDanhGia: '121' }] })).body.result[0],
    ).toMatchObject({ NgayTongHop: '9-2025', Madonvi: COMMUNE });
  });
  it('names a bad month and percentage; shares need not add up to 100 (OpenCPS sends 0/0/0)', async () => {
    expect(
      (await h.call('DongBoDanhGia', { data: [{ ...summary, NgayTongHop: '2025-09' }] })).body.errors[0].field,
    ).toBe('data[0].NgayTongHop');
    expect(
      (await h.call('DongBoDanhGia', { data: [{ ...summary, PhanTramDanhGiaHaiLong: 'nhiều' }] })).body.errors[0].field,
    ).toBe('data[0].PhanTramDanhGiaHaiLong');
    expect(
      (await h.call('DongBoDanhGia', { data: [{ ...summary, PhanTramDanhGiaHaiLong: '50%' }] })).body.error_code,
    ).toBe(0);
  });
  it("checks shares with core's percent rule: canonical only, at most 100", async () => {
    const share = async (value: string) =>
      (await h.call('DongBoDanhGia', { data: [{ ...summary, PhanTramDanhGiaHaiLong: value }] })).body;
    expect((await share('12.5%')).error_code).toBe(0);
    for (const refused of ['85.0%', '101%', '007%']) {
      const body = await share(refused);
      expect([refused, body.errors?.[0]?.field, body.errors?.[0]?.code]).toEqual([
        refused,
        'data[0].PhanTramDanhGiaHaiLong',
        'wire.percent',
      ]);
    }
  });
});

describe('digitized-result store (Kho)', () => {
  it('finds the results of a citizen and serves the file', async () => {
    const seeded = await h.admin(`/dossiers?agency=${COMMUNE}&origin=seed&limit=200`);
    let owner = '';
    for (const item of seeded.items as { code: string; status: string }[]) {
      if (item.status !== '10') continue;
      const d = (await h.call('TraCuuHoSo', { MaHoSo: item.code })).body.result[0];
      if (d.DanhSachGiayToKetQua?.[0]?.DuongDanTepTinKetQua) {
        owner = d.SoGiayToChuHoSo;
        break;
      }
    }
    expect(owner).toMatch(/^\d{12}$/);
    // The Kho lives on its own paths, outside the integration envelope (kho-* corpus files).
    const r = await h.post('/kho/GetKetQuaGiayTo', {
      SoDinhDanhChuSoHuu: owner,
      HoTenNguoiYeuCau: "H'Nhi Niê",
      KenhThucHien: '2',
      SoDinhDanhNguoiYeuCau: owner,
      MaThuTuc: '1.001193',
      DanhSachDanhMucKetQua: [],
    });
    expect(r.body).toMatchObject({ errorCode: '0', message: '', signature: expect.any(String) });
    const doc = r.body.result.DanhSachGiayToKetQua[0];
    expect(doc).toMatchObject({ CoQuanChuQuan: COMMUNE });
    const filtered = await h.post('/kho/GetKetQuaGiayTo', {
      SoDinhDanhChuSoHuu: owner,
      DanhSachDanhMucKetQua: [{ MaKetQua: 'KHONG-CO', SoKyHieu: '' }],
    });
    expect(filtered.body.result.DanhSachGiayToKetQua).toEqual([]);
    const file = await h.post('/kho/GetGiayToByUrl', {
      CoQuanChuQuan: doc.CoQuanChuQuan,
      DuongDan: doc.DanhSachTepDinhKem[0].DuongDan,
    });
    expect(typeof file.body).toBe('string'); // a bare JSON string of base64 bytes
    expect(
      Buffer.from(file.body as unknown as string, 'base64')
        .toString()
        .startsWith('%PDF'),
    ).toBe(true);
  });
  it('answers an unknown file with the empty string and a bad body with HTTP 400', async () => {
    expect(
      (await h.post('/kho/GetGiayToByUrl', { CoQuanChuQuan: COMMUNE, DuongDan: 'https://x.invalid/none' })).body,
    ).toBe('');
    const bad = await fetch(`${h.sandbox.khoUrl}/GetGiayToByUrl`, {
      method: 'POST',
      body: JSON.stringify({ CoQuanChuQuan: COMMUNE }),
    });
    expect(bad.status).toBe(400);
    expect((await fetch(`${h.sandbox.khoUrl}/GetKetQuaGiayTo`, { method: 'POST', body: '[1]' })).status).toBe(400);
    // Not on the integration envelope any more.
    expect((await h.call('GetKetQuaGiayTo', { SoDinhDanhChuSoHuu: '066190000123' })).body.error_code).not.toBe(0);
  });
});

describe('BaoCaoSoHoa', () => {
  it('computes score parts, a rank among 102 communes and a weekly history', async () => {
    const r = await h.call('BaoCaoSoHoa', { MaDonVi: COMMUNE });
    const row = r.body.result[0];
    expect(row.SO_DON_VI).toBe(102);
    expect(row.XEP_HANG).toBeGreaterThanOrEqual(1);
    expect(row.XEP_HANG).toBeLessThanOrEqual(102);
    expect(row.MDSH).toBeGreaterThan(0);
    expect(row.MDSH).toBeLessThanOrEqual(22); // core's DIGITIZATION_SCORE_MAX.digitization
    expect(row.LICH_SU.length).toBeGreaterThanOrEqual(13);
    expect(row.CHI_TIEU_SO_HOA.TIEP_NHAN).toBeGreaterThan(10);
  });
  it('scores each week on everything received since 1 July 2025, like the 766 index', async () => {
    const row = (await h.call('BaoCaoSoHoa', { MaDonVi: COMMUNE })).body.result[0];
    const received = row.LICH_SU.map((w: { TIEP_NHAN: string }) => Number(w.TIEP_NHAN));
    expect(received).toEqual([...received].sort((a, b) => a - b));
    expect(received.at(-1)).toBe(row.CHI_TIEU_SO_HOA.TIEP_NHAN);
    // Once a commune has dossiers, a quiet week no longer drops its score to zero.
    const first = received.findIndex((n: number) => n > 0);
    expect(row.LICH_SU.slice(first).every((w: { MDSH: number }) => w.MDSH > 0)).toBe(true);
  });
  it('ranks every commune from the data for the province', async () => {
    const r = await h.call('BaoCaoSoHoa', { MaDonVi: '000.00.00.H66' }, { madonvi: '000.00.00.H66' });
    expect(r.body.result).toHaveLength(102);
    const scores = r.body.result.map((x: { MDSH: number }) => x.MDSH);
    expect(new Set(scores).size).toBeGreaterThan(50);
    expect(scores).toEqual([...scores].sort((a: number, b: number) => b - a));
    expect((await h.call('BaoCaoSoHoa', { MaDonVi: 'x' })).body.errors[0].field).toBe('MaDonVi');
  });
});
