import type { AdministrativeUnit } from '@dvc-kit/core/units';

/** `@dvc-kit/core/units`, loaded on demand. */
export type UnitsModule = typeof import('@dvc-kit/core/units');
/** A province or commune as the picker shows it. */
export type UnitOption = AdministrativeUnit;

let loading: Promise<UnitsModule> | undefined;

/**
 * Loads the 2025 unit tables on first use, with a dynamic import, so a page that
 * does not show a unit picker never downloads them (about 110 kB gzipped).
 * A failed load is retried on the next call.
 */
export function loadUnits(): Promise<UnitsModule> {
  const pending: Promise<UnitsModule> =
    loading ??
    import('@dvc-kit/core/units').catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  loading = pending;
  return pending;
}
