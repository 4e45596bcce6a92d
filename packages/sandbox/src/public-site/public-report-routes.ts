import type { Hono } from 'hono';
import { computeScoreBoard } from '../report/digitization-report';
import { PROCEDURES } from '../seed/procedures';
import { PROVINCE_CODE } from '../seed/agencies';
import { knownAgencies } from '../services/agencies';
import type { SandboxRuntime } from '../server/runtime';
import { json } from '../server/respond';

/** Path of the portal's public web back end that scrapers POST (domain.md §1.5). */
export const PUBLIC_REPORT_PATH = '/jsp/rest.jsp';

/**
 * The public scoreboard as dichvucong.gov.vn's web back end serves it to its own pages
 * (unofficial, seen in public scraper code; domain.md §1.5): `POST /jsp/rest.jsp` with the form
 * field `params` = JSON `{ service: 'report_tinh_766_service', p_tinh_id, … }`, answered with a
 * bare JSON array of rows `{ ID, MA_COQUAN, TEN, CAPDONVIID, CKMB, TDGQ, TTTT, CLGQ, MDHL, MDSH,
 * TONG_SCORE }` for the province's communes. The sandbox scores from its dossiers; it has no
 * formula for CKMB and does not know CLGQ's meaning, so both are `null`. Its CAPDONVIID is `'3'`
 * (commune) — the real values are not known. Other services answer `[]`.
 */
export function mountPublicReportRoutes(app: Hono, rt: SandboxRuntime): void {
  app.post(PUBLIC_REPORT_PATH, async (c) => {
    const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
    let params: Record<string, unknown> = {};
    try {
      const parsed: unknown = JSON.parse(String((form as Record<string, unknown>).params ?? ''));
      if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed))
        params = parsed as Record<string, unknown>;
    } catch {
      return json({ error: 'params must be JSON' }, 400);
    }
    if (params.service !== 'report_tinh_766_service') return json([]);
    if (params.p_tinh_id !== undefined && String(params.p_tinh_id) !== PROVINCE_CODE) return json([]);
    const communes = [...knownAgencies().values()].filter((a) => a.level === 'commune');
    const board = computeScoreBoard(
      rt.db,
      communes.map((a) => a.code),
      rt.clock.now().getTime(),
      PROCEDURES.length,
    );
    const rows = communes.map((a, i) => {
      const score = board.overall.get(a.code);
      const p = score?.parts;
      return {
        ID: i + 1,
        MA_COQUAN: a.code,
        TEN: a.name,
        CAPDONVIID: '3',
        CKMB: null,
        TDGQ: p?.TDGQ ?? null,
        TTTT: p?.TTTT ?? null,
        CLGQ: null,
        MDHL: p?.MDHL ?? null,
        MDSH: p?.MDSH ?? null,
        TONG_SCORE: score?.total ?? null,
      };
    });
    return json(rows);
  });
}
