import { PORTAL_SERVICES, encodeProgressStep } from '@dvc-kit/core';
import type { ProgressStep } from '@dvc-kit/core';
import { encodeOrThrow } from './encode';
import type { PortalTransport } from './portal-transport';
import { isTransient, maybeDelivered, pauseBeforeRound } from './reliable-write';
import type { ReliableWriteOptions } from './reliable-write';
import { findDossierWire } from './sync-dossier';

/** What {@link syncProgressStep} did. */
export interface ProgressSyncResult {
  /** Mã hồ sơ — wire: MaHoSo */
  code: string;
  /** True when an unclear outcome had to be checked with `TraCuuHoSo`. */
  reconciled: boolean;
  /** False only when the outcome was unclear and the portal does not list progress steps, so a duplicate is possible. */
  verified: boolean;
}

const sameStep = (a: Record<string, unknown>, b: Record<string, unknown>) =>
  a.MaHoSo === b.MaHoSo && a.ThoiDiemXuLy === b.ThoiDiemXuLy && a.NoiDungXuLy === b.NoiDungXuLy && a.NguoiXuLy === b.NguoiXuLy;

/**
 * Appends one processing step (`CapNhatTienDoHoSoMC`) exactly once. Steps are appended
 * by the portal, so when the outcome is unclear the dossier is looked up and the step
 * resent only if its progress list (`QuaTrinhXuLy`) does not hold it yet. A portal that
 * does not return `QuaTrinhXuLy` cannot be checked; the step is then resent
 * (`verified: false`), since losing a step is worse than repeating one.
 */
export async function syncProgressStep(
  transport: PortalTransport,
  step: ProgressStep,
  options: ReliableWriteOptions = {},
): Promise<ProgressSyncResult> {
  const service = PORTAL_SERVICES.updateProgress;
  const wire = encodeOrThrow(encodeProgressStep, step, service) as unknown as Record<string, unknown>;
  const code = String(wire.MaHoSo);
  const { signal, maxRounds = 8 } = options;
  let reconcile = false;
  let reconciled = false;
  let verified = true;
  for (let round = 1; ; round++) {
    try {
      if (reconcile) {
        const stored = await findDossierWire(transport, code, signal);
        const steps = stored?.QuaTrinhXuLy;
        reconcile = false;
        reconciled = true;
        if (Array.isArray(steps)) {
          if (steps.some((s) => typeof s === 'object' && s !== null && sameStep(s as Record<string, unknown>, wire))) {
            return { code, reconciled, verified };
          }
        } else {
          verified = false;
        }
        continue;
      }
      await transport.call(service, { data: [wire] }, { write: true, signal });
      return { code, reconciled, verified };
    } catch (error) {
      if (!isTransient(error) || round >= maxRounds) throw error;
      if (maybeDelivered(error)) reconcile = true;
      await pauseBeforeRound(round, error, signal);
    }
  }
}
