import { formatWireDate, parseWireDate, PORTAL_SERVICES } from '@dvc-kit/core';
import type { ServiceDefinition } from './context';
import { serviceMessages } from './messages';
import { fieldError, PortalError, requireArray, requireString, requireObject } from './portal-error';
import { inTransaction } from '../store/transaction';

const STATUS_CODES = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'];
/** Final statuses: nothing leaves them. */
const FINAL = new Set(['3', '7', '10']);

/** Reads one status item: the observed keys (TrangThai, NgayXuLy, NoiDung), or the sandbox's older ones. */
function readItem(raw: unknown, path: string, now: number) {
  const item = requireObject(raw, path.slice(0, -1));
  const code = requireString(item, 'MaHoSo', path);
  const statusKey = item.TrangThai !== undefined ? 'TrangThai' : 'TrangThaiHoSo';
  const statusRaw = item[statusKey];
  if (typeof statusRaw !== 'string' && typeof statusRaw !== 'number')
    throw fieldError(`${path}${statusKey}`, 'required', 'field.required');
  const status = String(statusRaw).trim();
  const atKey = item.NgayXuLy !== undefined ? 'NgayXuLy' : 'ThoiDiemXuLy';
  const at = item[atKey];
  // TH sends NgayXuLy null when its NgayTra is unset.
  if (at !== undefined && at !== null && at !== '' && (typeof at !== 'string' || !parseWireDate(at)))
    throw fieldError(`${path}${atKey}`, 'wire.date', 'field.wire-date');
  const noteRaw = item.NoiDung ?? item.NoiDungXuLy;
  return {
    code,
    status,
    at: typeof at === 'string' && at !== '' ? at : formatWireDate(new Date(now)),
    note: typeof noteRaw === 'string' && noteRaw !== '' ? noteRaw : null,
  };
}

/**
 * DongBoTrangThaiHoSo — status sync (`type "2"`) for dossiers that were filed on the portal:
 * `data` is ONE object `{ MaHoSo, MaHoSoDonVi, MaDoiTuong, NoiDung, NgayXuLy, TrangThai,
 * TaiLieuXuLy }` (a list of such objects is accepted too). The accepted TrangThai set is
 * unknown: codes 1–10 change the dossier's status, any other is recorded as a note. The
 * extended profile refuses to move a dossier out of a final status (3, 7, 10).
 */
export const syncStatus: ServiceDefinition = {
  name: PORTAL_SERVICES.syncStatus,
  write: true,
  handle(body, ctx) {
    if (body.type !== undefined && String(body.type) !== '2')
      throw fieldError('type', 'wire.enum-value', 'field.portal-filed-only');
    const one = body.data !== null && typeof body.data === 'object' && !Array.isArray(body.data);
    const items = one
      ? [readItem(body.data, 'data.', ctx.now)]
      : requireArray(body, 'data').map((raw, i) => readItem(raw, `data[${i}].`, ctx.now));
    for (const item of items) {
      const current = ctx.store.get(item.code);
      if (!current)
        throw new PortalError('notFound', serviceMessages.localize('dossier.missing', { codes: item.code }));
      if (
        ctx.profile === 'extended' &&
        FINAL.has(current.status) &&
        current.status !== item.status &&
        STATUS_CODES.includes(item.status)
      ) {
        throw new PortalError(
          'invalidTransition',
          serviceMessages.localize('dossier.final', { code: item.code, current: current.status, next: item.status }),
        );
      }
    }
    inTransaction(ctx.db, () => {
      for (const item of items) {
        const patch: Record<string, unknown> = STATUS_CODES.includes(item.status) ? { TrangThaiHoSo: item.status } : {};
        if (item.status === '9') patch.NgayKetThucXuLy = item.at;
        if (item.status === '10') patch.NgayTra = item.at;
        if (item.status === '3') patch.NgayTuChoi = item.at;
        ctx.store.transition(item.code, patch, ctx.now, 'status', item.note ?? `TrangThai ${item.status}`);
        ctx.simulator.cancel(item.code);
      }
    });
    return {
      message: serviceMessages.localize('done.status', { count: items.length }).vi,
      result: items.map((i) => ({ MaHoSo: i.code, error_code: 0 })),
    };
  },
};
