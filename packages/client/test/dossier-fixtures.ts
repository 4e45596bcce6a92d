import { decodeWire, dossierCodec, formatWireDate, progressStepCodec } from '@dvc-kit/core';
import type { Dossier, ProgressStep } from '@dvc-kit/core';

/** Calling unit in the sandbox (UBND tỉnh Đắk Lắk). */
export const AGENCY = '000.00.00.H66';

/** The n-th test dossier (wire shape), in status `status`. */
export function dossierWire(n: number, status = '2'): Record<string, string> & { MaHoSo: string } {
  return {
    MaHoSo: `000.00.00.H66-250701-${String(n).padStart(6, '0')}`,
    MaTTHC: '1.001193',
    TenTTHC: 'Thủ tục đăng ký khai sinh',
    MaLinhVuc: 'HOTICH',
    TenLinhVuc: 'Hộ tịch',
    KenhThucHien: '1',
    ChuHoSo: 'Nguyễn Văn An',
    SoGiayToChuHoSo: '066090001234',
    LoaiDoiTuong: '1',
    SoDienThoai: '0912345678',
    NgayTiepNhan: formatWireDate(new Date(Date.UTC(2025, 6, 1, 1, 0, 0) + n * 60_000)),
    TrangThaiHoSo: status,
    TrichYeuHoSo: `Đăng ký khai sinh số ${n}`,
  };
}

/** The n-th test dossier as core's model. */
export const dossier = (n: number, status = '2'): Dossier => decodeWire(dossierCodec, dossierWire(n, status));

/** A processing step of dossier n. */
export const progressStep = (n: number, minute: number): ProgressStep =>
  decodeWire(progressStepCodec, {
    MaHoSo: dossierWire(n).MaHoSo,
    NguoiXuLy: 'Trần Thị Bình',
    ChucDanh: 'Công chức tư pháp - hộ tịch',
    ThoiDiemXuLy: formatWireDate(new Date(Date.UTC(2025, 6, 1, 2, minute, 0))),
    PhongBanXuLy: 'Bộ phận Một cửa',
    NoiDungXuLy: `Bước ${minute}: kiểm tra hồ sơ`,
    TrangThai: '4',
  });
