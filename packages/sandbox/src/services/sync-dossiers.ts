import { PORTAL_SERVICES } from '@dvc-kit/core';
import { PortalError, fieldError, requireArray } from './portal-error';
import type { ServiceDefinition } from './context';
import { serviceMessages } from './messages';
import { readDossier } from './dossier-input';

/** Truthy values of `isUpdating` as provincial systems send them. */
const isTrue = (v: unknown) => v === true || v === 'True' || v === 'true' || v === '1';
const isFalse = (v: unknown) => v === undefined || v === false || v === 'False' || v === 'false' || v === '0';

/**
 * DongBoHoSoMC — push dossiers. `isUpdating: "False"` inserts (an existing MaHoSo gives
 * error_code 3 "đã tồn tại"), `"True"` updates (an unknown MaHoSo gives error_code 5).
 * A batch is all-or-nothing.
 */
export const syncDossiers: ServiceDefinition = {
  name: PORTAL_SERVICES.syncDossiers,
  write: true,
  handle(body, ctx) {
    if (!isTrue(body.isUpdating) && !isFalse(body.isUpdating))
      throw fieldError('isUpdating', 'wire.enum-value', 'field.true-or-false');
    const updating = isTrue(body.isUpdating);
    const items = requireArray(body, 'data').map((item, i) => readDossier(item, `data[${i}]`));
    const codes = items.map((w) => String(w.MaHoSo));
    const repeated = codes.find((c, i) => codes.indexOf(c) !== i);
    if (repeated) throw fieldError('data', 'duplicate', 'field.repeated-dossier', { code: repeated });
    const existing = ctx.store.existing(codes);
    if (!updating && existing.length > 0) {
      throw new PortalError(
        'alreadyExists',
        serviceMessages.localize('dossier.exists', { codes: existing.join(', ') }),
        [],
        existing.map((MaHoSo) => ({ MaHoSo, error_code: 3 })),
      );
    }
    if (updating && existing.length < codes.length) {
      const missing = codes.filter((c) => !existing.includes(c));
      throw new PortalError(
        'notFound',
        serviceMessages.localize('dossier.missing-for-update', { codes: missing.join(', ') }),
      );
    }
    if (updating) {
      ctx.store.updateMany(
        items.map((wire) => ({ wire })),
        ctx.now,
      );
      for (const code of codes) ctx.simulator.cancel(code);
    } else {
      ctx.store.insertMany(
        items.map((wire) => ({ agency: ctx.agency, wire })),
        ctx.now,
        'sync',
      );
    }
    return {
      message: serviceMessages.localize(updating ? 'done.dossiers-updated' : 'done.dossiers-synced', {
        count: items.length,
      }).vi,
      result: codes.map((MaHoSo) => ({ MaHoSo, error_code: 0 })),
    };
  },
};
