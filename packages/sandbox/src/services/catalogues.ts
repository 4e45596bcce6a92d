import { PORTAL_SERVICES } from '@dvc-kit/core';
import { PROCEDURE_FIELDS } from '../seed/fields';
import { knownAgencies } from './agencies';
import type { ServiceDefinition } from './context';
import { fieldError } from './portal-error';

/**
 * LayDanhMucCoQuan — agencies: `[{ MADONVI, TENDONVI, CAPDONVI }]` (the observed keys;
 * CAPDONVI "1" for the province, "3" for communes — values simulated). The extended profile
 * adds `MaCoQuanCha` (parent) and honours a `MaCoQuanCha` filter. Agency codes are
 * SIMULATED (`000.ZZ.YY.H66`).
 */
export const listAgencies: ServiceDefinition = {
  name: PORTAL_SERVICES.listAgencies,
  write: false,
  handle(body, ctx) {
    const extended = ctx.profile === 'extended';
    const parent = extended ? body.MaCoQuanCha : undefined;
    if (parent !== undefined && typeof parent !== 'string') throw fieldError('MaCoQuanCha', 'type', 'field.string');
    const result = [...knownAgencies().values()]
      .filter((a) => parent === undefined || a.parent === parent)
      .map((a) => ({
        MADONVI: a.code,
        TENDONVI: a.name,
        CAPDONVI: a.level === 'province' ? '1' : '3',
        ...(extended ? { MaCoQuanCha: a.parent ?? '' } : {}),
      }));
    return { result };
  },
};

/** LayDanhMucLinhVuc — fields of procedures: `[{ MALINHVUC, TENLINHVUC, MANGANH }]` (codes simulated; MANGANH is the code's prefix). */
export const listFields: ServiceDefinition = {
  name: PORTAL_SERVICES.listFields,
  write: false,
  handle: () => ({
    result: PROCEDURE_FIELDS.map((f) => ({
      MALINHVUC: f.code,
      TENLINHVUC: f.name,
      MANGANH: f.code.split('-', 1)[0] ?? '',
    })),
  }),
};

/**
 * TraCuuTechID — a DVCQG account by tax code or ID number (`mstorcmnd`, `provider`):
 * `[{ TECHNICALID }]`, or `[]` when there is none. The sandbox knows no portal accounts, so
 * it answers with a stable made-up TechID for a 12-digit ID number and `[]` otherwise.
 */
export const lookupTechId: ServiceDefinition = {
  name: PORTAL_SERVICES.lookupTechId,
  write: false,
  handle(body) {
    const key = body.mstorcmnd;
    if (typeof key !== 'string' && typeof key !== 'number') throw fieldError('mstorcmnd', 'required', 'field.required');
    const text = String(key).trim();
    if (!/^\d{12}$/.test(text)) return { result: [] };
    const hex = Buffer.from(text).toString('hex').padEnd(32, '0').slice(0, 32);
    return {
      result: [
        {
          TECHNICALID: `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`,
        },
      ],
    };
  },
};
