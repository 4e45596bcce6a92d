import { PORTAL_SERVICES, WireFormatError, decodeWire, dossierCodec, progressStepCodec } from '@dvc-kit/core';
import type { Dossier, ProgressStep } from '@dvc-kit/core';
import type { CallOptions } from '../http/types';
import { decodeLenient, decodeOrThrow } from './decode-result';
import type { PortalTransport } from './portal-transport';
import { findDossierWire } from './sync-dossier';
import { portalMessages } from './messages';

/**
 * Wire field of the progress steps in a `TraCuuHoSo` answer — a **sandbox extension**
 * (`--profile extended`): no source shows the portal returning steps.
 */
const STEPS_FIELD = 'QuaTrinhXuLy';

/** A dossier as `TraCuuHoSo` returns it: core's `Dossier` plus its processing steps. */
export type LookedUpDossier = Dossier & {
  /**
   * Quá trình xử lý — wire: QuaTrinhXuLy. The steps pushed with `CapNhatTienDoHoSoMC`,
   * oldest first, decoded with core's progress-step codec. `[]` when the portal sends no
   * such field (the field is then also absent from `extraWireFields`).
   */
  progressSteps: ProgressStep[];
};

/** Decodes the steps list; a bad step fails the whole answer, its issues pathed `QuaTrinhXuLy[i].…`. */
function decodeSteps(input: unknown): ProgressStep[] {
  if (input === undefined || input === null) return [];
  if (!Array.isArray(input)) {
    throw new WireFormatError('wire.format', [
      {
        path: STEPS_FIELD,
        code: 'wire.type',
        messages: portalMessages.localize('portal.steps-not-list', { field: STEPS_FIELD }),
      },
    ]);
  }
  return input.map((item, i) => {
    try {
      return decodeWire(progressStepCodec, item);
    } catch (error) {
      if (!(error instanceof WireFormatError)) throw error;
      throw new WireFormatError(
        'wire.format',
        error.issues.map((issue) => ({ ...issue, path: `${STEPS_FIELD}[${i}]${issue.path ? `.${issue.path}` : ''}` })),
      );
    }
  });
}

/**
 * One dossier by code (`TraCuuHoSo`, key `mahoso`), with its progress steps, or `undefined`
 * when the portal does not have it (an absent or empty `result`/`data`). The record is
 * decoded leniently (fields that do not decode are kept in `extraWireFields`); throws
 * `ResponseValidationError` carrying the raw record when it cannot be read as a dossier.
 *
 * @example
 * ```ts
 * const found = await lookupDossier(transport, '000.01.20.H66-251001-0001');
 * found?.progressSteps.map((s) => s.content); // ['Thẩm định hồ sơ', …]
 * ```
 */
export async function lookupDossier(
  transport: PortalTransport,
  code: string,
  options?: CallOptions,
): Promise<LookedUpDossier | undefined> {
  const found = await findDossierWire(transport, code, options);
  if (found === undefined) return undefined;
  const { [STEPS_FIELD]: steps, ...wire } = found;
  const service = PORTAL_SERVICES.lookupDossier;
  const dossier = decodeLenient(dossierCodec, wire, service, '');
  return { ...dossier, progressSteps: decodeOrThrow(decodeSteps, steps, service, '') };
}
