import { describe, expect, it } from 'vitest';
import { cellToWire, columnFor, toWireDate } from './dossier-columns';

describe('dossier column mapping', () => {
  it('matches headers with or without diacritics, case, spaces and underscores', () => {
    for (const header of ['MaHoSo', 'Mã hồ sơ', 'MA_HO_SO', ' mã  HỒ sơ '])
      expect(columnFor(header)?.wire).toBe('MaHoSo');
    expect(columnFor('Số CCCD')?.wire).toBe('SoGiayToChuHoSo');
    expect(columnFor('Ngày hẹn trả')?.wire).toBe('NgayHenTra');
    expect(columnFor('Cột lạ')).toBeUndefined();
  });

  it('reads Vietnamese and wire date formats as Vietnam time', () => {
    expect(toWireDate('01/07/2025 08:30')).toBe('20250701083000');
    expect(toWireDate('1/7/2025')).toBe('20250701000000');
    expect(toWireDate('31/12/2025 23:59:59')).toBe('20251231235959');
    expect(toWireDate('20250701083000')).toBe('20250701083000');
    for (const bad of ['31/02/2025', '01/13/2025', '01/07/2025 24:00', '20250230000000', '2025-07-01', 'mai'])
      expect(toWireDate(bad)).toBeUndefined();
  });

  it('reads statuses, channels and applicant kinds as codes or labels', () => {
    expect(cellToWire('status', '4')).toBe('4');
    expect(cellToWire('status', 'Đang xử lý')).toBe('4');
    expect(cellToWire('status', 'dang xu ly')).toBe('4');
    expect(cellToWire('status', 'Đã trả kết quả')).toBe('10');
    expect(cellToWire('status', '11')).toBeUndefined();
    expect(cellToWire('channel', 'Trực tuyến')).toBe('2');
    expect(cellToWire('channel', 'online')).toBe('2');
    expect(cellToWire('applicant-kind', 'Doanh nghiệp')).toBe('2');
    expect(cellToWire('flag', 'Có')).toBe('1');
    expect(cellToWire('text', ' x ')).toBe(' x ');
  });
});
