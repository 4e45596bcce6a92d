import { createHash } from 'node:crypto';
import type { Hono } from 'hono';
import { toInstant } from '../clock/sandbox-clock';
import { faultConfigSchema } from '../faults/fault-config';
import type { SandboxRuntime } from '../server/runtime';
import { json, readJsonObject } from '../server/respond';
import { scalar } from '../store/database';
import { adminProblem } from './admin-problem';
import { mountDossierEventRoutes } from './dossier-events';

const DAY = 86_400_000;

/** The admin listings' optional `agency` and `origin` filters as SQL conditions and their arguments. */
function dossierFilters(agency: string | undefined, origin: string | undefined) {
  const where: string[] = [];
  const args: string[] = [];
  for (const [column, value] of [
    ['agency', agency],
    ['origin', origin],
  ] as const) {
    if (value) {
      where.push(`${column} = ?`);
      args.push(value);
    }
  }
  return { where, args };
}

/**
 * Mounts the admin API under `/admin` (clock, faults, state for tests, reset). When the
 * sandbox has an `adminToken`, every admin call needs `Authorization: Bearer <token>`.
 */
export function mountAdminRoutes(app: Hono, rt: SandboxRuntime): void {
  app.use('/admin/*', async (c, next) => {
    if (rt.adminToken !== undefined && c.req.header('authorization') !== `Bearer ${rt.adminToken}`)
      return adminProblem(401, 'token.required');
    await next();
  });

  const clockState = () => ({
    now: rt.clock.now().toISOString(),
    frozen: rt.clock.frozen,
    pending: rt.simulator.pendingCount(),
  });
  app.get('/admin/clock', () => json(clockState()));
  app.post('/admin/clock', async (c) => {
    const b = await readJsonObject(c.req.raw, { empty: 'object' });
    if (!b) return adminProblem(400, 'body.not-object');
    const { advanceMs, advanceDays, set } = b;
    try {
      if (set !== undefined) rt.clock.set(toInstant(set as string));
      else if (typeof advanceMs === 'number' && Number.isFinite(advanceMs)) rt.clock.advance(advanceMs);
      else if (typeof advanceDays === 'number' && Number.isFinite(advanceDays)) rt.clock.advance(advanceDays * DAY);
      else return adminProblem(400, 'clock.no-change', undefined, { field: 'advanceMs' });
    } catch {
      return adminProblem(400, 'clock.bad-instant', undefined, { field: 'set' });
    }
    const applied = rt.profile === 'extended' ? rt.simulator.catchUp(rt.clock.now().getTime()) : 0;
    return json({ ...clockState(), applied });
  });

  app.get('/admin/faults', () => json(rt.faults.get()));
  app.put('/admin/faults', async (c) => {
    const b = await readJsonObject(c.req.raw, { empty: 'object' });
    const parsed = faultConfigSchema.safeParse(b);
    if (!parsed.success) {
      return adminProblem(400, 'faults.invalid', undefined, {
        errors: parsed.error.issues.map((i) => ({ field: i.path.join('.') || '(body)', message: i.message })),
      });
    }
    return json(rt.faults.set(parsed.data));
  });

  app.get('/admin/state', () =>
    json({
      now: rt.clock.now().toISOString(),
      seed: rt.seed(),
      dossiers: rt.store.count(),
      byAgency: rt.store.countByAgency(),
      pendingTransitions: rt.simulator.pendingCount(),
      faults: rt.faults.get(),
    }),
  );
  app.get('/admin/dossiers/count', (c) => {
    const agency = c.req.query('agency');
    const origin = c.req.query('origin');
    if (origin !== undefined && origin !== 'seed' && origin !== 'sync')
      return adminProblem(400, 'origin.invalid', undefined, { field: 'origin' });
    const { where, args } = dossierFilters(agency, origin);
    const count = scalar(
      rt.db.prepare(`SELECT COUNT(*) FROM dossiers${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`),
      ...args,
    ) as number;
    return json({ count, agency: agency ?? null, origin: origin ?? null });
  });
  app.get('/admin/dossiers', (c) => {
    const agency = c.req.query('agency');
    const origin = c.req.query('origin');
    const after = c.req.query('after') ?? '';
    const limit = Math.min(Math.max(Number(c.req.query('limit') ?? 1000) || 1000, 1), 10_000);
    const filters = dossierFilters(agency, origin);
    const where = ['code > ?', ...filters.where];
    const args: (string | number)[] = [after, ...filters.args];
    const rows = rt.db
      .prepare(
        `SELECT code, agency, status, origin, version, updated_at AS updatedAt FROM dossiers WHERE ${where.join(' AND ')} ORDER BY code LIMIT ?`,
      )
      .all(...args, limit) as { code: string }[];
    return json({ items: rows, next: rows.length === limit ? rows.at(-1)?.code : null });
  });
  mountDossierEventRoutes(app, rt);
  app.get('/admin/dossiers/:code', (c) => {
    const code = c.req.param('code');
    const dossier = rt.store.get(code);
    if (!dossier) return adminProblem(404, 'dossier.missing', { code });
    const progress = rt.store.progress(code);
    const pending = rt.db
      .prepare('SELECT at, status AS kind FROM pending_transitions WHERE code = ? ORDER BY at')
      .all(code);
    return json({ ...dossier, history: rt.store.history(code), progress, pending });
  });
  app.get('/admin/fingerprint', () => {
    const hash = createHash('sha256');
    for (const row of rt.db.prepare('SELECT code, wire FROM dossiers ORDER BY code').raw(true).iterate() as Iterable<
      [string, string]
    >)
      hash.update(`${row[0]}\n${row[1]}\n`);
    return json({ dossiers: rt.store.count(), sha256: hash.digest('hex') });
  });
  app.post('/admin/reset', () => json({ reset: true, seed: rt.reset() }));
}
