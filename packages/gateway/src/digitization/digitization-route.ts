import { PortalError } from '@dvc-kit/client';
import { PUBLIC_API_PATHS } from '@dvc-kit/core';
import type { DigitizationMetrics } from '@dvc-kit/core';
import type { Hono } from 'hono';
import type { Catalogue } from '../catalogue/catalogue';
import { honoPath } from '../catalogue/catalogue-routes';
import { GatewayError } from '../errors/gateway-error';
import type { GatewayEnv } from '../http/env';
import { portalFailure } from '../portal/portal-connection';
import type { PortalConnection } from '../portal/portal-connection';
import { toDigitizationMetrics } from './map-report';

/** Reports are reused this long (the portal recomputes them at most daily). */
const CACHE_MS = 5 * 60_000;

/**
 * `GET /v1/agencies/{agencyCode}/digitization`: the agency's digitization metrics from the
 * portal's report service (`client.digitizationReport`, `BaoCaoSoHoa`), cached 5 minutes per agency.
 */
export function mountDigitizationRoute(app: Hono<GatewayEnv>, deps: { catalogue: Catalogue; portal: PortalConnection | undefined }): void {
  const cache = new Map<string, { at: number; metrics: DigitizationMetrics }>();
  app.get(honoPath(PUBLIC_API_PATHS.agencyDigitization), async (c) => {
    const code = c.req.param('agencyCode') ?? '';
    const agency = await deps.catalogue.agency(code);
    if (agency === undefined) {
      throw new GatewayError('agency.not-found', { vi: 'Không tìm thấy cơ quan này.', en: 'No such agency.' }, { status: 404 });
    }
    const hit = cache.get(code);
    if (hit && Date.now() - hit.at < CACHE_MS) return c.json(hit.metrics);
    if (deps.portal === undefined) {
      throw new GatewayError('portal.unavailable', { vi: 'Gateway chưa kết nối Cổng Dịch vụ công.', en: 'The gateway has no portal connection.' }, { status: 503 });
    }
    const rows = await deps.portal.client.digitizationReport(code).catch((error: unknown) => {
      // BaoCaoSoHoa is a sandbox extension: a portal that refuses it has no report to give — say so, never zeros.
      if (error instanceof PortalError) {
        throw new GatewayError(
          'digitization.not-available',
          { vi: 'Cổng Dịch vụ công không cung cấp báo cáo số hóa cho cơ quan này.', en: 'The portal does not provide a digitization report for this agency.' },
          { status: 404, cause: error },
        );
      }
      throw portalFailure(error);
    });
    const row = rows.find((r) => r.agencyCode === code);
    if (row === undefined) {
      throw new GatewayError('digitization.not-available', { vi: 'Chưa có số liệu số hóa của cơ quan này.', en: 'No digitization figures for this agency yet.' }, { status: 404 });
    }
    const metrics = toDigitizationMetrics(row, agency);
    cache.set(code, { at: Date.now(), metrics });
    c.header('cache-control', 'public, max-age=300');
    return c.json(metrics);
  });
}
