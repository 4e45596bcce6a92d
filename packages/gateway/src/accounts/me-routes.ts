import { ACCOUNT_API_PATHS, MAX_PAGE_SIZE, myRatingRequestSchema, statusGroup } from '@dvc-kit/core';
import type { MyDossier, MyDossierPage } from '@dvc-kit/core';
import { Hono } from 'hono';
import { honoPath } from '../http/hono-path';
import { buildStatusView } from '../dossiers/status-view';
import type { PortalStatusSource } from '../dossiers/status-view';
import { rateDossier, ratingLevelOf } from '../dossiers/dossier-routes';
import type { BodyLimits } from '../http/body-limits';
import type { GatewayEnv } from '../http/env';
import { readJsonBody } from '../http/validate';
import type { DossierRecord, GatewayStorage } from '../storage/types';
import { supplementRequestView, withSupplement } from '../supplements/supplement-view';
import { accountError } from './account-errors';
import type { OriginPolicy } from './origins';
import type { Sessions } from './sessions';
import { assertSessionWrite } from './write-guard';

/** Dependencies of {@link meRoutes}. */
export interface MeRouteDeps {
  /** Body limits (the JSON one guards the rating). */
  bodyLimits: BodyLimits;
  storage: GatewayStorage;
  sessions: Sessions;
  origins: OriginPolicy;
  portalStatus: PortalStatusSource;
}

const intParam = (value: string | undefined, fallback: number, max: number) => {
  const n = value === undefined ? fallback : Number(value);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, max) : fallback;
};

/**
 * The signed-in citizen's dossiers, answered from the gateway's storage keyed by the
 * account (TechID) — never by code alone, so another citizen's dossier is "not found":
 * - `GET /v1/me/dossiers?page=&pageSize=` — newest first, status, due date, next step;
 * - `GET /v1/me/dossiers/{code}` — the status view with its timeline, no 4-digit check;
 *   like the public view, both carry the open supplement request (`supplement`);
 * - `POST /v1/me/dossiers/{code}/rating` — rating where the status allows it.
 */
export function meRoutes(deps: MeRouteDeps): Hono<GatewayEnv> {
  const { storage, sessions, portalStatus } = deps;
  const routes = new Hono<GatewayEnv>();

  async function view(record: DossierRecord, withTimeline: boolean): Promise<MyDossier> {
    const portal = await portalStatus.get(record.code);
    // The supplement request (and the answer held) shows as on the public status view.
    const answers = portal?.supplements?.length ? await storage.notifications.listSupplementAnswers(record.code) : [];
    const status = withSupplement(buildStatusView(record, portal), supplementRequestView(portal, answers));
    const rating = await ratingLevelOf(storage, record.code);
    return {
      ...status,
      timeline: withTimeline ? status.timeline : [],
      rateable: rating === undefined && statusGroup(status.status) === 'finished',
      ...(rating ? { rating } : {}),
    };
  }

  async function owned(accountId: string, code: string): Promise<DossierRecord> {
    const record = await storage.accounts.accountDossier(accountId, code);
    if (record === undefined) throw accountError('account.dossier-not-found', { path: 'code' });
    return record;
  }

  routes.get(ACCOUNT_API_PATHS.myDossiers, async (c) => {
    const { record } = await sessions.require(c);
    const page = intParam(c.req.query('page'), 1, 10_000);
    const pageSize = intParam(c.req.query('pageSize'), 10, MAX_PAGE_SIZE);
    const { total, items } = await storage.accounts.listDossiers(record.accountId, {
      offset: (page - 1) * pageSize,
      limit: pageSize,
    });
    const body: MyDossierPage = {
      items: await Promise.all(items.map((item) => view(item, false))),
      page,
      pageSize,
      total,
    };
    c.header('cache-control', 'no-store');
    return c.json(body);
  });

  routes.get(honoPath(ACCOUNT_API_PATHS.myDossier), async (c) => {
    const { record } = await sessions.require(c);
    const dossier = await owned(record.accountId, c.req.param('code') ?? '');
    c.header('cache-control', 'no-store');
    return c.json(await view(dossier, true));
  });

  routes.post(honoPath(ACCOUNT_API_PATHS.myDossierRating), deps.bodyLimits.json, async (c) => {
    assertSessionWrite(c, deps.origins);
    const { record } = await sessions.require(c);
    const dossier = await owned(record.accountId, c.req.param('code') ?? '');
    const { data } = await readJsonBody(c, myRatingRequestSchema);
    const current = await view(dossier, false);
    if (!current.rateable && current.rating === undefined) throw accountError('account.rating-not-allowed');
    return c.json(await rateDossier(storage, dossier, data), 201);
  });
  return routes;
}
