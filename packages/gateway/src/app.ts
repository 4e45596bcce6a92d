import { serve } from '@hono/node-server';
import type { ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { etag } from 'hono/etag';
import { createAccounts } from './accounts/accounts';
import { createCatalogue } from './catalogue/catalogue';
import type { Catalogue } from './catalogue/catalogue';
import { catalogueRoutes } from './catalogue/catalogue-routes';
import { resolveConfig } from './config';
import type { GatewayConfig, GatewayConfigInput } from './config';
import { digitizationRoutes } from './digitization/digitization-route';
import { createScoreboardSource } from './digitization/scoreboard-source';
import { dossierRoutes } from './dossiers/dossier-routes';
import { createPortalStatusSource } from './dossiers/status-view';
import { createVerifier } from './dossiers/verify';
import { createGuards, openBlobStore } from './hardening';
import { createBodyLimits } from './http/body-limits';
import { compressAnswers } from './http/compression';
import type { GatewayEnv } from './http/env';
import { createJsonLogger } from './http/logger';
import type { Logger } from './http/logger';
import { problemErrorHandler, problemNotFound } from './http/problem';
import { healthRoutes } from './http/readiness';
import type { ReadinessCheck } from './http/readiness';
import { requestContext } from './http/request-id';
import { apiSecurityHeaders, corsAllowlist, refusedOriginLog } from './http/security';
import { createNotifications } from './notifications/notifications';
import type { Notifications } from './notifications/notifications';
import type { StatusWatch } from './notifications/status-watch';
import { openApiRoutes } from './openapi/openapi-routes';
import { startOutboxWorker } from './outbox/outbox-worker';
import type { OutboxWorker } from './outbox/outbox-worker';
import { paymentConfirmRoutes } from './payments/confirm-route';
import { createPortalConnection } from './portal/portal-connection';
import type { PortalConnection } from './portal/portal-connection';
import { openStorage } from './storage/open-storage';
import type { GatewayStorage } from './storage/types';
import { supplementRoutes } from './supplements/supplement-routes';
import type { DossierAuthorizer } from './supplements/supplement-routes';
import type { BlobStore } from './uploads/blob-store';
import { createFileLinks, fileRoutes, fileSecret } from './uploads/file-links';
import { startUploadCollector } from './uploads/upload-collector';
import type { UploadCollector } from './uploads/upload-collector';
import { startWindowPruner } from './http/window-pruner';
import type { WindowPruner } from './http/window-pruner';
import { uploadRoutes } from './uploads/upload-route';

/** Parts a caller may supply instead of the ones the gateway builds from its config. */
export interface GatewayParts {
  /** Storage to use (not closed by the gateway). @default opened from `config.storageUrl` */
  storage?: GatewayStorage;
  /** @default JSON lines on stdout */
  logger?: Logger;
  /** Extra readiness checks (e.g. portal reachability), by name. @default {} */
  readinessChecks?: Record<string, ReadinessCheck>;
  /** Portal connection. @default built from `config.portal` (none without it) */
  portal?: PortalConnection;
  /** Authorises dossier actions without the four digits. @default the signed-in owner when `config.sso` is set, else none */
  authorizeDossier?: DossierAuthorizer;
  /** Current time in epoch ms for the outbox worker, the status watch and the per-client limits (tests simulate time). @default Date.now */
  now?: () => number;
}

/** A running gateway server. */
export interface RunningGateway {
  /** Base URL, e.g. `http://127.0.0.1:8787`. */
  url: string;
  port: number;
  /** Stop accepting connections and wait for the server to close. */
  close(): Promise<void>;
}

/** What {@link createGateway} returns. */
export interface Gateway {
  /** The Hono app (use `app.request()` or mount it elsewhere). */
  app: Hono<GatewayEnv>;
  config: GatewayConfig;
  storage: GatewayStorage;
  blobs: BlobStore;
  logger: Logger;
  /** Agencies and procedures (with forms), cached from the portal. */
  catalogue: Catalogue;
  /** The portal connection, when configured. */
  portal: PortalConnection | undefined;
  /** The outbox worker while started (and `config.outbox.enabled` with a portal). */
  readonly worker: OutboxWorker | undefined;
  /** Supplements, webhooks, e-mail and the status watch. */
  notifications: Notifications;
  /** The status watch while started (with a portal and `notifications.watch.enabled`). */
  readonly watch: StatusWatch | undefined;
  /** Listen on `config.host:config.port` and start the outbox worker. */
  start(): Promise<RunningGateway>;
  /**
   * Graceful stop: stop accepting connections, let requests in flight finish (up to 10 s),
   * stop the outbox worker, then close storage the gateway opened.
   */
  close(): Promise<void>;
}

/** How long `close()` waits for requests in flight before cutting connections. */
const DRAIN_MS = 10_000;
/** How often old rate-limit windows are deleted (see `startWindowPruner`). */
const PRUNE_WINDOWS_EVERY_MS = 60 * 60 * 1000;

/**
 * Build the gateway: Hono app with request ids, JSON logs, security headers, CORS
 * allowlist, body limits and problem+json errors; storage migrated and ready.
 *
 * @example
 * ```ts
 * const gateway = await createGateway({ allowedOrigins: ['https://xa.example.gov.vn'] });
 * const { url } = await gateway.start();
 * ```
 */
export async function createGateway(input: GatewayConfigInput = {}, parts: GatewayParts = {}): Promise<Gateway> {
  const config = resolveConfig(input);
  const logger = parts.logger ?? createJsonLogger({ quiet: config.quiet });
  const storage = parts.storage ?? (await openStorage(config.storageUrl));
  const ownsStorage = parts.storage === undefined;
  const blobs = openBlobStore(config);
  const guards = createGuards(config, storage, fileSecret(config.fileSecret, config.dataDir), parts.now);

  const app = new Hono<GatewayEnv>();
  app.onError(problemErrorHandler(logger));
  app.notFound(problemNotFound);
  // Gateway-wide: request ids and logs, and the API's security headers (a route with its own
  // policy, like `/docs`, sets it in front of its handler and keeps it).
  app.use(requestContext(logger));
  app.use(apiSecurityHeaders());
  // The public API: answers travel compressed; GET answers carry an ETag (of the uncompressed
  // JSON, weak so it holds for every encoding) and a browser's revalidation of an unchanged one
  // gets a bodiless 304; only allowed sites may read them.
  app.use('/v1/*', compressAnswers());
  app.use('/v1/*', etag({ weak: true }));
  app.use(
    '/v1/*',
    corsAllowlist(config.allowedOrigins, {
      credentials: config.sso !== undefined,
      onRefused: refusedOriginLog(logger, config.allowedOrigins),
    }),
  );

  // Every area below is a sub-app with its own routes, each route naming the middleware it needs
  // (a body limit before a handler that reads a body); all are mounted the same way.
  const bodyLimits = createBodyLimits(config.limits);
  const portal = parts.portal ?? (config.portal ? createPortalConnection(config.portal) : undefined);
  const catalogue = createCatalogue({
    portal,
    dataDir: config.dataDir,
    formsDir: config.formsDir,
    ttlMs: config.catalogueTtlMs,
    logger,
  });
  let publicUrl = config.publicUrl ?? `http://${config.host}:${config.port}`;
  const secret = fileSecret(config.fileSecret, config.dataDir);
  const links = createFileLinks(secret, () => publicUrl);
  const verifier = createVerifier({
    storage,
    maxFailures: config.limits.lookupFailures,
    windowMs: config.limits.lookupWindowMs,
    keyOf: guards.keyOf,
    ...(parts.now ? { now: parts.now } : {}),
  });
  const portalStatus = createPortalStatusSource(portal, config.statusCacheMs, logger);
  const accounts = config.sso
    ? createAccounts({
        config: config.sso,
        bodyLimits,
        storage,
        logger,
        allowedOrigins: config.allowedOrigins,
        publicUrl: () => publicUrl,
        portalStatus,
      })
    : undefined;
  const notifications = createNotifications({
    config: config.notifications,
    storage,
    portal,
    links,
    logger,
    publicUrl: () => publicUrl,
    fallbackSecret: secret,
    bodyLimits,
    ...(parts.now ? { now: parts.now } : {}),
  });
  // A signed-in owner answers a supplement request without the four digits (from "Hồ sơ của tôi").
  const authorizeDossier = parts.authorizeDossier ?? accounts?.authorizeDossier;
  const scoreboard = config.scoreboard ? createScoreboardSource(config.scoreboard, logger) : undefined;

  const areas: Hono<GatewayEnv>[] = [
    healthRoutes({ storage: () => storage.ping(), ...parts.readinessChecks }),
    uploadRoutes({
      bodyLimits,
      storage,
      blobs,
      limits: { maxBytes: config.limits.maxUploadBytes, types: config.limits.uploadTypes },
      tmpDir: guards.uploadTmpDir,
      gate: guards.uploadGate,
      quota: guards.uploadBytes,
      keyOf: guards.keyOf,
    }),
    catalogueRoutes(catalogue),
    ...(accounts ? [accounts.routes] : []),
    dossierRoutes({
      bodyLimits,
      submissionGate: async (c, next) => {
        await guards.submissions.take(c);
        await next();
      },
      storage,
      catalogue,
      verifier,
      portalStatus,
      ...(accounts ? { account: accounts.submission } : {}),
      codeSpace: config.codeSpace,
    }),
    supplementRoutes({
      bodyLimits,
      storage,
      verifier,
      lookup: portal
        ? (code) => portal.client.lookupDossier(code, { timeout: 5000, totalTimeout: 8000, retry: false })
        : undefined,
      ...(authorizeDossier ? { authorize: authorizeDossier } : {}),
    }),
    notifications.routes,
    digitizationRoutes({ catalogue, portal, scoreboard }),
    ...(config.payment !== undefined ? [paymentConfirmRoutes({ payment: config.payment, storage, logger })] : []),
    fileRoutes({ links, storage, blobs }),
    openApiRoutes(),
  ];
  for (const area of areas) app.route('/', area);

  let server: ServerType | undefined;
  let worker: OutboxWorker | undefined;
  let watch: StatusWatch | undefined;
  let collector: UploadCollector | undefined;
  let pruner: WindowPruner | undefined;
  const closeServer = () =>
    new Promise<void>((resolve, reject) => {
      if (server === undefined) return resolve();
      const s = server;
      server = undefined;
      const http = s as import('node:http').Server;
      const force = setTimeout(() => http.closeAllConnections(), DRAIN_MS);
      s.close((error) => {
        clearTimeout(force);
        if (error) reject(error);
        else resolve();
      });
      http.closeIdleConnections();
    });

  return {
    app,
    config,
    storage,
    blobs,
    logger,
    catalogue,
    portal,
    get worker() {
      return worker;
    },
    notifications,
    get watch() {
      return watch;
    },
    start: () =>
      new Promise<RunningGateway>((resolve) => {
        server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
          const host = info.address.includes(':') ? `[${info.address}]` : info.address;
          logger.info('gateway.started', { port: info.port, storage: storage.kind, portal: portal !== undefined });
          if (config.publicUrl === undefined) publicUrl = `http://${host}:${info.port}`;
          if (portal !== undefined && config.outbox.enabled && worker === undefined) {
            worker = startOutboxWorker({
              storage,
              portal,
              links,
              logger,
              ...config.outbox,
              codeSpace: config.codeSpace,
              handlers: notifications.handlers,
              ...(parts.now ? { now: parts.now } : {}),
            });
          }
          if (notifications.watch !== undefined && config.notifications.watch.enabled && watch === undefined) {
            watch = notifications.watch;
            watch.start();
          }
          notifications.startPruning();
          collector ??= startUploadCollector({
            storage,
            blobs,
            logger,
            afterMs: config.limits.collectUploadsAfterMs,
            everyMs: config.limits.collectUploadsEveryMs,
          });
          pruner ??= startWindowPruner({
            storage,
            logger,
            longestWindowMs: Math.max(
              config.limits.lookupWindowMs,
              config.limits.submissionWindowMs,
              config.limits.uploadWindowMs,
            ),
            everyMs: PRUNE_WINDOWS_EVERY_MS,
          });
          resolve({ url: `http://${host}:${info.port}`, port: info.port, close: closeServer });
        });
      }),
    async close() {
      await closeServer();
      await worker?.stop();
      worker = undefined;
      await watch?.stop();
      watch = undefined;
      notifications.close();
      collector?.stop();
      collector = undefined;
      pruner?.stop();
      pruner = undefined;
      if (ownsStorage) await storage.close();
    },
  };
}
