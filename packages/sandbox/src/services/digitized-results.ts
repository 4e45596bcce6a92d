import type { ServiceDefinition } from './context';
import { fieldError, PortalError, requireString } from './portal-error';

/**
 * GetKetQuaGiayTo — the digitized-result store (Kho quản lý dữ liệu điện tử): results
 * owned by `SoDinhDanhChuSoHuu`, optionally filtered by `DanhSachDanhMucKetQua:
 * [{ MaKetQua, SoKyHieu? }]`. Answer: `result: { DanhSachGiayToKetQua: [...] }`.
 */
export const getResultDocuments: ServiceDefinition = {
  name: 'GetKetQuaGiayTo',
  write: false,
  handle(body, ctx) {
    const owner = requireString(body, 'SoDinhDanhChuSoHuu');
    if (!/^(\d{9}|\d{12})$/.test(owner)) throw fieldError('SoDinhDanhChuSoHuu', 'phải gồm 12 chữ số (hoặc 9 chữ số CMND)', 'must be 12 digits (or a 9-digit old ID)', 'identifier');
    const filter = body.DanhSachDanhMucKetQua;
    if (filter !== undefined && !Array.isArray(filter)) throw fieldError('DanhSachDanhMucKetQua', 'phải là mảng', 'must be an array', 'type');
    const wanted = (filter ?? []).map((f, i) => {
      if (f === null || typeof f !== 'object') throw fieldError(`DanhSachDanhMucKetQua[${i}]`, 'phải là một đối tượng', 'must be an object', 'type');
      const entry = f as Record<string, unknown>;
      return { code: requireString(entry, 'MaKetQua', `DanhSachDanhMucKetQua[${i}].`), number: typeof entry.SoKyHieu === 'string' && entry.SoKyHieu !== '' ? entry.SoKyHieu : undefined };
    });
    const rows = ctx.db.prepare('SELECT result_code, number, wire FROM digitized_results WHERE owner_id = ? ORDER BY number').all(owner) as { result_code: string; number: string; wire: string }[];
    const matched = rows.filter((r) => wanted.length === 0 || wanted.some((w) => w.code === r.result_code && (w.number === undefined || w.number === r.number)));
    return { result: { DanhSachGiayToKetQua: matched.map((r) => JSON.parse(r.wire) as unknown) } };
  },
};

/**
 * GetGiayToByUrl — one file of the store: `{ CoQuanChuQuan, DuongDan, TenTep? }` →
 * `result: { TenTep, DuLieu (base64), LoaiTep }`. The sandbox returns a small generated PDF.
 */
export const getDocumentByUrl: ServiceDefinition = {
  name: 'GetGiayToByUrl',
  write: false,
  handle(body, ctx) {
    const agency = requireString(body, 'CoQuanChuQuan');
    const url = requireString(body, 'DuongDan');
    const rows = ctx.db.prepare('SELECT wire FROM digitized_results WHERE agency = ?').pluck().all(agency) as string[];
    const entry = rows.map((w) => JSON.parse(w) as { SoKyHieu: string; TenGiayTo: string; DanhSachTepDinhKem: { TenTep: string; DuongDan: string }[] }).find((e) => e.DanhSachTepDinhKem.some((f) => f.DuongDan === url));
    if (!entry) throw new PortalError('notFound', { vi: `Không tìm thấy tệp ${url} của cơ quan ${agency}`, en: `File ${url} of agency ${agency} not found` });
    const file = entry.DanhSachTepDinhKem.find((f) => f.DuongDan === url) as { TenTep: string };
    const pdf = `%PDF-1.4\n% DVC Kit sandbox\n% ${entry.TenGiayTo} — ${entry.SoKyHieu}\n%%EOF\n`;
    return { result: { TenTep: typeof body.TenTep === 'string' ? body.TenTep : file.TenTep, LoaiTep: 'application/pdf', DuLieu: Buffer.from(pdf, 'utf8').toString('base64') } };
  },
};
