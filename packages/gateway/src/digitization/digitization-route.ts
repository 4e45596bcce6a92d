import { PUBLIC_API_PATHS } from '@dvc-kit/core';
import type { AgencyEntry, DigitizationMetrics } from '@dvc-kit/core';
import { PortalError } from '@dvc-kit/client';
import { Hono } from 'hono';
import type { Catalogue } from '../catalogue/catalogue';
import { honoPath } from '../http/hono-path';
import { gatewayError } from '../errors/gateway-error';
import type { GatewayEnv } from '../http/env';
import { portalFailure } from '../portal/portal-connection';
import type { PortalConnection } from '../portal/portal-connection';
import { fromScoreboard } from './map-scoreboard';
import { digitizationMessages } from './messages';
import { toDigitizationMetrics } from './map-report';
import type { ScoreboardSource } from './scoreboard-source';

/** Reports are reused this long (the portal recomputes them at most daily). */
const CACHE_MS = 5 * 60_000;

const notAvailable = () => gatewayError(digitizationMessages, 'digitization.not-available', { status: 404 });

/** The portal's report service (`BaoCaoSoHoa`), a sandbox extension: an answer the portal refuses means "no report". */
async function fromPortalReport(
  portal: PortalConnection,
  agency: AgencyEntry,
): Promise<DigitizationMetrics | undefined> {
  const retrievedAt = new Date();
  let rows;
  try {
    rows = await portal.client.digitizationReport(agency.code);
  } catch (error) {
    if (error instanceof PortalError) return undefined;
    throw portalFailure(error);
  }
  const row = rows.find((r) => r.agencyCode === agency.code);
  return row === undefined
    ? undefined
    : {
        ...toDigitizationMetrics(row, agency),
        source: { kind: 'portal-report', retrievedAt: retrievedAt.toISOString() },
      };
}

/**
 * `GET /v1/agencies/{agencyCode}/digitization`: the agency's figures from, in order, the
 * configured public scoreboard (URL or imported report file, `scoreboard` config) and the
 * portal's report service where it exists (`BaoCaoSoHoa`, a sandbox extension). Each answer
 * carries `source` (kind, when read). Neither has the agency → 404 `digitization.not-available`,
 * never zeros. Cached 5 minutes per agency.
 */
export function digitizationRoutes(deps: {
  catalogue: Catalogue;
  portal: PortalConnection | undefined;
  scoreboard?: ScoreboardSource | undefined;
}): Hono<GatewayEnv> {
  const routes = new Hono<GatewayEnv>();
  const cache = new Map<string, { at: number; metrics: DigitizationMetrics }>();
  routes.get(honoPath(PUBLIC_API_PATHS.agencyDigitization), async (c) => {
    const code = c.req.param('agencyCode') ?? '';
    const agency = await deps.catalogue.agency(code);
    if (agency === undefined) {
      throw gatewayError(digitizationMessages, 'agency.not-found', { status: 404 });
    }
    const hit = cache.get(code);
    if (hit && Date.now() - hit.at < CACHE_MS) return c.json(hit.metrics);
    if (deps.portal === undefined && deps.scoreboard === undefined) {
      throw gatewayError(digitizationMessages, 'portal.unavailable', { status: 503 });
    }
    const report = await deps.scoreboard?.report();
    const metrics =
      (report ? fromScoreboard(report, agency) : undefined) ??
      (deps.portal ? await fromPortalReport(deps.portal, agency) : undefined);
    if (metrics === undefined) throw notAvailable();
    cache.set(code, { at: Date.now(), metrics });
    c.header('cache-control', 'public, max-age=300');
    return c.json(metrics);
  });
  return routes;
}
