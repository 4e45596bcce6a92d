import { foldVietnamese, PORTAL_SERVICES } from '@dvc-kit/core';
import { PROCEDURES, findProcedure } from '../seed/procedures';
import { PROCEDURE_FIELDS } from '../seed/fields';
import { knownAgencies } from './agencies';
import type { ServiceDefinition } from './context';
import { fieldError, requireString } from './portal-error';
import { procedureWire } from './procedure-wire';

const callerAgency = (code: string) => {
  const agency = knownAgencies().get(code);
  return { code, name: agency?.name ?? code };
};

/** LayThuTuc — one procedure by `maTTHC` (or `MaTTHC`), in the portal's uppercase shape plus the form in `BIEUMAU`. */
export const getProcedure: ServiceDefinition = {
  name: PORTAL_SERVICES.getProcedure,
  write: false,
  handle(body, ctx) {
    const field = body.maTTHC !== undefined ? 'maTTHC' : 'MaTTHC';
    const code = requireString(body, field);
    const procedure = findProcedure(code.replace(/\.000\.00\.00\.H\d{2}$/, ''));
    // No not-found code is known: an empty `result` says it.
    if (!procedure) return { result: [] };
    const wire = procedureWire(procedure, callerAgency(ctx.agency), ctx.baseUrl);
    if (ctx.profile === 'observed') {
      delete (wire as Record<string, unknown>).BIEUMAU;
      delete (wire as Record<string, unknown>).DVCKIT_MOPHONG;
    }
    return { result: [wire] };
  },
};

/**
 * LayDanhSachTTHC — the procedures the calling unit handles: `[{ MATTHC, TENTTHC, MALINHVUC,
 * TENLINHVUC, CAPTHUCHIEN }]`. Optional filters: `MaLinhVuc`, `TuKhoa` (diacritic-insensitive).
 */
export const listProcedures: ServiceDefinition = {
  name: PORTAL_SERVICES.listProcedures,
  write: false,
  handle(body, ctx) {
    if (ctx.profile === 'observed') return { result: PROCEDURES.map((p) => ({ MATTHC: p.code, TENTTHC: p.name })) };
    const fieldCode = body.MaLinhVuc;
    if (
      fieldCode !== undefined &&
      (typeof fieldCode !== 'string' || !PROCEDURE_FIELDS.some((f) => f.code === fieldCode))
    ) {
      throw fieldError('MaLinhVuc', 'unknown', 'field.unknown-field-code');
    }
    const keyword = body.TuKhoa;
    if (keyword !== undefined && typeof keyword !== 'string') throw fieldError('TuKhoa', 'type', 'field.string');
    const folded = typeof keyword === 'string' ? foldVietnamese(keyword) : '';
    const result = PROCEDURES.filter(
      (p) =>
        (fieldCode === undefined || p.field === fieldCode) &&
        (folded === '' || foldVietnamese(p.name).includes(folded)),
    ).map((p) => ({
      MATTHC: p.code,
      TENTTHC: p.name,
      MALINHVUC: p.field,
      TENLINHVUC: PROCEDURE_FIELDS.find((f) => f.code === p.field)?.name ?? p.field,
      CAPTHUCHIEN: [{ CAPTHUCHIEN: '4', TENCAP: 'Cấp Xã' }],
      TRANGTHAI: '1',
    }));
    return { result };
  },
};
