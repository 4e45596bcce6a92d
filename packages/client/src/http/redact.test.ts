import { describe, expect, it } from 'vitest';
import { REDACTED, isSensitiveKey, redact, redactText, redactUrl } from './redact';

describe('redactText', () => {
  it('masks CCCD, CMND, phones and e-mails', () => {
    const text = 'CCCD 001204012345, CMND 123456789, ĐT 0912 345 678 / +84912345678, mail an.nguyen@example.vn';
    const out = redactText(text);
    for (const secret of ['001204012345', '123456789', '0912 345 678', '+84912345678', 'an.nguyen@example.vn']) {
      expect(out).not.toContain(secret);
    }
    expect(out).toContain(`CCCD ${REDACTED}`);
  });

  it('keeps wire dates, dossier codes, procedure codes and ordinary numbers', () => {
    const text = 'Hồ sơ 000.00.12.H56-250101-0001 nhận lúc 20250101083000, thủ tục 1.001234, 3 ngày, mã lỗi -3';
    expect(redactText(text)).toBe(text);
  });
});

describe('redact', () => {
  it('masks secrets and personal data by wire and model field names, deeply', () => {
    const input = {
      service: 'DongBoHoSoMC',
      session: 'sess-123',
      madonvi: 'H56',
      password: 'hunter2',
      data: [
        {
          MaHoSo: 'H56-250101-0001',
          ChuHoSo: 'Nguyễn Văn An',
          SoGiayToChuHoSo: '001204012345',
          SoDienThoai: '0912345678',
          Email: 'an@example.vn',
          DinhDanhCHS: [{ LoaiDinhDanh: '1', SoDinhDanh: '001204012345' }],
          TrichYeuHoSo: 'Đăng ký khai sinh, liên hệ 0987654321',
        },
      ],
      applicant: { fullName: 'Trần Thị B', phone: '0987654321' },
    };
    const out = JSON.stringify(redact(input));
    for (const secret of [
      'sess-123',
      'hunter2',
      'Nguyễn Văn An',
      '001204012345',
      '0912345678',
      'an@example.vn',
      'Trần Thị B',
      '0987654321',
    ]) {
      expect(out).not.toContain(secret);
    }
    expect(out).toContain('H56-250101-0001');
    expect(out).toContain('DongBoHoSoMC');
    expect(out).toContain('Đăng ký khai sinh');
    expect(input.session).toBe('sess-123');
  });

  it('survives cycles and keeps non-objects', () => {
    const a: Record<string, unknown> = { x: 1 };
    a.self = a;
    expect(redact(a)).toEqual({ x: 1, self: '[circular]' });
    expect(redact(null)).toBeNull();
    expect(redact(5)).toBe(5);
  });

  it('recognises sensitive keys in both naming schemes', () => {
    for (const key of [
      'Authorization',
      'MaXacThuc',
      'HoTenNguoiNop',
      'citizenId',
      'applicantPhone',
      'verify',
      'x-session',
      'ownerName',
      'ownerDocumentNumber',
    ]) {
      expect(isSensitiveKey(key)).toBe(true);
    }
    for (const key of ['MaHoSo', 'procedureCode', 'TrangThaiHoSo', 'status', 'q'])
      expect(isSensitiveKey(key)).toBe(false);
  });
});

describe('redactUrl', () => {
  it('masks sensitive query parameters and identifiers', () => {
    expect(redactUrl('http://gw.test/v1/dossiers/H56-1?verify=5678&lang=vi')).toBe(
      `http://gw.test/v1/dossiers/H56-1?verify=${REDACTED}&lang=vi`,
    );
    expect(redactUrl('/x?session=abc&q=0912345678')).toBe(`/x?session=${REDACTED}&q=${REDACTED}`);
    expect(redactUrl('/v1/units')).toBe('/v1/units');
  });
});
