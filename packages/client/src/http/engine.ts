import { attempt } from './attempt';
import { classifyFailure, classifyResponse } from './classify';
import type { ClassifyContext } from './classify';
import { randomId } from './request-id';
import { retryPolicy } from './retry-policy';
import { eitherSignal } from './sleep';
import type { HttpOptions, HttpRequest, HttpResult } from './types';
import { callLog } from './with-logging';
import { withRetry } from './with-retry';

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

const ABSOLUTE = /^https?:\/\//i;

/**
 * Creates the shared HTTP engine, built in layers (as Octokit's request and its retry plugin):
 * `attempt` (one ky request, ky's own retry and timeout switched off) → `classify` (typed
 * `PortalClientError`s) → `withRetry` and `callLog` around them. The exactly-once rules of the
 * portal client (reliable writes, idempotency, batch progress) sit above this engine.
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
export function createHttpEngine(options: HttpEngineOptions): HttpEngine {
  // Relative endpoints (`/dvc`) resolve against the page, so a site can proxy the gateway.
  const location = (globalThis as { location?: { href: string } }).location;
  const prefixUrl = new URL(options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`, location?.href)
    .href;
  const fetchImpl: typeof fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const requestIdHeader = options.requestIdHeader ?? 'X-Request-Id';

  async function send(req: HttpRequest): Promise<HttpResult> {
    const safe = req.safe ?? req.method !== 'POST';
    const attemptTimeout = req.timeout ?? options.timeout ?? 15_000;
    const signal = eitherSignal(options.signal, req.signal);
    let requestId = randomId();
    // An absolute URL (an LGSP endpoint configured apart from the portal) is used as it is.
    const url = ABSOLUTE.test(req.path)
      ? `${req.path}${queryOf(req)}`
      : `${prefixUrl}${req.path.charCodeAt(0) === 47 ? req.path.slice(1) : req.path}${queryOf(req)}`;
    const service = req.service ? { service: req.service } : {};
    const log = callLog(options.logger, { requestId, method: req.method, url, service: req.service });
    const details = (attempts: number, extra: { status?: number; cause?: unknown } = {}) => ({
      requestId,
      attempts,
      ...service,
      ...extra,
    });
    const policy = retryPolicy(req.retry ?? options.retry);

    const { answer, attempts } = await withRetry({
      policy,
      attemptTimeout,
      deadline: Date.now() + (req.totalTimeout ?? options.totalTimeout ?? 60_000),
      signal,
      log,
      requestId: () => requestId,
      details,
      async run(n, timeoutMs, cutByTotal) {
        const ctx: ClassifyContext = { safe, policy, cutByTotal, signal, details: (extra) => details(n, extra) };
        const startedAt = Date.now();
        log.request(n);
        const outcome = await attempt({
          url,
          method: req.method,
          headers: headersOf(req, options.headers, requestIdHeader, requestId),
          json: req.json,
          body: req.body,
          binary: req.binary === true,
          fetch: req.fetch ?? fetchImpl,
          signal,
          timeoutMs,
          hooks: options.hooks,
          info: { requestId, attempt: n, ...service },
        });
        if (!outcome.ok) return classifyFailure(outcome, ctx);
        requestId = outcome.response.headers.get('x-request-id') ?? requestId;
        log.response(n, outcome.response.status, requestId, startedAt);
        return classifyResponse(outcome, n, ctx);
      },
    });
    return { status: answer.status, headers: answer.headers, data: answer.data, requestId, attempts };
  }

  return { send };
}

/** Headers of one attempt: accept, the client's, the call's, the request id and the JSON type. */
function headersOf(
  req: HttpRequest,
  common: Record<string, string> | undefined,
  requestIdHeader: string | false,
  requestId: string,
): Record<string, string> {
  const headers: Record<string, string> = {
    accept: 'application/json, application/problem+json',
    ...common,
    ...req.headers,
  };
  if (requestIdHeader) headers[requestIdHeader] = requestId;
  if (req.json !== undefined) headers['content-type'] = 'application/json';
  return headers;
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
