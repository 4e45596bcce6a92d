import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formDefinitionSchema } from '@dvc-kit/core';
import { paymentSignature, INIT_SIGNED_FIELDS, CONFIRM_SIGNED_FIELDS } from '../src/index';
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
    expect(r.body.result[0]).toMatchObject({ MaCoQuan: '000.00.00.H66', TenCoQuan: 'UBND tỉnh Đắk Lắk' });
    const filtered = await h.call('LayDanhMucCoQuan', { MaCoQuanCha: '000.00.00.H66' });
    expect(filtered.body.result).toHaveLength(102);
    expect(filtered.body.result.some((a: { TenCoQuan: string }) => a.TenCoQuan === 'UBND xã Ea Bung')).toBe(true);
    expect((await h.call('LayDanhMucCoQuan', { MaCoQuanCha: 5 })).body.errors[0].field).toBe('MaCoQuanCha');
  });
  it('LayDanhMucLinhVuc lists the fields', async () => {
    const r = await h.call('LayDanhMucLinhVuc');
    expect(r.body.result).toContainEqual({ MaLinhVuc: 'HT', TenLinhVuc: 'Hộ tịch' });
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
    for (const k of ['text', 'date', 'citizen-id', 'phone', 'address', 'choice', 'group', 'file']) expect(kinds).toContain(`"kind":"${k}"`);
    // The declaration (tờ khai theo mẫu) links to its template, which the sandbox serves.
    const declaration = p.THANHPHANHOSO[0].GIAYTO[0];
    expect(declaration.URL).toMatch(/^http:\/\/.+\/mau-don\//);
    const slot = p.BIEUMAU.sections.find((s: { id: string }) => s.id === 'documents').fields[0];
    expect(slot.templateUrl).toBe(declaration.URL);
    const template = await fetch(declaration.URL);
    expect(template.status).toBe(200);
    expect(await template.text()).toContain(declaration.TENGIAYTO);
    expect(p.THANHPHANHOSO[0].GIAYTO[1].URL).toBe('');
    expect((await h.call('LayThuTuc', { maTTHC: '9.999999' })).body.error_code).toBe(4);
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
  const summary = { NgayTongHop: '9-2025', TongSoNguoiDanhGia: '120', PhanTramDanhGiaRatHaiLong: '70%', PhanTramDanhGiaHaiLong: '25%', PhanTramDanhGiaChuaHaiLong: '5%' };
  it('stores a monthly summary and replaces it on resend', async () => {
    expect((await h.call('DongBoDanhGia', { data: [summary] })).body.error_code).toBe(0);
    expect((await h.call('DongBoDanhGia', { data: [{ ...summary, TongSoNguoiDanhGia: '121' }] })).body.result[0]).toMatchObject({ NgayTongHop: '9-2025', Madonvi: COMMUNE });
  });
  it('names a bad month, percentage and a sum that is not 100%', async () => {
    expect((await h.call('DongBoDanhGia', { data: [{ ...summary, NgayTongHop: '2025-09' }] })).body.errors[0].field).toBe('data[0].NgayTongHop');
    expect((await h.call('DongBoDanhGia', { data: [{ ...summary, PhanTramDanhGiaHaiLong: 'nhiều' }] })).body.errors[0].field).toBe('data[0].PhanTramDanhGiaHaiLong');
    expect((await h.call('DongBoDanhGia', { data: [{ ...summary, PhanTramDanhGiaHaiLong: '50%' }] })).body.errors[0].code).toBe('sum');
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
    const r = await h.call('GetKetQuaGiayTo', { SoDinhDanhChuSoHuu: owner });
    const doc = r.body.result.DanhSachGiayToKetQua[0];
    expect(doc).toMatchObject({ CoQuanChuQuan: COMMUNE });
    const filtered = await h.call('GetKetQuaGiayTo', { SoDinhDanhChuSoHuu: owner, DanhSachDanhMucKetQua: [{ MaKetQua: 'KHONG-CO' }] });
    expect(filtered.body.result.DanhSachGiayToKetQua).toEqual([]);
    const file = await h.call('GetGiayToByUrl', { CoQuanChuQuan: doc.CoQuanChuQuan, DuongDan: doc.DanhSachTepDinhKem[0].DuongDan });
    expect(Buffer.from(file.body.result.DuLieu, 'base64').toString().startsWith('%PDF')).toBe(true);
  });
  it('validates the owner id and reports unknown files', async () => {
    expect((await h.call('GetKetQuaGiayTo', { SoDinhDanhChuSoHuu: '12ab' })).body.errors[0].field).toBe('SoDinhDanhChuSoHuu');
    expect((await h.call('GetKetQuaGiayTo', { SoDinhDanhChuSoHuu: '066190000123', DanhSachDanhMucKetQua: 'x' })).body.errors[0].field).toBe('DanhSachDanhMucKetQua');
    expect((await h.call('GetGiayToByUrl', { CoQuanChuQuan: COMMUNE, DuongDan: 'https://x.invalid/none' })).body.error_code).toBe(4);
    expect((await h.call('GetGiayToByUrl', { CoQuanChuQuan: COMMUNE })).body.errors[0].field).toBe('DuongDan');
  });
});

describe('payment INIT / confirm', () => {
  const secret = 'dvc-sandbox-secret';
  const init = () => {
    const msg: Record<string, unknown> = {
      LoaiBanTin: 'INIT', PhienBan: '1.0.6', MaDoiTac: 'DVCKIT', MaThamChieu: `dvc${COMMUNE}-251001-0001${Date.now()}`, SoTien: '15000', LoaiHinhThanhToan: 'PAY',
      MaKenhThanhToan: '1', MaThietBi: '1', NgonNgu: 'vi-VN', MaTienTe: 'VND', MaNganHang: 'PAYMENT', ThongTinGiaoDich: 'Lệ phí', ThoiGianGD: '20251001090000', Ip: '127.0.0.1',
      ThongTinBienLai: { MaHoSo: `${COMMUNE}-251001-0001`, MaTTHC: '1.900104' },
    };
    msg.MaXacThuc = paymentSignature(msg, INIT_SIGNED_FIELDS, secret);
    return msg;
  };
  it('verifies MaXacThuc, then confirms', async () => {
    const msg = init();
    const r = await h.call('KhoiTaoThanhToan', msg);
    expect(r.body).toMatchObject({ error_code: 0, result: { MaThamChieu: msg.MaThamChieu } });
    expect((await h.call('KhoiTaoThanhToan', msg)).body.error_code).toBe(3);
    const confirm: Record<string, unknown> = { LoaiBanTin: 'CONFIRM', PhienBan: '1.0.6', MaDoiTac: 'DVCKIT', MaThamChieu: msg.MaThamChieu, ThoiGianGD: '20251001090500' };
    confirm.MaXacThuc = paymentSignature(confirm, CONFIRM_SIGNED_FIELDS, secret);
    expect((await h.call('XacNhanThanhToan', confirm)).body.result.TrangThai).toBe('DA_THANH_TOAN');
    const lookup = await h.call('TraCuuThanhToan', { MaHoSo: `${COMMUNE}-251001-0001` });
    expect(lookup.body.result[0]).toMatchObject({ MaThamChieu: msg.MaThamChieu, TrangThai: 'DA_THANH_TOAN' });
  });
  it('rejects a wrong signature, a tampered amount and a bad message type', async () => {
    const msg = init();
    expect((await h.call('KhoiTaoThanhToan', { ...msg, SoTien: '1' })).body).toMatchObject({ error_code: 2, errors: [{ field: 'MaXacThuc' }] });
    expect((await h.call('KhoiTaoThanhToan', { ...msg, LoaiBanTin: 'PAY' })).body.errors[0].field).toBe('LoaiBanTin');
    const { ThongTinBienLai: _r, ...noReceipt } = msg;
    expect((await h.call('KhoiTaoThanhToan', noReceipt)).body.errors[0].field).toBe('ThongTinBienLai');
    const confirm = { LoaiBanTin: 'CONFIRM', PhienBan: '1.0.6', MaDoiTac: 'DVCKIT', MaThamChieu: 'khong-co', ThoiGianGD: '20251001090500' };
    expect((await h.call('XacNhanThanhToan', { ...confirm, MaXacThuc: paymentSignature(confirm, CONFIRM_SIGNED_FIELDS, secret) })).body.error_code).toBe(4);
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
