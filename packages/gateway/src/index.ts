/**
 * @dvc-kit/gateway — the server a province or commune runs between its web pages and the
 * National Public Service Portal (Cổng Dịch vụ công Quốc gia): public REST API v1,
 * durable intake with an outbox, uploads, SQLite or PostgreSQL storage.
 *
 * Explicit exports only (no `export *`), grouped by area.
 *
 * @packageDocumentation
 */

// ── app ──
export { createGateway } from './app';
export type { Gateway, GatewayParts, RunningGateway } from './app';

// ── catalogue, portal, outbox, OpenAPI ──
export type { Catalogue, CatalogueSnapshot } from './catalogue/catalogue';
export { loadFormsDir } from './catalogue/forms-dir';
export { createPortalConnection } from './portal/portal-connection';
export type { PortalConnection, PortalSettings } from './portal/portal-connection';
export type { OutboxWorker } from './outbox/outbox-worker';
export { buildOpenApiDocument } from './openapi/openapi-document';
export type { JsonObject } from './openapi/openapi-document';

// ── config ──
export { ConfigError, gatewayConfigSchema, loadConfig, resolveConfig } from './config';
export type { GatewayConfig, GatewayConfigInput, LoadConfigOptions } from './config';

// ── errors ──
export { GatewayError } from './errors/gateway-error';
export type { FieldProblem, GatewayErrorOptions } from './errors/gateway-error';

// ── http ──
export { negotiateLanguage } from './http/env';
export type { GatewayEnv } from './http/env';
export { createJsonLogger } from './http/logger';
export type { JsonLoggerOptions, LogValue, Logger } from './http/logger';
export { problemResponse, toProblem } from './http/problem';
export type { ReadinessCheck } from './http/readiness';

// ── storage ──
export { StorageCopyError } from './storage/copy-error';
export type { CopiedTable } from './storage/copy-error';
export { copyStorage, readUploadHashes } from './storage/copy-storage';
export type { CopyStorageOptions, CopyStorageResult } from './storage/copy-storage';
export { openStorage } from './storage/open-storage';
export { createPostgresStorage } from './storage/postgres';
export type { PostgresStorageOptions } from './storage/postgres';
export { createSqliteStorage } from './storage/sqlite';
export type { SqliteStorageOptions } from './storage/sqlite';
export { parseStorageUrl, redactStorageUrl } from './storage/storage-url';
export type { StorageLocation } from './storage/storage-url';
export { IdempotencyConflictError, StorageError } from './storage/storage-errors';
export type {
  ClaimOutboxInput,
  DossierDraft,
  DossierRecord,
  GatewayStorage,
  JsonValue,
  LookupFailureInput,
  OutboxCounts,
  OutboxFailure,
  OutboxItem,
  OutboxMessage,
  RatingRecord,
  SubmitDossierInput,
  SubmitDossierResult,
  UploadRecord,
} from './storage/types';

// ── uploads ──
export { createBlobStore } from './uploads/blob-store';
export type { BlobStore, StoredBlob } from './uploads/blob-store';
export { copyBlobs } from './uploads/copy-blobs';
export type { BlobCopyProgress, BlobCopyResult, CopyBlobsOptions } from './uploads/copy-blobs';
export { DEFAULT_UPLOAD_TYPES, sniffType } from './uploads/sniff';
export type { SniffedType } from './uploads/sniff';
export { UploadError } from './uploads/upload-error';
export type { UploadProblem } from './uploads/upload-error';
export type { UploadLimits } from './uploads/upload-route';

// ── notifications and supplements ──
export { createStatusWatch } from './notifications/status-watch';
export type { StatusWatch, StatusWatchOptions, WatchTick } from './notifications/status-watch';
export { notificationsConfigSchema, webhookEndpointSchema } from './notifications/notify-config';
export type { NotificationsConfig, WebhookEndpoint } from './notifications/notify-config';
export { eventTypeFor } from './notifications/events';
export type { NotificationEvent, NotificationEventType } from './notifications/events';
export type { WebhookBody } from './notifications/webhook-delivery';
export type { Notifications } from './notifications/notifications';
export { SUPPLEMENT_ANSWER_TOPIC } from './supplements/supplement-routes';
export type { DossierAuthorizer } from './supplements/supplement-routes';
export type {
  NotificationStore,
  PollOutcome,
  StatusChange,
  SupplementAnswer,
  SupplementFile,
  WatchedDossier,
} from './storage/notify-types';
