import { createHash } from 'node:crypto';
import type { Hono } from 'hono';
import type { BodyLimits } from '../http/body-limits';
import type { GatewayEnv } from '../http/env';
import type { Logger } from '../http/logger';
import type { OutboxHandler } from '../outbox/outbox-worker';
import type { PortalConnection } from '../portal/portal-connection';
import type { NotificationPruneCounts } from '../storage/notify-types';
import type { GatewayStorage } from '../storage/types';
import { pushSupplementAnswer } from '../supplements/push-supplement';
import { SUPPLEMENT_ANSWER_TOPIC } from '../supplements/supplement-routes';
import type { FileLinks } from '../uploads/file-links';
import { EMAIL_TOPIC, createMailer, sendEventEmail } from './email-delivery';
import { NOTIFY_EVENT_TOPIC } from './events';
import { changeEvents, fanOutEvent } from './fan-out';
import type { NotificationsConfig } from './notify-config';
import { createOptOutLinks, optOutRoutes } from './opt-out';
import { createStatusWatch } from './status-watch';
import type { StatusWatch } from './status-watch';
import { WEBHOOK_TOPIC, deliverWebhook } from './webhook-delivery';

/** Dependencies of {@link createNotifications}. */
export interface NotificationDeps {
  config: NotificationsConfig;
  storage: GatewayStorage;
  portal: PortalConnection | undefined;
  links: FileLinks;
  logger: Logger;
  /** The gateway's public base URL (opt-out links). */
  publicUrl: () => string;
  /** Secret the opt-out secret is derived from when none is configured (the file-link secret). */
  fallbackSecret: string;
  /** Body limits of the area's routes (the opt-out form). */
  bodyLimits: BodyLimits;
  /** @default Date.now */
  now?: () => number;
}

/** Supplements, the status watch, webhooks and e-mail, assembled. */
export interface Notifications {
  /** Outbox handlers of the topics this area adds. */
  handlers: Record<string, OutboxHandler>;
  /** The status watch (not started), when a portal is configured. */
  watch: StatusWatch | undefined;
  /** The area's routes (e-mail opt-out), to mount with `app.route('/', notifications.routes)`. */
  routes: Hono<GatewayEnv>;
  /** @deprecated Use `app.route('/', notifications.routes)`. Mounts {@link Notifications.routes}. */
  mount(app: Hono<GatewayEnv>): void;
  /**
   * Delete delivered notifications and spent watch records older than `retentionDays`
   * (see `NotificationStore.prune`); logs and returns what was removed.
   */
  prune(): Promise<NotificationPruneCounts>;
  /** Prune now and then every hour until {@link Notifications.close}. */
  startPruning(): void;
  /** Stop pruning and close the SMTP connection pool. */
  close(): void;
}

/** Outbox topics whose completed items are only a record of a delivery once done. */
const PRUNED_TOPICS = [NOTIFY_EVENT_TOPIC, WEBHOOK_TOPIC, EMAIL_TOPIC, SUPPLEMENT_ANSWER_TOPIC];
const PRUNE_EVERY_MS = 60 * 60_000;
const DAY_MS = 86_400_000;

/** Builds the notification area of a gateway from its settings. */
export function createNotifications(deps: NotificationDeps): Notifications {
  const { config, storage, portal } = deps;
  const clock = deps.now ?? Date.now;
  const secret = config.optOutSecret ?? createHash('sha256').update(`opt-out\n${deps.fallbackSecret}`).digest('hex');
  const optOut = createOptOutLinks(secret, deps.publicUrl);
  const mailer = config.email ? createMailer(config.email) : undefined;
  const handlers: Record<string, OutboxHandler> = {
    [NOTIFY_EVENT_TOPIC]: (item) =>
      fanOutEvent(item, {
        storage,
        endpoints: config.webhooks,
        email: mailer !== undefined,
        now: () => new Date(clock()),
      }),
    [WEBHOOK_TOPIC]: (item) => deliverWebhook(item, { endpoints: config.webhooks }),
  };
  if (mailer && config.email) {
    const from = config.email.from;
    handlers[EMAIL_TOPIC] = (item) => sendEventEmail(item, { storage, mailer, from, optOut });
  }
  if (portal)
    handlers[SUPPLEMENT_ANSWER_TOPIC] = (item) => pushSupplementAnswer(item, { storage, portal, links: deps.links });
  const watch = portal
    ? createStatusWatch({
        storage,
        lookup: (code) => portal.client.lookupDossier(code, { timeout: 10_000, totalTimeout: 15_000, retry: false }),
        ...config.watch,
        onChange: (change, dossier) => changeEvents(change, dossier),
        logger: deps.logger,
        now: clock,
      })
    : undefined;
  const prune = async () => {
    const removed = await storage.notifications.prune({
      before: new Date(clock() - config.retentionDays * DAY_MS),
      outboxTopics: PRUNED_TOPICS,
    });
    if (removed.outbox + removed.budget + removed.changes > 0)
      deps.logger.info('notifications.pruned', { ...removed, retentionDays: config.retentionDays });
    return removed;
  };
  let pruning: ReturnType<typeof setInterval> | undefined;
  const pruneQuietly = () =>
    void prune().catch((error: unknown) =>
      deps.logger.warn('notifications.prune-failed', { error: error instanceof Error ? error.message : String(error) }),
    );
  const routes = optOutRoutes({ storage, links: optOut, bodyLimits: deps.bodyLimits });
  return {
    handlers,
    watch,
    routes,
    mount: (app) => void app.route('/', routes),
    prune,
    startPruning() {
      if (pruning !== undefined) return;
      pruneQuietly();
      pruning = setInterval(pruneQuietly, PRUNE_EVERY_MS);
      pruning.unref();
    },
    close() {
      if (pruning !== undefined) clearInterval(pruning);
      pruning = undefined;
      mailer?.close();
    },
  };
}
