/**
 * `@dvc-kit/client/public` — the small, browser-first client of the DVC Kit gateway's
 * public REST API v1 (procedures, uploads, dossier submission and status, ratings,
 * digitization). Holds no credentials; safe on any commune page.
 *
 * @packageDocumentation
 */

export { createPublicClient } from './public/create-public-client';
export type {
  DigitizationMetrics,
  DossierReceipt,
  DossierStatusView,
  DossierSubmission,
  ProcedureDetail,
  ProcedureSearchResult,
  PublicAgency,
  PublicClient,
  PublicClientOptions,
  PublicUnit,
  RatingReceipt,
  RatingRequest,
  SubmitOptions,
  SupplementAnswerReceipt,
  SupplementAnswerRequest,
  SupplementRequest,
  UploadOptions,
  UploadReceipt,
} from './public/create-public-client';
export type { UploadProgress } from './public/progress-fetch';
export type { CallOptions, HttpHookInfo, HttpHooks, HttpLogEvent, HttpLogger } from './http/types';
export type { RetryOptions } from './http/retry-policy';

export { PortalClientError } from './errors/portal-client-error';
export type { PortalClientErrorDetails } from './errors/portal-client-error';
export { ProblemError } from './errors/problem-error';
export { isPortalClientError, isProblemError } from './errors/type-guards';
export type { ErrorCode } from './errors/type-guards';
export type { ProblemInfo } from './errors/problem-error';
export { RateLimitError } from './errors/rate-limit-error';
export { ConnectionError } from './errors/connection-error';
export { TimeoutError } from './errors/timeout-error';
export { AbortError } from './errors/abort-error';
export { ResponseValidationError } from './errors/response-validation-error';
export { RequestValidationError } from './errors/request-validation-error';
export type { ValidationIssue } from './errors/validation-issue';
