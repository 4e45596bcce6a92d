import {
  PUBLIC_API_PATHS,
  agencyQuerySchema,
  foldVietnamese,
  procedureSearchQuerySchema,
  unitQuerySchema,
} from '@dvc-kit/core';
import type { ProcedureSummary, UnitEntry } from '@dvc-kit/core';
import { communes, provinces, searchUnits } from '@dvc-kit/core/units';
import type { AdministrativeUnit } from '@dvc-kit/core/units';
import { Hono } from 'hono';
import { gatewayError } from '../errors/gateway-error';
import type { GatewayEnv } from '../http/env';
import { honoPath } from '../http/hono-path';
import { queryObject, validate } from '../http/validate';
import type { Catalogue } from './catalogue';
import { catalogueMessages } from './messages';

const UNIT_TYPE: Record<AdministrativeUnit['kind'], UnitEntry['type']> = {
  city: 'thanh-pho',
  province: 'tinh',
  ward: 'phuong',
  commune: 'xa',
  'special-zone': 'dac-khu',
};

function toUnitEntry(unit: AdministrativeUnit): UnitEntry {
  return {
    code: unit.code,
    name: unit.name,
    level: unit.level,
    type: UNIT_TYPE[unit.kind],
    ...(unit.level === 'commune' ? { provinceCode: unit.provinceCode } : {}),
  };
}

const summaryOf = (p: ProcedureSummary): ProcedureSummary => ({
  code: p.code,
  name: p.name,
  field: p.field,
  level: p.level,
  channels: p.channels,
  ...(p.onlineLevel ? { onlineLevel: p.onlineLevel } : {}),
  processingTime: p.processingTime,
});

/**
 * `GET /v1/units`, `/v1/agencies`, `/v1/procedures` (diacritic-insensitive, paged) and
 * `/v1/procedures/{procedureCode}`. Catalogue answers may be cached by browsers for 5 minutes.
 */
export function catalogueRoutes(catalogue: Catalogue): Hono<GatewayEnv> {
  const routes = new Hono<GatewayEnv>();
  const cacheable = 'public, max-age=300';

  routes.get(PUBLIC_API_PATHS.units, (c) => {
    const query = validate(unitQuerySchema, queryObject(c), 'query');
    const q = query.q?.trim() ?? '';
    const units =
      q !== ''
        ? searchUnits(q, { limit: 50, ...(query.province ? { province: query.province } : {}) }).filter((u) =>
            query.province ? u.level === 'commune' : true,
          )
        : query.province
          ? communes(query.province)
          : provinces();
    c.header('cache-control', cacheable);
    return c.json({ items: units.map(toUnitEntry) });
  });

  routes.get(PUBLIC_API_PATHS.agencies, async (c) => {
    const query = validate(agencyQuerySchema, queryObject(c), 'query');
    const { agencies } = await catalogue.get();
    c.header('cache-control', cacheable);
    return c.json({ items: agencies.filter((a) => query.province === undefined || a.provinceCode === query.province) });
  });

  routes.get(PUBLIC_API_PATHS.procedures, async (c) => {
    const query = validate(procedureSearchQuerySchema, queryObject(c), 'query');
    const snapshot = await catalogue.get();
    const words = foldVietnamese(query.q ?? '')
      .split(' ')
      .filter(Boolean);
    const agencyKnown = query.agency === undefined || snapshot.agencies.some((a) => a.code === query.agency);
    const matches = agencyKnown
      ? snapshot.procedures.filter((p) => {
          const text = foldVietnamese(`${p.code} ${p.name.vi} ${p.name.en ?? ''} ${p.field.name.vi}`);
          return words.every((w) => text.includes(w));
        })
      : [];
    const start = (query.page - 1) * query.pageSize;
    c.header('cache-control', cacheable);
    return c.json({
      items: matches.slice(start, start + query.pageSize).map(summaryOf),
      page: query.page,
      pageSize: query.pageSize,
      total: matches.length,
    });
  });

  routes.get(honoPath(PUBLIC_API_PATHS.procedure), async (c) => {
    const code = c.req.param('procedureCode') ?? '';
    const procedure = await catalogue.procedure(code);
    if (procedure === undefined) {
      throw gatewayError(catalogueMessages, 'procedure.not-found', {
        status: 404,
        params: { code: code.slice(0, 64) },
      });
    }
    c.header('cache-control', cacheable);
    return c.json(procedure);
  });
  return routes;
}
