import { PORTAL_SERVICES } from '@dvc-kit/core';
import type { ServiceDefinition } from './context';
import { requireString } from './portal-error';

const STEPS_KEY = 'QuaTrinhXuLy';
const STEPS_FIELD = Buffer.from(`,"${STEPS_KEY}":`);
const OPEN = Buffer.from('[');
const CLOSE = Buffer.from('}]');
const CLOSE_LIST = Buffer.from(']');

/**
 * `[wire + "QuaTrinhXuLy": steps]` as UTF-8 bytes, without decoding the stored wire object
 * (always a non-empty JSON object written by `JSON.stringify`). A dossier that itself
 * carries a QuaTrinhXuLy field goes the slow way so the steps replace it.
 */
function resultBytes(wire: Buffer, steps: Buffer): Buffer {
  if (wire.includes(`"${STEPS_KEY}":`)) {
    return Buffer.from(
      JSON.stringify([
        {
          ...(JSON.parse(wire.toString('utf8')) as object),
          [STEPS_KEY]: JSON.parse(steps.toString('utf8')) as unknown,
        },
      ]),
    );
  }
  return Buffer.concat([OPEN, wire.subarray(0, wire.length - 1), STEPS_FIELD, steps, CLOSE]);
}

/**
 * TraCuuHoSo — look up one dossier by `mahoso` (lower-case, as OpenCPS and the GPLX adapter
 * send it; `MaHoSo` is accepted too). `result` holds the dossier as stored — plus
 * `QuaTrinhXuLy` (its progress steps) in the extended profile — or is `[]` when the
 * dossier is not there (the observed "not found").
 */
export const lookupDossier: ServiceDefinition = {
  name: PORTAL_SERVICES.lookupDossier,
  write: false,
  handle(body, ctx) {
    const code = requireString(body, body.mahoso !== undefined ? 'mahoso' : 'MaHoSo');
    const found = ctx.store.getJson(code);
    if (!found) return { resultJson: '[]' };
    if (ctx.profile === 'observed') return { resultJson: Buffer.concat([OPEN, found.wire, CLOSE_LIST]) };
    return { resultJson: resultBytes(found.wire, found.progress) };
  },
};
