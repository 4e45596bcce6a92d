import { decodeWire, PORTAL_SERVICES, satisfactionSummaryCodec } from '@dvc-kit/core';
import type { ServiceDefinition } from './context';
import { serviceMessages } from './messages';
import { invalidPayload, requireArray, requireObject, wireIssues } from './portal-error';
import { inTransaction } from '../store/transaction';

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
      const item = requireObject(raw, `data[${i}]`);
      const agency = typeof item.Madonvi === 'string' && item.Madonvi !== '' ? item.Madonvi : ctx.agency;
      // Core's codec is the rule (month "M-YYYY", a whole count, canonical "85%" shares ≤ 100);
      // the item is kept exactly as sent.
      try {
        decodeWire(satisfactionSummaryCodec, { ...item, Madonvi: agency });
      } catch (error) {
        throw invalidPayload(wireIssues(error, `data[${i}]`));
      }
      const period = item.NgayTongHop as string;
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
      message: serviceMessages.localize('done.ratings', { count: items.length }).vi,
      result: items.map((r) => ({ NgayTongHop: r.period, Madonvi: r.agency, error_code: 0 })),
    };
  },
};
