import { PORTAL_SERVICES, progressStepCodec } from '@dvc-kit/core';
import type { ProgressStep } from '@dvc-kit/core';
import { encodeOrThrow } from './encode';
import type { PortalTransport } from './portal-transport';
import { isTransient, maybeDelivered, pauseBeforeRound } from './reliable-write';
import type { ReliableWriteOptions } from './reliable-write';
import { findDossierWire } from './sync-dossier';

/** What {@link syncProgressSteps} did with one step. */
export interface ProgressSyncResult {
  /** Mã hồ sơ — wire: MaHoSo */
  code: string;
  /** True when an unclear outcome had to be checked with `TraCuuHoSo`. */
  reconciled: boolean;
  /** False only when the outcome was unclear and the portal does not list progress steps, so a duplicate is possible. */
  verified: boolean;
}

/** Steps per `CapNhatTienDoHoSoMC` call: the Thanh Hóa system sends at most 10. */
export const PROGRESS_BATCH_SIZE = 10;
/** Longest `NguoiXuLy` the portal takes (the Thanh Hóa system cuts longer names). */
export const HANDLER_MAX_LENGTH = 50;

/** `NguoiXuLy` cut to {@link HANDLER_MAX_LENGTH} characters, ending in "…", instead of refusing the step. */
export function fitHandler(step: ProgressStep): ProgressStep {
  const chars = [...step.handler];
  if (chars.length <= HANDLER_MAX_LENGTH) return step;
  return { ...step, handler: `${chars.slice(0, HANDLER_MAX_LENGTH - 1).join('')}…` };
}

const sameStep = (a: Record<string, unknown>, b: Record<string, unknown>) =>
  a.MaHoSo === b.MaHoSo &&
  a.ThoiDiemXuLy === b.ThoiDiemXuLy &&
  a.NoiDungXuLy === b.NoiDungXuLy &&
  a.NguoiXuLy === b.NguoiXuLy;

interface Pending {
  index: number;
  wire: Record<string, unknown>;
}

/**
 * Appends processing steps (`CapNhatTienDoHoSoMC`) exactly once, at most
 * {@link PROGRESS_BATCH_SIZE} per call. An over-long `NguoiXuLy` is shortened with "…".
 * Steps are appended by the portal, so when an outcome is unclear each dossier is looked
 * up and only the steps its progress list (`QuaTrinhXuLy`, a sandbox extension) does not
 * hold are resent. A portal that does not list steps cannot be checked: the steps are then
 * resent (`verified: false`), since losing a step is worse than repeating one.
 */
export async function syncProgressSteps(
  transport: PortalTransport,
  steps: readonly ProgressStep[],
  options: ReliableWriteOptions = {},
): Promise<ProgressSyncResult[]> {
  const service = PORTAL_SERVICES.updateProgress;
  const wires = steps.map(
    (step) => encodeOrThrow(progressStepCodec, fitHandler(step), service) as unknown as Record<string, unknown>,
  );
  const results: ProgressSyncResult[] = wires.map((wire) => ({
    code: String(wire.MaHoSo),
    reconciled: false,
    verified: true,
  }));
  for (let start = 0; start < wires.length; start += PROGRESS_BATCH_SIZE) {
    const batch = wires.slice(start, start + PROGRESS_BATCH_SIZE).map((wire, i) => ({ index: start + i, wire }));
    await sendBatch(transport, batch, results, options);
  }
  return results;
}

async function sendBatch(
  transport: PortalTransport,
  initial: Pending[],
  results: ProgressSyncResult[],
  options: ReliableWriteOptions,
): Promise<void> {
  const { signal, maxRounds = 8 } = options;
  let open = initial;
  let reconcile = false;
  // A round is one failed attempt (a send or a look-up); a look-up that answers starts the next
  // send at once. `reconcile` stays set until a look-up has answered: never a blind resend.
  let round = 1;
  while (open.length > 0) {
    try {
      if (reconcile) {
        open = await stillMissing(transport, open, results, signal);
        reconcile = false;
        continue;
      }
      await transport.call(PORTAL_SERVICES.updateProgress, { data: open.map((p) => p.wire) }, { write: true, signal });
      return;
    } catch (error) {
      if (!isTransient(error) || round >= maxRounds) throw error;
      if (maybeDelivered(error)) reconcile = true;
      await pauseBeforeRound(round, error, signal);
      round++;
    }
  }
}

/** The steps of `open` the portal does not list yet (all of them, unverified, when it lists none). */
async function stillMissing(
  transport: PortalTransport,
  open: Pending[],
  results: ProgressSyncResult[],
  signal: AbortSignal | undefined,
): Promise<Pending[]> {
  const codes = [...new Set(open.map((p) => String(p.wire.MaHoSo)))];
  const stored = new Map(
    await Promise.all(
      codes.map(async (code) => [code, (await findDossierWire(transport, code, signal))?.QuaTrinhXuLy] as const),
    ),
  );
  return open.filter((p) => {
    const result = results[p.index] as ProgressSyncResult;
    result.reconciled = true;
    const listed = stored.get(String(p.wire.MaHoSo));
    if (!Array.isArray(listed)) {
      result.verified = false;
      return true;
    }
    return !listed.some((s) => typeof s === 'object' && s !== null && sameStep(s as Record<string, unknown>, p.wire));
  });
}

/**
 * Appends one processing step exactly once (see {@link syncProgressSteps}).
 *
 * @example
 * ```ts
 * const { verified } = await syncProgressStep(transport, step);
 * ```
 */
export async function syncProgressStep(
  transport: PortalTransport,
  step: ProgressStep,
  options: ReliableWriteOptions = {},
): Promise<ProgressSyncResult> {
  const [result] = await syncProgressSteps(transport, [step], options);
  return result as ProgressSyncResult;
}
