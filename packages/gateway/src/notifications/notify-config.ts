import * as z from 'zod';

/** One operator endpoint that receives signed webhooks (Standard Webhooks). */
export const webhookEndpointSchema = z.object({
  /** Stable name of the endpoint (kept in outbox items; changing it re-keys delivery order). */
  id: z.string().regex(/^[\w.-]{1,64}$/),
  /** Where events are POSTed (HTTPS in production). */
  url: z.url(),
  /** Signing secret, `whsec_` + base64 of 24–64 random bytes (Standard Webhooks format). */
  secret: z.string().regex(/^whsec_[A-Za-z0-9+/=]{32,}$/),
  /** Event types to send. @default every type */
  events: z
    .array(z.enum(['dossier.received', 'dossier.supplement-requested', 'dossier.result-ready', 'dossier.finished']))
    .optional(),
  /**
   * Add the applicant's name, phone and e-mail (for SMS brandname / Zalo ZNS senders). Only for
   * receivers the operator controls. @default false
   */
  includeContact: z.boolean().default(false),
});

/**
 * Notification settings: webhooks, e-mail and the status watch. Env: `GATEWAY_WEBHOOKS`
 * (JSON array), `GATEWAY_SMTP_URL`, `GATEWAY_MAIL_FROM`, `GATEWAY_WATCH`, `GATEWAY_WATCH_RPM`,
 * `GATEWAY_WATCH_INTERVAL_MS`, `GATEWAY_WATCH_TICK_MS`, `GATEWAY_NOTIFY_RETENTION_DAYS`.
 */
export const notificationsConfigSchema = z.object({
  /** @default [] */
  webhooks: z.array(webhookEndpointSchema).default([]),
  /** E-mail to citizens who gave an address and agreed. Without `smtpUrl` no e-mail is sent. */
  email: z
    .object({
      /** `smtp://user:pass@host:587` or `smtps://…:465`. */
      smtpUrl: z.string().regex(/^smtps?:\/\//),
      /** From address, e.g. `"UBND xã Ea Bung" <motcua@eabung.daklak.gov.vn>`. */
      from: z.string().min(3),
      /** Accept self-signed certificates (loopback tests only). @default false */
      allowInsecureTls: z.boolean().default(false),
    })
    .optional(),
  /**
   * Days delivered notifications (webhook, e-mail and event records in the outbox), spent
   * poll-budget minutes and the status changes of dossiers no longer watched are kept, then
   * deleted (checked hourly). Pending deliveries, supplement answers and opt-outs are never
   * pruned. Env `GATEWAY_NOTIFY_RETENTION_DAYS`. @default 30
   */
  retentionDays: z.int().min(1).max(3650).default(30),
  /** Secret that signs opt-out links. Same on every instance. @default derived from the file secret */
  optOutSecret: z.string().min(16).optional(),
  /** Status watch: polls the portal for the dossiers this gateway submitted that are still open. */
  watch: z
    .object({
      /** Poll in this process. Env `GATEWAY_WATCH=0` disables. @default true */
      enabled: z.boolean().default(true),
      /** Look-ups per minute to the portal, all instances together. Env `GATEWAY_WATCH_RPM`. @default 60 */
      requestsPerMinute: z.int().min(1).max(60_000).default(60),
      /** Shortest time between two polls of one dossier, in ms. Env `GATEWAY_WATCH_INTERVAL_MS`. @default 60000 */
      minIntervalMs: z.int().min(100).default(60_000),
      /** A look-up slower than this halves the rate until the portal is fast again, in ms. @default 2000 */
      slowMs: z.int().min(1).default(2000),
      /** Look-ups in flight at once. @default 4 */
      concurrency: z.int().min(1).max(64).default(4),
      /** How long one poller holds a dossier, in ms. @default 60000 */
      leaseMs: z.int().min(100).default(60_000),
      /** Loop tick, in ms. Env `GATEWAY_WATCH_TICK_MS`. @default 1000 */
      tickMs: z.int().min(10).default(1000),
    })
    .prefault({}),
});

/** Notification settings with defaults filled in. */
export type NotificationsConfig = z.output<typeof notificationsConfigSchema>;
/** One webhook endpoint. */
export type WebhookEndpoint = z.output<typeof webhookEndpointSchema>;

/** Settings from the environment (see {@link notificationsConfigSchema}). */
export function notificationsFromEnvironment(
  env: Record<string, string | undefined>,
): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  if (env.GATEWAY_WEBHOOKS) {
    try {
      out.webhooks = JSON.parse(env.GATEWAY_WEBHOOKS) as unknown;
    } catch {
      out.webhooks = env.GATEWAY_WEBHOOKS;
    }
  }
  if (env.GATEWAY_SMTP_URL) out.email = { smtpUrl: env.GATEWAY_SMTP_URL, from: env.GATEWAY_MAIL_FROM ?? '' };
  if (env.GATEWAY_NOTIFY_RETENTION_DAYS)
    out.retentionDays = /^\d+$/.test(env.GATEWAY_NOTIFY_RETENTION_DAYS)
      ? Number(env.GATEWAY_NOTIFY_RETENTION_DAYS)
      : env.GATEWAY_NOTIFY_RETENTION_DAYS;
  const watch: Record<string, unknown> = {};
  if (env.GATEWAY_WATCH === '0' || env.GATEWAY_WATCH === 'false') watch.enabled = false;
  // A value that is not a whole number is passed on as text, so validation names the setting.
  const whole = (v: string) => (/^\d+$/.test(v) ? Number(v) : v);
  if (env.GATEWAY_WATCH_RPM) watch.requestsPerMinute = whole(env.GATEWAY_WATCH_RPM);
  if (env.GATEWAY_WATCH_INTERVAL_MS) watch.minIntervalMs = whole(env.GATEWAY_WATCH_INTERVAL_MS);
  if (env.GATEWAY_WATCH_TICK_MS) watch.tickMs = whole(env.GATEWAY_WATCH_TICK_MS);
  if (Object.keys(watch).length > 0) out.watch = watch;
  return Object.keys(out).length > 0 ? out : undefined;
}
