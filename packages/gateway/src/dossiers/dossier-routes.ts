import { PUBLIC_API_PATHS, dossierStatusQuerySchema, ratingRequestSchema } from '@dvc-kit/core';
import type { RatingLevel, RatingReceipt } from '@dvc-kit/core';
import { Hono } from 'hono';
import type { MiddlewareHandler } from 'hono';
import type { Catalogue } from '../catalogue/catalogue';
import { honoPath } from '../http/hono-path';
import { gatewayError } from '../errors/gateway-error';
import type { BodyLimits } from '../http/body-limits';
import type { GatewayEnv } from '../http/env';
import { queryObject, readJsonBody, validate } from '../http/validate';
import type { DossierRecord, GatewayStorage } from '../storage/types';
import { ratingsSummaryMessage } from '../ratings/ratings-summary';
import { isoVietnam } from './iso-time';
import { dossierMessages } from './messages';
import type { PortalStatusSource } from './status-view';
import { buildStatusView } from './status-view';
import type { CodeSpace } from './code-space';
import { handleSubmitDossier } from './submit-dossier';
import { supplementRequestView, withSupplement } from '../supplements/supplement-view';
import type { SubmitDeps } from './submit-dossier';
import type { Verifier } from './verify';

/** Ratings are stored as a score: 3 rất hài lòng, 2 hài lòng, 1 chưa hài lòng. */
const SCORE: Record<RatingLevel, number> = { 'very-satisfied': 3, satisfied: 2, 'not-satisfied': 1 };
const LEVEL: Record<number, RatingLevel> = { 3: 'very-satisfied', 2: 'satisfied', 1: 'not-satisfied' };

/** Dependencies of {@link dossierRoutes}. */
export interface DossierRouteDeps {
  /** Body limits (the JSON one guards the two POST routes). */
  bodyLimits: BodyLimits;
  /** Runs before a submission is read, after its size is checked: the per-client submission limit (429). */
  submissionGate: MiddlewareHandler<GatewayEnv>;
  storage: GatewayStorage;
  catalogue: Catalogue;
  verifier: Verifier;
  portalStatus: PortalStatusSource;
  /** The signed-in applicant's account for submissions (gateways with sign-in). @default none */
  account?: SubmitDeps['account'];
  /** The gateway's dossier code range. @default 1–9999 */
  codeSpace?: CodeSpace;
}

/**
 * `POST /v1/dossiers`, `GET /v1/dossiers/{code}?verify=`, `POST /v1/dossiers/{code}/rating`.
 * A rating also queues its agency's monthly summary (`DongBoDanhGia`) in the outbox.
 */
export function dossierRoutes(deps: DossierRouteDeps): Hono<GatewayEnv> {
  const routes = new Hono<GatewayEnv>();
  routes.post(PUBLIC_API_PATHS.dossiers, deps.bodyLimits.json, deps.submissionGate, (c) =>
    handleSubmitDossier(c, deps),
  );

  routes.get(honoPath(PUBLIC_API_PATHS.dossier), async (c) => {
    const { verify } = validate(dossierStatusQuerySchema, queryObject(c), 'query');
    const record = await deps.verifier.verify(c, c.req.param('code') ?? '', verify);
    const portal = await deps.portalStatus.get(record.portalCode ?? record.code);
    const answers = portal?.supplements?.length
      ? await deps.storage.notifications.listSupplementAnswers(record.code)
      : [];
    const view = withSupplement(buildStatusView(record, portal), supplementRequestView(portal, answers));
    c.header('cache-control', 'no-store');
    return c.json(view);
  });

  routes.post(honoPath(PUBLIC_API_PATHS.dossierRating), deps.bodyLimits.json, async (c) => {
    const { data } = await readJsonBody(c, ratingRequestSchema);
    const record = await deps.verifier.verify(c, c.req.param('code') ?? '', data.verify);
    return c.json(await rateDossier(deps.storage, record, data), 201);
  });
  return routes;
}

/** The stored rating level of a dossier, or `undefined` when it was not rated. */
export async function ratingLevelOf(storage: GatewayStorage, code: string): Promise<RatingLevel | undefined> {
  const saved = await storage.getRating(code);
  return saved === undefined ? undefined : LEVEL[saved.score];
}

/**
 * Save a dossier's rating (the first one stays; the same level again is a replay, another
 * level 409 `rating.already-rated`) and queue its agency's monthly summary.
 */
export async function rateDossier(
  storage: GatewayStorage,
  record: DossierRecord,
  data: { level: RatingLevel; comment?: string },
): Promise<RatingReceipt> {
  const now = new Date();
  const outcome = await storage.saveRating({
    dossierCode: record.code,
    score: SCORE[data.level],
    comment: data.comment ?? null,
    createdAt: now,
  });
  const saved = outcome === 'created' ? undefined : await storage.getRating(record.code);
  if (saved !== undefined && LEVEL[saved.score] !== data.level) {
    throw gatewayError(dossierMessages, 'rating.already-rated', { status: 409 });
  }
  const ratedAt = saved?.createdAt ?? now;
  // Also on a replay: a retried request must still get the month's summary queued.
  await storage.enqueueOutboxOnce(ratingsSummaryMessage(record.agency, ratedAt), now);
  return { dossierCode: record.code, level: data.level, ratedAt: isoVietnam(ratedAt) };
}
