import { PUBLIC_API_PATHS, supplementAnswerRequestSchema } from '@dvc-kit/core';
import type { SupplementAnswerReceipt } from '@dvc-kit/core';
import type { LookedUpDossier } from '@dvc-kit/client';
import { Hono } from 'hono';
import type { Context } from 'hono';
import { honoPath } from '../http/hono-path';
import { isoVietnam } from '../dossiers/iso-time';
import type { Verifier } from '../dossiers/verify';
import type { BodyLimits } from '../http/body-limits';
import type { GatewayEnv } from '../http/env';
import { readJsonBody } from '../http/validate';
import type { SupplementAnswer, SupplementFile } from '../storage/notify-types';
import type { DossierRecord, GatewayStorage } from '../storage/types';
import { supplementError } from './supplement-errors';
import { currentRound } from './supplement-view';

/** Topic of the outbox message that pushes a supplement answer to the portal. */
export const SUPPLEMENT_ANSWER_TOPIC = 'portal.supplement-answer';

/**
 * Decides whether the caller may act on a dossier without the four digits — for instance a
 * signed-in citizen who owns it. `undefined` falls back to the four-digit check.
 */
export type DossierAuthorizer = (c: Context<GatewayEnv>, code: string) => Promise<DossierRecord | undefined>;

/** Dependencies of {@link supplementRoutes}. */
export interface SupplementRouteDeps {
  /** Body limits (the JSON one guards the answer). */
  bodyLimits: BodyLimits;
  storage: GatewayStorage;
  verifier: Verifier;
  /** Fresh portal state of a dossier (`TraCuuHoSo`); throws when the portal cannot answer. */
  lookup: ((code: string) => Promise<LookedUpDossier | undefined>) | undefined;
  /** @default none: every answer needs the four digits */
  authorize?: DossierAuthorizer;
}

const sameFiles = (a: readonly SupplementFile[], b: readonly string[]) =>
  a.length === b.length && a.every((f, i) => f.uploadId === b[i]);

/**
 * `POST /v1/dossiers/{code}/supplement`: the citizen answers the open supplement request
 * with uploads and a note. Authorised by the four-digit check (or a {@link DossierAuthorizer}),
 * checked against the portal's current round, then stored with its outbox message in one
 * transaction; the portal gets it later, once (`DanhSachHoSoBoSung`). The same answer sent
 * again returns the same receipt; a different one for an answered round is a 409.
 */
export function supplementRoutes(deps: SupplementRouteDeps): Hono<GatewayEnv> {
  const routes = new Hono<GatewayEnv>();
  routes.post(honoPath(PUBLIC_API_PATHS.dossierSupplement), deps.bodyLimits.json, async (c) => {
    const code = c.req.param('code') ?? '';
    const { data } = await readJsonBody(c, supplementAnswerRequestSchema);
    let record = deps.authorize ? await deps.authorize(c, code) : undefined;
    if (record === undefined) {
      if (data.verify === undefined) throw supplementError('supplement.verify-required');
      record = await deps.verifier.verify(c, code, data.verify);
    }
    const note = data.note?.trim() ?? '';
    if (data.files.length === 0 && note === '') throw supplementError('supplement.empty');
    const uploadIds = data.files.map((f) => f.uploadId);
    const dossierCode = record.code;
    // The stored answer of this round, if any: the same answer again gets its receipt, another one a 409.
    const storedAnswer = async () =>
      (await deps.storage.notifications.listSupplementAnswers(dossierCode)).find((a) => a.roundId === data.requestId);
    const replay = (stored: SupplementAnswer) =>
      answered(
        c,
        dossierCode,
        stored.roundId,
        stored.answeredAt,
        stored.files,
        sameFiles(stored.files, uploadIds) && stored.note === note,
      );

    const previous = await storedAnswer();
    if (previous !== undefined) return replay(previous);

    if (deps.lookup === undefined) throw supplementError('supplement.portal-unavailable');
    let portal: LookedUpDossier | undefined;
    try {
      portal = await deps.lookup(record.code);
    } catch {
      throw supplementError('supplement.portal-unavailable');
    }
    if (portal === undefined || portal.status !== 'supplement-requested')
      throw supplementError('supplement.not-requested');
    if (currentRound(portal)?.id !== data.requestId) throw supplementError('supplement.unknown-request');

    const files: SupplementFile[] = [];
    for (const uploadId of uploadIds) {
      const upload = await deps.storage.getUpload(uploadId);
      if (upload === undefined) throw supplementError('supplement.unknown-upload');
      files.push({ uploadId, name: upload.name, type: upload.type, size: upload.size, sha256: upload.sha256 });
    }
    const answeredAt = new Date();
    const outcome = await deps.storage.notifications.saveSupplementAnswer(
      { dossierCode: record.code, roundId: data.requestId, note, files, answeredAt },
      [
        {
          topic: SUPPLEMENT_ANSWER_TOPIC,
          dossierCode: record.code,
          payload: { code: record.code, roundId: data.requestId },
        },
      ],
    );
    if (outcome === 'exists') {
      const winner = await storedAnswer();
      if (winner) return replay(winner);
    }
    return answered(c, record.code, data.requestId, answeredAt, files, true);
  });
  return routes;
}

function answered(
  c: Context<GatewayEnv>,
  code: string,
  roundId: string,
  at: Date,
  files: readonly SupplementFile[],
  same: boolean,
): Response {
  if (!same) throw supplementError('supplement.already-answered');
  const receipt: SupplementAnswerReceipt = {
    dossierCode: code,
    requestId: roundId,
    answeredAt: isoVietnam(at),
    files: files.length,
  };
  c.header('cache-control', 'no-store');
  return c.json(receipt, 201);
}
