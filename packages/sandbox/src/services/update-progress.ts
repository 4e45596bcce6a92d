import { parseWireDate, PORTAL_SERVICES } from '@dvc-kit/core';
import type { ServiceDefinition } from './context';
import { serviceMessages } from './messages';
import { fieldError, PortalError, requireArray, requireString, requireObject } from './portal-error';
import { inTransaction } from '../store/transaction';

/** An optional text field: absent, null or a string (a number is read as its text). */
const optionalText = (step: Record<string, unknown>, field: string, path: string): string => {
  const v = step[field];
  if (v === undefined || v === null) return '';
  if (typeof v === 'number') return String(v);
  if (typeof v !== 'string') throw fieldError(`${path}${field}`, 'type', 'field.string');
  return v;
};

/**
 * CapNhatTienDoHoSoMC — append processing-progress steps (quá trình xử lý) to dossiers.
 * Every step needs MaHoSo and ThoiDiemXuLy; NguoiXuLy (≤ 50 chars) and NoiDungXuLy may be
 * `""` (OpenCPS sends empty ones).
 */
export const updateProgress: ServiceDefinition = {
  name: PORTAL_SERVICES.updateProgress,
  write: true,
  handle(body, ctx) {
    const steps = requireArray(body, 'data').map((raw, i) => {
      const path = `data[${i}].`;
      const step = requireObject(raw, `data[${i}]`);
      const code = requireString(step, 'MaHoSo', path);
      const handler = optionalText(step, 'NguoiXuLy', path);
      if (handler.length > 50) throw fieldError(`${path}NguoiXuLy`, 'wire.too-long', 'field.max-length', { max: 50 });
      const at = requireString(step, 'ThoiDiemXuLy', path);
      if (!parseWireDate(at)) throw fieldError(`${path}ThoiDiemXuLy`, 'wire.date', 'field.wire-date');
      optionalText(step, 'NoiDungXuLy', path);
      for (const field of ['NgayBatDau', 'NgayKetThucTheoQuyDinh']) {
        const v = step[field];
        if (v !== undefined && v !== null && v !== '' && (typeof v !== 'string' || !parseWireDate(v)))
          throw fieldError(`${path}${field}`, 'wire.date', 'field.wire-date');
      }
      return { code, step };
    });
    const missing = steps.map((s) => s.code).filter((code, i, all) => all.indexOf(code) === i && !ctx.store.get(code));
    if (missing.length > 0)
      throw new PortalError('notFound', serviceMessages.localize('dossier.missing', { codes: missing.join(', ') }));
    const insert = ctx.db.prepare('INSERT INTO progress_steps (code, at, wire) VALUES (?, ?, ?)');
    inTransaction(ctx.db, () => {
      for (const s of steps) insert.run(s.code, ctx.now, JSON.stringify(s.step));
    });
    return {
      message: serviceMessages.localize('done.progress', { count: steps.length }).vi,
      result: steps.map((s) => ({ MaHoSo: s.code, error_code: 0 })),
    };
  },
};
