import { PORTAL_SERVICES } from '@dvc-kit/core';
import type { ServiceDefinition } from './context';
import { fieldError, requireArray, requireString, requireObject } from './portal-error';
import { inTransaction } from '../store/transaction';

const PERCENT = /^(0|[1-9]\d{0,2})(\.\d+)?%$/;
const MONTH = /^([1-9]|1[0-2])-(\d{4})$/;

/**
 * DongBoDanhGia — monthly satisfaction summaries per unit (and optionally per procedure):
 * `data: [{ NgayTongHop: "M-YYYY", TongSoNguoiDanhGia, PhanTramDanhGiaRatHaiLong,
 * PhanTramDanhGiaHaiLong, PhanTramDanhGiaChuaHaiLong, MaThuTuc?, Madonvi?, ... }]`.
 * Re-sending the same month replaces it.
 */
export const syncRatings: ServiceDefinition = {
  name: PORTAL_SERVICES.syncRatings,
  write: true,
  handle(body, ctx) {
    const items = requireArray(body, 'data').map((raw, i) => {
      const path = `data[${i}].`;
      const item = requireObject(raw, `data[${i}]`);
      const period = requireString(item, 'NgayTongHop', path);
      if (!MONTH.test(period)) throw fieldError(`${path}NgayTongHop`, 'phải có dạng M-YYYY, ví dụ "7-2025"', 'must be M-YYYY, e.g. "7-2025"', 'wire.month');
      const total = requireString(item, 'TongSoNguoiDanhGia', path);
      if (!/^\d+$/.test(total)) throw fieldError(`${path}TongSoNguoiDanhGia`, 'phải là số nguyên không âm', 'must be a non-negative integer', 'wire.integer');
      let sum = 0;
      for (const field of ['PhanTramDanhGiaRatHaiLong', 'PhanTramDanhGiaHaiLong', 'PhanTramDanhGiaChuaHaiLong']) {
        const v = requireString(item, field, path);
        if (!PERCENT.test(v) || Number(v.slice(0, -1)) > 100) throw fieldError(`${path}${field}`, 'phải là phần trăm dạng "85%"', 'must be a percentage like "85%"', 'wire.percent');
        sum += Number(v.slice(0, -1));
      }
      if (Number(total) > 0 && Math.abs(sum - 100) > 1) throw fieldError(`${path}PhanTramDanhGiaRatHaiLong`, `tổng ba tỉ lệ phải bằng 100% (đang là ${sum}%)`, `the three shares must add up to 100% (got ${sum}%)`, 'sum');
      const agency = typeof item.Madonvi === 'string' && item.Madonvi !== '' ? item.Madonvi : ctx.agency;
      const procedure = typeof item.MaThuTuc === 'string' ? item.MaThuTuc : '';
      return { agency, period, procedure, item };
    });
    const upsert = ctx.db.prepare(
      'INSERT INTO ratings (agency, period, procedure_code, wire, updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(agency, period, procedure_code) DO UPDATE SET wire = excluded.wire, updated_at = excluded.updated_at',
    );
    inTransaction(ctx.db, () => {
      for (const r of items) upsert.run(r.agency, r.period, r.procedure, JSON.stringify(r.item), ctx.now);
    });
    return { message: `Đồng bộ thành công ${items.length} bản tổng hợp đánh giá`, result: items.map((r) => ({ NgayTongHop: r.period, Madonvi: r.agency, error_code: 0 })) };
  },
};
