import { serve } from '@hono/node-server';
import type { ServerType } from '@hono/node-server';
import { PUBLIC_API_PATHS } from '@dvc-kit/core';
import { Hono } from 'hono';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { etag } from 'hono/etag';
import { resolveConfig } from './config';
import type { GatewayConfig, GatewayConfigInput } from './config';
import { GatewayError } from './errors/gateway-error';
import type { GatewayEnv } from './http/env';
import { compressAnswers } from './http/compression';
import { createJsonLogger } from './http/logger';
import type { Logger } from './http/logger';
import { problemErrorHandler, problemNotFound } from './http/problem';
import { readinessHandler } from './http/readiness';
import type { ReadinessCheck } from './http/readiness';
import { requestContext } from './http/request-id';
import { apiSecurityHeaders, corsAllowlist, refusedOriginLog } from './http/security';
import { openStorage } from './storage/open-storage';
import type { GatewayStorage } from './storage/types';
import type { BlobStore } from './uploads/blob-store';
import { createGuards, openBlobStore } from './hardening';
import { startUploadCollector } from './uploads/upload-collector';
import type { UploadCollector } from './uploads/upload-collector';
import { UploadError } from './uploads/upload-error';
import { handleUpload } from './uploads/upload-route';
import { drainBody } from './http/drain-body';
import { mountAccounts } from './accounts/mount-accounts';
import { createCatalogue } from './catalogue/catalogue';
import type { Catalogue } from './catalogue/catalogue';
import { mountCatalogueRoutes } from './catalogue/catalogue-routes';
import { mountDigitizationRoute } from './digitization/digitization-route';
import { createScoreboardSource } from './digitization/scoreboard-source';
import { mountDossierRoutes } from './dossiers/dossier-routes';
import { mountPaymentConfirmRoute } from './payments/confirm-route';
import { createPortalStatusSource } from './dossiers/status-view';
import { createVerifier } from './dossiers/verify';
import { DOCS_STYLE_SRC } from './openapi/docs-page';
import { mountOpenApiRoutes } from './openapi/openapi-routes';
import { startOutboxWorker } from './outbox/outbox-worker';
import type { OutboxWorker } from './outbox/outbox-worker';
import { createPortalConnection } from './portal/portal-connection';
import type { PortalConnection } from './portal/portal-connection';
import { createFileLinks, fileSecret, mountFileRoute } from './uploads/file-links';
import { createNotifications } from './notifications/notifications';
import type { Notifications } from './notifications/notifications';
import type { StatusWatch } from './notifications/status-watch';
import { mountSupplementRoutes } from './supplements/supplement-routes';
import type { DossierAuthorizer } from './supplements/supplement-routes';

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
  /** Current time in epoch ms for the outbox worker and status watch (tests simulate time). @default Date.now */
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

/** JSON/multipart overhead allowed on top of the largest file. */
const MULTIPART_OVERHEAD = 64 * 1024;

function limits(config: GatewayConfig) {
  const tooLarge = (max: number) => () => {
    throw new GatewayError(
      'request.too-large',
      {
        vi: `Dữ liệu gửi lên quá lớn (tối đa ${max} byte).`,
        en: `The request body is too large (at most ${max} bytes).`,
      },
      { status: 413 },
    );
  };
  const json = bodyLimit({ maxSize: config.limits.maxJsonBytes, onError: tooLarge(config.limits.maxJsonBytes) });
  const uploadMax = config.limits.maxUploadBytes;
  // Not hono's bodyLimit: without a Content-Length it buffers the whole body in memory. A
  // declared length is checked here; the streaming receiver caps the file and the fields.
  const upload: MiddlewareHandler<GatewayEnv> = async (c, next) => {
    const declared = Number(c.req.header('content-length') ?? 0);
    if (declared > uploadMax + MULTIPART_OVERHEAD) {
      // A client still sending reads an answer only once its body is taken (Node 24's fetch
      // reports a reset otherwise): a body up to DRAIN_MAX is read and dropped, never kept;
      // a larger one is cut off.
      if (declared <= Math.max(DRAIN_FACTOR * uploadMax, DRAIN_MAX)) await drainBody(c.req.raw.body);
      throw new UploadError('too-large', { max: `${Math.round((uploadMax / 1024 / 1024) * 10) / 10} MB` });
    }
    await next();
  };
  return { json, upload };
}

/**
 * Oversize bodies up to this many times the upload limit, or up to DRAIN_MAX (a phone photo or
 * scan a few times too big), are read and dropped before the 413, so the sender sees it.
 */
const DRAIN_FACTOR = 4;
const DRAIN_MAX = 16 * 1024 * 1024;

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
  const guards = createGuards(config, storage, fileSecret(config.fileSecret, config.dataDir));

  const app = new Hono<GatewayEnv>();
  app.onError(problemErrorHandler(logger));
  app.notFound(problemNotFound);
  app.use('*', requestContext(logger));
  const apiHeaders = apiSecurityHeaders();
  const docsHeaders = apiSecurityHeaders({ styleSrc: DOCS_STYLE_SRC });
  app.use('*', (c, next) => (c.req.path === PUBLIC_API_PATHS.docs ? docsHeaders(c, next) : apiHeaders(c, next)));
  // Answers travel compressed; GET answers carry an ETag (of the uncompressed JSON, weak so it
  // holds for every encoding) and a browser's revalidation of an unchanged one gets a bodiless 304.
  const compress = compressAnswers();
  for (const path of ['/v1/*', PUBLIC_API_PATHS.openapi, PUBLIC_API_PATHS.docs]) app.use(path, compress);
  app.use('/v1/*', etag({ weak: true }));
  app.use(
    '/v1/*',
    corsAllowlist(config.allowedOrigins, {
      credentials: config.sso !== undefined,
      onRefused: refusedOriginLog(logger, config.allowedOrigins),
    }),
  );

  const { json, upload } = limits(config);
  // GET and HEAD requests never carry a body (the Request has none), so the limits have
  // nothing to check; asking would build a full web Request per look-up for nothing.
  app.use('/v1/*', (c, next) =>
    c.req.method === 'GET' || c.req.method === 'HEAD'
      ? next()
      : c.req.path === '/v1/uploads'
        ? upload(c, next)
        : json(c, next),
  );

  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', readinessHandler({ storage: () => storage.ping(), ...parts.readinessChecks }));
  app.post('/v1/uploads', (c) =>
    handleUpload(c, {
      storage,
      blobs,
      limits: { maxBytes: config.limits.maxUploadBytes, types: config.limits.uploadTypes },
      tmpDir: guards.uploadTmpDir,
      gate: guards.uploadGate,
      quota: guards.uploadBytes,
      keyOf: guards.keyOf,
    }),
  );
  app.post(PUBLIC_API_PATHS.dossiers, async (c, next) => {
    await guards.submissions.take(c);
    await next();
  });

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
  });
  mountCatalogueRoutes(app, catalogue);
  const portalStatus = createPortalStatusSource(portal, config.statusCacheMs, logger);
  const accounts = config.sso
    ? mountAccounts(app, {
        config: config.sso,
        storage,
        logger,
        allowedOrigins: config.allowedOrigins,
        publicUrl: () => publicUrl,
        portalStatus,
      })
    : undefined;
  mountDossierRoutes(app, {
    storage,
    catalogue,
    verifier,
    portalStatus,
    ...(accounts ? { account: accounts.submission } : {}),
    codeSpace: config.codeSpace,
  });
  const notifications = createNotifications({
    config: config.notifications,
    storage,
    portal,
    links,
    logger,
    publicUrl: () => publicUrl,
    fallbackSecret: secret,
    ...(parts.now ? { now: parts.now } : {}),
  });
  // A signed-in owner answers a supplement request without the four digits (from "Hồ sơ của tôi").
  const authorizeDossier = parts.authorizeDossier ?? accounts?.authorizeDossier;
  mountSupplementRoutes(app, {
    storage,
    verifier,
    lookup: portal
      ? (code) => portal.client.lookupDossier(code, { timeout: 5000, totalTimeout: 8000, retry: false })
      : undefined,
    ...(authorizeDossier ? { authorize: authorizeDossier } : {}),
  });
  notifications.mount(app);
  const scoreboard = config.scoreboard ? createScoreboardSource(config.scoreboard, logger) : undefined;
  mountDigitizationRoute(app, { catalogue, portal, scoreboard });
  if (config.payment !== undefined) mountPaymentConfirmRoute(app, { payment: config.payment, storage, logger });
  mountFileRoute(app, { links, storage, blobs });
  mountOpenApiRoutes(app);

  let server: ServerType | undefined;
  let worker: OutboxWorker | undefined;
  let watch: StatusWatch | undefined;
  let collector: UploadCollector | undefined;
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
      if (ownsStorage) await storage.close();
    },
  };
}
