import { PORTAL_SERVICES } from '@dvc-kit/core';
import { PROCEDURE_FIELDS } from '../seed/fields';
import { knownAgencies } from './agencies';
import type { ServiceDefinition } from './context';
import { fieldError } from './portal-error';

/**
 * LayDanhMucCoQuan — agencies: `[{ MaCoQuan, TenCoQuan, MaCoQuanCha, MaDonViHanhChinh, CapCoQuan }]`.
 * Optional `MaCoQuanCha` filter. Agency codes are SIMULATED (`000.ZZ.YY.H66`).
 */
export const listAgencies: ServiceDefinition = {
  name: PORTAL_SERVICES.listAgencies,
  write: false,
  handle(body) {
    const parent = body.MaCoQuanCha;
    if (parent !== undefined && typeof parent !== 'string') throw fieldError('MaCoQuanCha', 'phải là chuỗi ký tự', 'must be a string', 'type');
    const result = [...knownAgencies().values()]
      .filter((a) => parent === undefined || a.parent === parent)
      .map((a) => ({ MaCoQuan: a.code, TenCoQuan: a.name, MaCoQuanCha: a.parent ?? '', MaDonViHanhChinh: a.unitCode, CapCoQuan: a.level === 'province' ? '1' : '2' }));
    return { result };
  },
};

/** LayDanhMucLinhVuc — fields of procedures: `[{ MaLinhVuc, TenLinhVuc }]` (codes simulated). */
export const listFields: ServiceDefinition = {
  name: PORTAL_SERVICES.listFields,
  write: false,
  handle: () => ({ result: PROCEDURE_FIELDS.map((f) => ({ MaLinhVuc: f.code, TenLinhVuc: f.name })) }),
};
