import type { Hono } from 'hono';
import { applyEvent, EVENT_STATUS, progressStepFor, type LifecycleEvent } from '../lifecycle/events';
import type { SandboxRuntime } from '../server/runtime';
import { json, readJsonObject } from '../server/respond';
import type { WireRecord } from '../store/dossier-columns';
import { adminProblem } from './admin-problem';

const KINDS = Object.keys(EVENT_STATUS) as LifecycleEvent['kind'][];

const text = (v: unknown, max: number) =>
  typeof v === 'string' && v.trim() !== '' ? v.trim().slice(0, max) : undefined;
const instant = (v: unknown) =>
  typeof v === 'number' && Number.isFinite(v)
    ? v
    : typeof v === 'string' && !Number.isNaN(Date.parse(v))
      ? Date.parse(v)
      : undefined;

/**
 * What the one-stop desk does to a dossier, on demand (tests, demos): `POST
 * /admin/dossiers/{code}/events` with `{ kind, content?, requestedBy?, deadline?, resultName?,
 * afterMs? }`. The event is applied now, as a one-stop system would report it (wire fields
 * and a progress step), or — with `afterMs` — scheduled for the simulator at clock + afterMs.
 * `GET /admin/dossiers/{code}/supplements` shows the rounds (DanhSachHoSoBoSung) with what
 * the citizen sent back.
 */
export function mountDossierEventRoutes(app: Hono, rt: SandboxRuntime): void {
  app.post('/admin/dossiers/:code/events', async (c) => {
    const code = c.req.param('code');
    const b = await readJsonObject(c.req.raw, { empty: 'object' });
    if (!b) return adminProblem(400, 'body.not-object');
    const kind = b.kind as LifecycleEvent['kind'];
    if (!KINDS.includes(kind)) return adminProblem(400, 'event.kind', { kinds: KINDS.join(', ') }, { field: 'kind' });
    const current = rt.store.get(code, { withUpdateCount: false });
    if (!current) return adminProblem(404, 'dossier.missing', { code });
    const now = rt.clock.now().getTime();
    const afterMs = typeof b.afterMs === 'number' && b.afterMs >= 0 ? b.afterMs : undefined;
    const deadline = instant(b.deadline);
    const event: LifecycleEvent = {
      at: now + (afterMs ?? 0),
      kind,
      ...(text(b.content, 2000) ? { content: text(b.content, 2000) } : {}),
      ...(text(b.requestedBy, 255) ? { requestedBy: text(b.requestedBy, 255) } : {}),
      ...(deadline === undefined ? {} : { deadline }),
      ...(text(b.resultName, 500) ? { resultName: text(b.resultName, 500) } : {}),
      ...(kind === 'finish' ? { digitizedResult: b.digitizedResult !== false } : {}),
    };
    if (afterMs !== undefined) {
      rt.simulator.schedule(code, event);
      rt.simulator.catchUp(now);
      return json({ scheduled: true, at: new Date(event.at).toISOString(), kind }, 202);
    }
    rt.store.transition(code, applyEvent(current.wire, event), event.at, 'simulated', kind);
    rt.db
      .prepare('INSERT INTO progress_steps (code, at, wire) VALUES (?, ?, ?)')
      .run(code, event.at, JSON.stringify(progressStepFor(current.wire, event)));
    const after = rt.store.get(code, { withUpdateCount: false });
    return json({ applied: true, kind, wireStatus: after?.status, supplements: after?.wire.DanhSachHoSoBoSung ?? [] });
  });

  app.get('/admin/dossiers/:code/supplements', (c) => {
    const code = c.req.param('code');
    const dossier = rt.store.get(code, { withUpdateCount: false });
    if (!dossier) return adminProblem(404, 'dossier.missing', { code });
    const rounds = Array.isArray(dossier.wire.DanhSachHoSoBoSung)
      ? (dossier.wire.DanhSachHoSoBoSung as WireRecord[])
      : [];
    return json({ code, status: dossier.status, rounds });
  });
}
