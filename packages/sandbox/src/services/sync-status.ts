import { formatWireDate, parseWireDate, PORTAL_SERVICES } from '@dvc-kit/core';
import type { ServiceDefinition } from './context';
import { fieldError, PortalError, requireArray, requireString, requireObject } from './portal-error';
import { inTransaction } from '../store/transaction';

const STATUS_CODES = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'];
/** Final statuses: nothing leaves them. */
const FINAL = new Set(['3', '7', '10']);

/**
 * DongBoTrangThaiHoSo — status sync (type "2") for dossiers that originated on the portal:
 * `data: [{ MaHoSo, TrangThaiHoSo, ThoiDiemXuLy?, NoiDungXuLy? }]`. A dossier in a final
 * status (3, 7, 10) cannot change; the sandbox stops simulating a dossier once a client
 * reports its status.
 */
export const syncStatus: ServiceDefinition = {
  name: PORTAL_SERVICES.syncStatus,
  write: true,
  handle(body, ctx) {
    if (body.type !== undefined && String(body.type) !== '2') throw fieldError('type', 'chỉ hỗ trợ "2" (hồ sơ nộp trên Cổng)', 'only "2" (dossiers filed on the portal) is supported', 'wire.enum-value');
    const items = requireArray(body, 'data').map((raw, i) => {
      const path = `data[${i}].`;
      const item = requireObject(raw, `data[${i}]`);
      const code = requireString(item, 'MaHoSo', path);
      const status = requireString(item, 'TrangThaiHoSo', path);
      if (!STATUS_CODES.includes(status)) throw fieldError(`${path}TrangThaiHoSo`, 'trạng thái phải từ "1" đến "10"', 'status must be "1" to "10"', 'wire.enum-value');
      const at = item.ThoiDiemXuLy;
      if (at !== undefined && (typeof at !== 'string' || !parseWireDate(at))) throw fieldError(`${path}ThoiDiemXuLy`, 'ngày giờ phải có dạng yyyyMMddHHmmss', 'date must be yyyyMMddHHmmss', 'wire.date');
      const note = typeof item.NoiDungXuLy === 'string' ? item.NoiDungXuLy : null;
      return { code, status, at: typeof at === 'string' ? at : formatWireDate(new Date(ctx.now)), note };
    });
    for (const item of items) {
      const current = ctx.store.get(item.code);
      if (!current) throw new PortalError('notFound', { vi: `Không tìm thấy hồ sơ ${item.code}`, en: `Dossier ${item.code} not found` });
      if (FINAL.has(current.status) && current.status !== item.status) {
        throw new PortalError('invalidTransition', {
          vi: `Hồ sơ ${item.code} đã ở trạng thái kết thúc (${current.status}), không thể chuyển sang ${item.status}`,
          en: `Dossier ${item.code} is in a final status (${current.status}) and cannot move to ${item.status}`,
        });
      }
    }
    inTransaction(ctx.db, () => {
      for (const item of items) {
        const patch: Record<string, unknown> = { TrangThaiHoSo: item.status };
        if (item.status === '9') patch.NgayKetThucXuLy = item.at;
        if (item.status === '10') patch.NgayTra = item.at;
        if (item.status === '3') patch.NgayTuChoi = item.at;
        ctx.store.transition(item.code, patch, ctx.now, 'status', item.note);
        ctx.simulator.cancel(item.code);
      }
    });
    return { message: `Đồng bộ trạng thái thành công ${items.length} hồ sơ`, result: items.map((i) => ({ MaHoSo: i.code, error_code: 0 })) };
  },
};
