import type { Hono } from 'hono';
import type { SandboxRuntime } from '../server/runtime';
import { adminMessages } from '../admin/messages';
import { json } from '../server/respond';
import { ssoFaultSchema } from './sso-faults';
import type { SandboxSso } from './sso-server';

/**
 * `GET|PUT /admin/sso/faults`: read or replace the identity provider's faults
 * (`{ "mode": "down" | "slow" | "error" | "bad-token" | "none", … }`). Behind the same admin
 * token as the rest of `/admin` (the admin middleware runs first).
 */
export function mountSsoAdminRoutes(app: Hono, _rt: SandboxRuntime, sso: () => SandboxSso | undefined): void {
  const unavailable = () => {
    const text = adminMessages.localize('sso.not-started');
    return json({ error: text.en, message: text.vi }, 503);
  };
  app.get('/admin/sso/faults', () => {
    const current = sso();
    return current ? json(current.faults()) : unavailable();
  });
  app.put('/admin/sso/faults', async (c) => {
    const current = sso();
    if (!current) return unavailable();
    let body: unknown;
    try {
      body = JSON.parse((await c.req.text()) || '{}');
    } catch {
      body = undefined;
    }
    const parsed = ssoFaultSchema.safeParse(body);
    if (!parsed.success) {
      const text = adminMessages.localize('sso.faults-invalid');
      return json(
        {
          error: text.en,
          message: text.vi,
          errors: parsed.error.issues.map((i) => ({ field: i.path.join('.') || '(body)', message: i.message })),
        },
        400,
      );
    }
    return json(current.setFaults(parsed.data));
  });
}
