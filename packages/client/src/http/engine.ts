import { AbortError } from '../errors/abort-error';
import { ConnectionError } from '../errors/connection-error';
import { PortalClientError } from '../errors/portal-client-error';
import { RateLimitError } from '../errors/rate-limit-error';
import { ResponseValidationError } from '../errors/response-validation-error';
import { TimeoutError } from '../errors/timeout-error';
import { redactText, redactUrl } from './redact';
import { randomId } from './request-id';
import { backoffDelay, isRetryableStatus, neverDelivered, parseRetryAfter, retryPolicy } from './retry-policy';
import { eitherSignal, sleep } from './sleep';
import type { HttpLogEvent, HttpOptions, HttpRequest, HttpResult } from './types';

/** Options of {@link createHttpEngine}. */
export interface HttpEngineOptions extends HttpOptions {
  /** Base URL every request path is resolved against. */
  baseUrl: string;
  /** Header carrying the request id, or `false` to send none (avoids a CORS preflight). @default 'X-Request-Id' */
  requestIdHeader?: string | false;
}

/** The one HTTP engine under both clients. */
export interface HttpEngine {
  /** Sends `request`, retrying as the policy allows; throws a `PortalClientError` subclass on failure. */
  send(request: HttpRequest): Promise<HttpResult>;
}

const TIMED_OUT = Symbol('timeout');

/**
 * Creates the shared HTTP engine (one `fetch` per attempt). It owns
 * retries, per-attempt and total timeouts, cancellation, request ids, redacted
 * logging and hooks; the portal and public clients only shape requests and answers.
 *
 * Non-2xx answers that are not retried come back as results for the caller to map,
 * except 429 (and over-long `Retry-After`s), which throw `RateLimitError`.
 *
 * @example
 * ```ts
 * const http = createHttpEngine({ baseUrl: 'https://gw.example.vn', timeout: 10_000 });
 * const { data } = await http.send({ method: 'GET', path: 'v1/units' });
 * ```
 */
const ABSOLUTE = /^https?:\/\//i;

export function createHttpEngine(options: HttpEngineOptions): HttpEngine {
  // Relative endpoints (`/dvc`) resolve against the page, so a site can proxy the gateway.
  const location = (globalThis as { location?: { href: string } }).location;
  const prefixUrl = new URL(options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`, location?.href)
    .href;
  const fetchImpl: typeof fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const hooked = (options.hooks?.beforeRequest?.length ?? 0) + (options.hooks?.afterResponse?.length ?? 0) > 0;
  const requestIdHeader = options.requestIdHeader ?? 'X-Request-Id';
  const log = (event: HttpLogEvent) => {
    if (!options.logger) return;
    try {
      options.logger?.(event);
    } catch {
      // A broken logger must never break a request.
    }
  };

  async function send(req: HttpRequest): Promise<HttpResult> {
    const policy = retryPolicy(req.retry ?? options.retry);
    const fetchCall = req.fetch ?? fetchImpl;
    const safe = req.safe ?? req.method !== 'POST';
    const attemptTimeout = req.timeout ?? options.timeout ?? 15_000;
    const started = Date.now();
    const deadline = started + (req.totalTimeout ?? options.totalTimeout ?? 60_000);
    const userSignal = eitherSignal(options.signal, req.signal);
    let requestId = randomId();
    // An absolute URL (an LGSP endpoint configured apart from the portal) is used as it is.
    const target = ABSOLUTE.test(req.path)
      ? `${req.path}${queryOf(req)}`
      : `${prefixUrl}${req.path.charCodeAt(0) === 47 ? req.path.slice(1) : req.path}${queryOf(req)}`;
    // Only logs read it: built only when there is a logger.
    const base = options.logger
      ? { requestId, method: req.method, url: redactUrl(target), ...(req.service ? { service: req.service } : {}) }
      : undefined;
    const details = (attempts: number, extra: { status?: number; cause?: unknown } = {}) => ({
      requestId,
      attempts,
      ...(req.service ? { service: req.service } : {}),
      ...extra,
    });
    const fail = (error: PortalClientError, attempt: number): never => {
      if (options.logger) {
        log({
          ...base!,
          requestId,
          type: 'error',
          attempt,
          durationMs: Date.now() - started,
          errorCode: error.code,
          message: redactText(error.message),
        });
      }
      throw error;
    };
    const wait = async (ms: number, attempt: number, error: PortalClientError) => {
      if (Date.now() + ms >= deadline) {
        fail(
          error instanceof RateLimitError ? error : new TimeoutError('total', details(attempt, { cause: error })),
          attempt,
        );
      }
      if (options.logger)
        log({
          ...base!,
          type: 'retry',
          attempt,
          delayMs: ms,
          errorCode: error.code,
          message: redactText(error.message),
        });
      try {
        await sleep(ms, userSignal);
      } catch (reason) {
        fail(new AbortError(details(attempt, { cause: reason })), attempt);
      }
    };

    for (let attempt = 1; ; attempt++) {
      if (userSignal?.aborted) fail(new AbortError(details(attempt - 1, { cause: userSignal.reason })), attempt - 1);
      const remaining = deadline - Date.now();
      if (remaining <= 0) fail(new TimeoutError('total', details(attempt - 1)), attempt - 1);
      const attemptMs = Math.min(attemptTimeout, remaining);
      const timer = new AbortController();
      const timeoutId = setTimeout(() => timer.abort(TIMED_OUT), attemptMs);
      const signal = userSignal ? AbortSignal.any([userSignal, timer.signal]) : timer.signal;
      const attemptStarted = options.logger ? Date.now() : 0;
      if (options.logger) log({ ...base!, type: 'request', attempt });

      let response: Response | undefined;
      let text = '';
      let bytes: Uint8Array | undefined;
      let failure: unknown;
      try {
        // A plain record: fetch validates it once; a Headers object costs a second pass.
        const headers: Record<string, string> = {
          accept: 'application/json, application/problem+json',
          ...options.headers,
          ...req.headers,
        };
        if (requestIdHeader) headers[requestIdHeader] = requestId;
        if (req.json !== undefined) headers['content-type'] = 'application/json';
        const body = req.json !== undefined ? JSON.stringify(req.json) : req.body;
        // A fresh init per attempt: a body can be read only once.
        const init: RequestInit = { method: req.method, headers, signal };
        if (body !== undefined) init.body = body;
        if (hooked) {
          // Hooks see (and may change) a real Request; without hooks the Request wrapper is skipped,
          // since fetch(Request) re-wraps its body in streams (~0.4 ms CPU per call).
          const info = { requestId, attempt, ...(req.service ? { service: req.service } : {}) };
          const request = new Request(target, init);
          for (const hook of options.hooks?.beforeRequest ?? []) await hook(request, info);
          response = await fetchCall(request);
          for (const hook of options.hooks?.afterResponse ?? []) await hook(response, { ...info, request });
        } else {
          response = await fetchCall(target, init);
        }
        if (req.binary) {
          bytes = new Uint8Array(await response.arrayBuffer());
          text = /json/i.test(response.headers.get('content-type') ?? '') ? new TextDecoder().decode(bytes) : '';
        } else {
          text = await response.text();
        }
      } catch (error) {
        failure = error;
      } finally {
        clearTimeout(timeoutId);
      }

      if (failure !== undefined || response === undefined) {
        if (userSignal?.aborted) fail(new AbortError(details(attempt, { cause: userSignal.reason })), attempt);
        if (failure instanceof PortalClientError) fail(failure, attempt);
        let error: PortalClientError;
        let retryable: boolean;
        if (timer.signal.aborted) {
          const kind = attemptMs < attemptTimeout ? 'total' : 'attempt';
          error = new TimeoutError(kind, { ...details(attempt), maybeDelivered: !safe });
          retryable = safe && kind === 'attempt';
        } else if (failure instanceof TypeError || (failure instanceof Error && failure.name === 'AbortError')) {
          const delivered = response !== undefined || !neverDelivered(failure);
          error = new ConnectionError({ ...details(attempt, { cause: failure }), maybeDelivered: !safe && delivered });
          retryable = safe || !delivered;
        } else {
          throw failure; // thrown by a user hook: not ours to wrap
        }
        if (!retryable || attempt > policy.limit) fail(error, attempt);
        await wait(backoffDelay(policy, attempt), attempt, error);
        continue;
      }

      const status = response.status;
      requestId = response.headers.get('x-request-id') ?? requestId;
      if (options.logger)
        log({ ...base!, requestId, type: 'response', attempt, status, durationMs: Date.now() - attemptStarted });
      // Retry-After matters only to statuses that may be retried or rate-limit: a 200 skips the lookup.
      const retryAfter =
        status === 429 || status === 503 || policy.statusCodes.includes(status)
          ? parseRetryAfter(response.headers.get('retry-after'))
          : undefined;
      if (status === 429 || (retryAfter !== undefined && status === 503)) {
        const limited = new RateLimitError(retryAfter, details(attempt, { status }));
        if (retryAfter !== undefined && retryAfter > policy.maxRetryAfterMs) fail(limited, attempt);
        if (status === 429 && (attempt > policy.limit || !policy.statusCodes.includes(429))) fail(limited, attempt);
      }
      if (attempt <= policy.limit && isRetryableStatus(policy, status, safe, retryAfter !== undefined)) {
        const error =
          status === 429
            ? new RateLimitError(retryAfter, details(attempt, { status }))
            : new ConnectionError({ ...details(attempt, { status }), maybeDelivered: !safe });
        await wait(retryAfter ?? backoffDelay(policy, attempt), attempt, error);
        continue;
      }
      const data =
        bytes !== undefined && text === ''
          ? bytes.length === 0
            ? undefined
            : bytes
          : parseBody(response, text, () => details(attempt, { status }));
      return { status, headers: response.headers, data, requestId, attempts: attempt };
    }
  }

  return { send };
}

/** `?a=1&b=2` from `req.searchParams` (undefined values left out; `&` when the path has a query), or `''`. */
function queryOf(req: HttpRequest): string {
  if (req.searchParams === undefined) return '';
  const searchParams: Record<string, string> = {};
  for (const [key, value] of Object.entries(req.searchParams)) {
    if (value !== undefined) searchParams[key] = String(value);
  }
  const query = new URLSearchParams(searchParams).toString();
  return query ? `${req.path.includes('?') ? '&' : '?'}${query}` : '';
}

/** The body as JSON when it says it is JSON, else as text; `undefined` when empty. */
function parseBody(
  response: Response,
  text: string,
  details: () => ConstructorParameters<typeof ResponseValidationError>[1],
): unknown {
  if (text === '') return undefined;
  if (!/json/i.test(response.headers.get('content-type') ?? '')) return text;
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new ResponseValidationError(
      [
        {
          path: '',
          code: 'invalid-json',
          messages: { vi: 'Phản hồi không phải JSON hợp lệ.', en: 'The response is not valid JSON.' },
        },
      ],
      { ...details(), cause },
    );
  }
}
