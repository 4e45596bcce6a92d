import { formatWireDate } from '@dvc-kit/core';

/** A minimal valid dossier for DongBoHoSoMC. */
export function newDossier(code: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const at = formatWireDate(new Date('2025-10-01T01:00:00Z'));
  return {
    MaHoSo: code,
    MaTTHC: '1.001193',
    TenTTHC: 'Đăng ký khai sinh',
    MaLinhVuc: 'HT',
    TenLinhVuc: 'Hộ tịch',
    KenhThucHien: '2',
    SoGiayToChuHoSo: '066190000123',
    ChuHoSo: 'Nguyễn Văn An',
    LoaiDoiTuong: '1',
    SoDienThoai: '0912345678',
    TrichYeuHoSo: 'Đăng ký khai sinh cho con',
    NgayTiepNhan: at,
    NgayHenTra: formatWireDate(new Date('2025-10-02T10:00:00Z')),
    TrangThaiHoSo: '2',
    NgayNopHoSo: at,
    HoSoCoThanhPhanSoHoa: '1',
    DuocThanhToanTrucTuyen: '3',
    TaiLieuNop: [],
    DanhSachLePhi: [],
    DanhSachGiayToKetQua: [],
    DinhDanhCHS: [{ LoaiDinhDanh: '1', SoDinhDanh: '066190000123' }],
    DSKetNoiCSDL: [{ MaCSDL: '7' }],
    ...overrides,
  };
}
