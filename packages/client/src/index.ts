/**
 * `@dvc-kit/client` — typed client of the integration API of Vietnam's National Public
 * Service Portal (Cổng Dịch vụ công Quốc gia): sessions, every service, retries,
 * exactly-once dossier sync, iteration, typed errors, hooks. For the gateway's public
 * API in browsers, import `@dvc-kit/client/public`.
 *
 * @packageDocumentation
 */

// ── portal integration client ──
export { createPortalClient } from './portal/create-portal-client';
export type { PortalClient, PortalClientOptions } from './portal/create-portal-client';
export type { CappedIterable, ProcedureFilter } from './portal/procedures';
export type { StatusUpdate } from './portal/sync-status';
export type { SessionSource } from './portal/portal-transport';
export type { LgspOptions } from './portal/lgsp';
export { classifyAnswer, isZeroCode } from './portal/answer-outcome';
export type { AnswerOutcome, ClassifiedAnswer } from './portal/answer-outcome';
export { HANDLER_MAX_LENGTH, PROGRESS_BATCH_SIZE } from './portal/sync-progress';
export type { DossierSyncResult } from './portal/sync-dossier';
export { OWNERSHIP_FIELDS, differingFields, judgeExisting } from './portal/exists-policy';
export type { ExistingDossier, ExistsPolicy, SyncDossierOptions } from './portal/exists-policy';
export { DossierCodeTakenError, isDossierCodeTaken } from './errors/dossier-code-taken-error';
export type { LookedUpDossier } from './portal/lookup-dossier';
export type { ProgressSyncResult } from './portal/sync-progress';
export type { BulkSyncItem, BulkSyncOptions, BulkSyncProgress, BulkSyncReport } from './portal/bulk-sync';
export type { ReliableWriteOptions } from './portal/reliable-write';
export type { DigitizedFile, DigitizedResults, StoreSettings } from './portal/store-services';
export type { OwnEndpointSettings } from './portal/own-endpoint';
export type { PaymentInitRequest, PaymentSession, PaymentSettings } from './portal/payment-services';
export type { PaymentBill, PaymentQueryRequest, PaymentState, PaymentStatus } from './portal/payment-query';

// ── errors ──
export { PortalClientError } from './errors/portal-client-error';
export type { PortalClientErrorDetails } from './errors/portal-client-error';
export { PortalError, isAlreadyExists } from './errors/portal-error';
export { StoreError } from './errors/store-error';
export { PaymentPlatformError } from './errors/payment-platform-error';
export { AuthError } from './errors/auth-error';
export { RateLimitError } from './errors/rate-limit-error';
export { ConnectionError } from './errors/connection-error';
export { TimeoutError } from './errors/timeout-error';
export { AbortError } from './errors/abort-error';
export { ResponseValidationError } from './errors/response-validation-error';
export { RequestValidationError } from './errors/request-validation-error';
export { ProblemError } from './errors/problem-error';
export { isPortalClientError, isProblemError } from './errors/type-guards';
export type { ErrorCode } from './errors/type-guards';
export type { ProblemInfo } from './errors/problem-error';
export type { ValidationIssue } from './errors/validation-issue';
export { clientMessages } from './errors/messages';
export type { ClientErrorCode } from './errors/messages';

// ── HTTP core (shared by both clients) ──
export { REDACTED, redact, redactText, redactUrl, isSensitiveKey } from './http/redact';
export { DEFAULT_RETRY } from './http/retry-policy';
export type { RetryOptions } from './http/retry-policy';
export type { CallOptions, HttpHookInfo, HttpHooks, HttpLogEvent, HttpLogger, HttpOptions } from './http/types';
