import {
  PUBLIC_API_PATHS,
  agenciesPath,
  agencyDigitizationPath,
  dossierPath,
  dossierRatingPath,
  dossierSupplementPath,
  procedurePath,
  proceduresPath,
  unitsPath,
} from '@dvc-kit/core';
import type {
  AgencyEntry,
  DigitizationMetrics,
  DossierReceipt,
  DossierStatusView,
  DossierSubmission,
  Language,
  ProcedureDetail,
  ProcedureSearchResult,
  RatingReceipt,
  RatingRequest,
  SupplementAnswerReceipt,
  SupplementAnswerRequest,
  SupplementRequest,
  UnitEntry,
  UploadReceipt,
} from '@dvc-kit/core';
import { createHttpEngine } from '../http/engine';
import { randomId } from '../http/request-id';
import { checkRequest, checkResponse } from '../http/validate';
import type { CallOptions, HttpOptions, HttpRequest } from '../http/types';
import { toProblemError } from './problem';
import { progressFetch, type UploadProgress } from './progress-fetch';
import type { TypedShape } from './shape';
import {
  agencyListShape,
  digitizationMetricsShape,
  dossierReceiptShape,
  dossierStatusViewShape,
  dossierSubmissionShape,
  procedureDetailShape,
  procedureSearchResultShape,
  ratingReceiptShape,
  ratingRequestShape,
  supplementAnswerReceiptShape,
  supplementAnswerRequestShape,
  unitListShape,
  uploadReceiptShape,
} from './shapes';

/** A 2025 province or commune — `GET /v1/units`. */
export type PublicUnit = UnitEntry;
/** A receiving agency — `GET /v1/agencies`. */
export type PublicAgency = AgencyEntry;
export type {
  /** One page of procedure search results — `GET /v1/procedures`. */
  ProcedureSearchResult,
  /** A procedure with its form, fees and time limit — `GET /v1/procedures/{code}`. */
  ProcedureDetail,
  /** What the gateway stored for an upload — `POST /v1/uploads`. */
  UploadReceipt,
  /** A dossier to submit — body of `POST /v1/dossiers`. */
  DossierSubmission,
  /** The receipt of a submission (code, received/due dates). */
  DossierReceipt,
  /** A dossier's status and timeline, personal data masked — `GET /v1/dossiers/{code}`. */
  DossierStatusView,
  /** A satisfaction rating — body of `POST /v1/dossiers/{code}/rating`. */
  RatingRequest,
  /** The receipt of a rating. */
  RatingReceipt,
  /** An answer to a supplement request — body of `POST /v1/dossiers/{code}/supplement`. */
  SupplementAnswerRequest,
  /** The receipt of a supplement answer. */
  SupplementAnswerReceipt,
  /** A supplement request as the status view shows it. */
  SupplementRequest,
  /** An agency's digitization metrics — `GET /v1/agencies/{code}/digitization`. */
  DigitizationMetrics,
};

/** Options of {@link createPublicClient}. */
export interface PublicClientOptions extends HttpOptions {
  /** Base URL of the DVC Kit gateway, e.g. `https://dvc.xa-ea-kar.gov.vn`. */
  endpoint: string;
  /** Language of messages and problems (`Accept-Language`). @default 'vi' */
  language?: Language;
}

/** Per-call options of {@link PublicClient.submitDossier} and {@link PublicClient.rateDossier}. */
export interface SubmitOptions extends CallOptions {
  /**
   * Key that makes the submission safe to repeat: the gateway answers every repeat
   * with the first receipt. Keep it (e.g. in `sessionStorage`) to resubmit after a
   * page reload without creating a second dossier. @default a new random UUID per call
   */
  idempotencyKey?: string;
}

/** Per-call options of {@link PublicClient.upload}. */
export interface UploadOptions extends CallOptions {
  /** File name to send. @default the `File`'s name, else `'file'` */
  name?: string;
  /**
   * Called as the request body goes out, with the bytes sent and the body's size (byte-level,
   * so it moves on slow links too). Reported in browsers, through `XMLHttpRequest`; not when
   * the client was given its own `fetch` or hooks. Starts again from 0 on a retry. @default none
   */
  onProgress?: (progress: UploadProgress) => void;
}

/** The gateway's public REST API v1. Every method validates what it sends and receives. */
export interface PublicClient {
  /** Provinces (no `province`) or a province's communes, optionally filtered by `q`. */
  units(query?: { province?: string; q?: string }, options?: CallOptions): Promise<PublicUnit[]>;
  /** Receiving agencies, optionally of one province. */
  agencies(query?: { province?: string }, options?: CallOptions): Promise<PublicAgency[]>;
  /** Diacritic-insensitive procedure search, one page at a time. */
  searchProcedures(
    query?: { q?: string; agency?: string; page?: number; pageSize?: number },
    options?: CallOptions,
  ): Promise<ProcedureSearchResult>;
  /** A procedure's detail (form definition, fees, time limit, documents). */
  getProcedure(procedureCode: string, options?: CallOptions): Promise<ProcedureDetail>;
  /**
   * Uploads one file (multipart; timeout 120 s per attempt). Retried like any safe call:
   * a dossier names the upload it uses, so a repeat at worst leaves an unused file.
   * `onProgress` reports the bytes sent (in browsers).
   */
  upload(file: Blob, options?: UploadOptions): Promise<UploadReceipt>;
  /** Submits a dossier; retried safely under one `Idempotency-Key`. */
  submitDossier(submission: DossierSubmission, options?: SubmitOptions): Promise<DossierReceipt>;
  /** A dossier's status; `verify` = last 4 digits of the applicant's phone or ID number. */
  getDossierStatus(code: string, verify: string, options?: CallOptions): Promise<DossierStatusView>;
  /** Rates a finished dossier; retried safely under one `Idempotency-Key`. */
  rateDossier(code: string, rating: RatingRequest, options?: SubmitOptions): Promise<RatingReceipt>;
  /**
   * Answers the dossier's open supplement request (uploads + note); `verify` in the body is the
   * four-digit check. Retried safely: the same answer returns the same receipt.
   */
  answerSupplement(
    code: string,
    answer: SupplementAnswerRequest,
    options?: SubmitOptions,
  ): Promise<SupplementAnswerReceipt>;
  /** An agency's digitization metrics, rank and history. */
  getDigitization(agencyCode: string, options?: CallOptions): Promise<DigitizationMetrics>;
}

/**
 * Creates the browser-first client of the DVC Kit gateway's public API. It holds no
 * credentials. Sends no custom header on GETs, so reads need no CORS preflight.
 *
 * @example
 * ```ts
 * import { createPublicClient } from '@dvc-kit/client/public';
 * const dvc = createPublicClient({ endpoint: 'https://dvc.xa-ea-kar.gov.vn' });
 * const { items } = await dvc.searchProcedures({ q: 'khai sinh' });
 * const status = await dvc.getDossierStatus('000.00.12.H56-250101-0001', '5678');
 * ```
 */
export function createPublicClient(options: PublicClientOptions): PublicClient {
  const http = createHttpEngine({
    ...options,
    baseUrl: options.endpoint,
    requestIdHeader: false,
    headers: { 'accept-language': options.language ?? 'vi', ...options.headers },
  });
  const call = async <T>(shape: TypedShape<T>, request: HttpRequest): Promise<T> => {
    const result = await http.send(request);
    const details = { requestId: result.requestId, attempts: result.attempts, status: result.status };
    if (result.status >= 300) throw toProblemError(result.status, result.data, details);
    return checkResponse(shape, result.data, details);
  };
  const withKey = (opts: SubmitOptions) => {
    const { idempotencyKey = randomId(), ...rest } = opts;
    return { ...rest, headers: { 'idempotency-key': idempotencyKey }, safe: true, method: 'POST' as const };
  };

  return {
    units: async (query = {}, opts) =>
      (await call(unitListShape, { ...opts, method: 'GET', path: unitsPath(query) })).items,
    agencies: async (query = {}, opts) =>
      (await call(agencyListShape, { ...opts, method: 'GET', path: agenciesPath(query) })).items,
    searchProcedures: (query = {}, opts) =>
      call(procedureSearchResultShape, { ...opts, method: 'GET', path: proceduresPath(query) }),
    getProcedure: (code, opts) => call(procedureDetailShape, { ...opts, method: 'GET', path: procedurePath(code) }),
    upload: (file, opts = {}) => {
      const { onProgress, name, ...rest } = opts;
      const form = new FormData();
      form.append('file', file, name ?? (file as File).name ?? 'file');
      const progress =
        onProgress && !options.fetch && !options.hooks && typeof XMLHttpRequest === 'function'
          ? { fetch: progressFetch(onProgress) }
          : {};
      // Safe to repeat: a dossier names the upload it uses, so a repeat at worst leaves an unused file.
      return call(uploadReceiptShape, {
        timeout: 120_000,
        ...rest,
        ...progress,
        method: 'POST',
        path: PUBLIC_API_PATHS.uploads,
        body: form,
        safe: true,
      });
    },
    submitDossier: async (submission, opts = {}) => {
      const json = checkRequest(dossierSubmissionShape, submission);
      return call(dossierReceiptShape, { ...withKey(opts), path: PUBLIC_API_PATHS.dossiers, json });
    },
    getDossierStatus: (code, verify, opts) =>
      call(dossierStatusViewShape, { ...opts, method: 'GET', path: dossierPath(code, verify) }),
    rateDossier: async (code, rating, opts = {}) => {
      const json = checkRequest(ratingRequestShape, rating);
      return call(ratingReceiptShape, { ...withKey(opts), path: dossierRatingPath(code), json });
    },
    answerSupplement: async (code, answer, opts = {}) => {
      const json = checkRequest(supplementAnswerRequestShape, answer);
      return call(supplementAnswerReceiptShape, { ...withKey(opts), path: dossierSupplementPath(code), json });
    },
    getDigitization: (agencyCode, opts) =>
      call(digitizationMetricsShape, { ...opts, method: 'GET', path: agencyDigitizationPath(agencyCode) }),
  };
}
