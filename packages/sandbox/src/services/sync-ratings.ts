import { PORTAL_SERVICES } from '@dvc-kit/core';
import type { ServiceDefinition } from './context';
import { fieldError, requireArray, requireString, requireObject } from './portal-error';
import { inTransaction } from '../store/transaction';

const PERCENT = /^(0|[1-9]\d{0,2})(\.\d+)?%$/;
const MONTH = /^([1-9]|1[0-2])-(\d{4})$/;

/** A required percentage field (`"61%"`). */
function percent(item: Record<string, unknown>, field: string, path: string): void {
  const v = requireString(item, field, path);
  if (!PERCENT.test(v) || Number(v.slice(0, -1)) > 100)
    throw fieldError(
      `${path}${field}`,
      'phải là phần trăm dạng "85%"',
      'must be a percentage like "85%"',
      'wire.percent',
    );
}

/**
 * DongBoDanhGia — monthly satisfaction, ONE ITEM PER SURVEY QUESTION (`NoiDung`):
 * `data: [{ NgayTongHop: "M-YYYY", TongSoNguoiDanhGia (a number), PhanTramDanhGiaRatHaiLong,
 * PhanTramDanhGiaHaiLong, PhanTramDanhGiaChuaHaiLong, PhanTramDanhGiaDichVu… (flat),
 * DanhSachNoiDungYKien, MaThuTuc, NoiDung, Madonvi, TenDonVi }]`. The shares need not add up
 * to 100 (OpenCPS reports 0/0/0 for an all-dissatisfied month). Re-sending the same month
 * and question replaces it.
 */
export const syncRatings: ServiceDefinition = {
  name: PORTAL_SERVICES.syncRatings,
  write: true,
  handle(body, ctx) {
    const items = requireArray(body, 'data').map((raw, i) => {
      const path = `data[${i}].`;
      const item = requireObject(raw, `data[${i}]`);
      const period = requireString(item, 'NgayTongHop', path);
      if (!MONTH.test(period))
        throw fieldError(
          `${path}NgayTongHop`,
          'phải có dạng M-YYYY, ví dụ "7-2025"',
          'must be M-YYYY, e.g. "7-2025"',
          'wire.month',
        );
      const total = item.TongSoNguoiDanhGia;
      if (
        !(typeof total === 'number' && Number.isSafeInteger(total) && total >= 0) &&
        !(typeof total === 'string' && /^\d+$/.test(total))
      ) {
        throw fieldError(
          `${path}TongSoNguoiDanhGia`,
          'phải là số nguyên không âm',
          'must be a non-negative integer',
          'wire.integer',
        );
      }
      for (const field of ['PhanTramDanhGiaRatHaiLong', 'PhanTramDanhGiaHaiLong', 'PhanTramDanhGiaChuaHaiLong'])
        percent(item, field, path);
      for (const field of [
        'PhanTramDanhGiaDichVuRatHaiLong',
        'PhanTramDanhGiaDichVuHaiLong',
        'PhanTramDanhGiaDichVuChuaHaiLong',
      ])
        if (item[field] !== undefined) percent(item, field, path);
      const agency = typeof item.Madonvi === 'string' && item.Madonvi !== '' ? item.Madonvi : ctx.agency;
      const procedure = typeof item.MaThuTuc === 'string' ? item.MaThuTuc : '';
      const question = typeof item.NoiDung === 'string' ? item.NoiDung : '';
      // One row per (unit, month, procedure, question): the question rides in the key column.
      return { agency, period, key: question === '' ? procedure : `${procedure}\u001f${question}`, item };
    });
    const upsert = ctx.db.prepare(
      'INSERT INTO ratings (agency, period, procedure_code, wire, updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(agency, period, procedure_code) DO UPDATE SET wire = excluded.wire, updated_at = excluded.updated_at',
    );
    inTransaction(ctx.db, () => {
      for (const r of items) upsert.run(r.agency, r.period, r.key, JSON.stringify(r.item), ctx.now);
    });
    return {
      message: `Đồng bộ thành công ${items.length} bản tổng hợp đánh giá`,
      result: items.map((r) => ({ NgayTongHop: r.period, Madonvi: r.agency, error_code: 0 })),
    };
  },
};
