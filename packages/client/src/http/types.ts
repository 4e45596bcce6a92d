import type { RetryOptions } from './retry-policy';

/** HTTP methods the clients use. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/**
 * One event for the `logger` option. Secrets and citizens' personal data never
 * appear: bodies are never logged, URLs and messages are redacted.
 */
export interface HttpLogEvent {
  /** `request` before each attempt, `response` after it, `retry` before waiting, `error` when the call fails. */
  type: 'request' | 'response' | 'retry' | 'error';
  /** Id of the logical request, the same over every attempt. */
  requestId: string;
  /** HTTP method. */
  method: HttpMethod;
  /** Full URL with sensitive query parameters masked. */
  url: string;
  /** Attempt number, starting at 1. */
  attempt: number;
  /** Portal service, for portal calls. */
  service?: string;
  /** HTTP status, when a response arrived. */
  status?: number;
  /** Time the attempt (or, for `error`, the whole call) took. */
  durationMs?: number;
  /** Wait before the next attempt (`retry` events). */
  delayMs?: number;
  /** Stable code of the error (`retry` and `error` events). */
  errorCode?: string;
  /** Redacted English description. */
  message?: string;
}

/** Receives {@link HttpLogEvent}s. Exceptions it throws are ignored. */
export type HttpLogger = (event: HttpLogEvent) => void;

/** What hooks learn about the call they run in. */
export interface HttpHookInfo {
  /** Id of the logical request. */
  requestId: string;
  /** Attempt number, starting at 1. */
  attempt: number;
  /** Portal service, for portal calls. */
  service?: string;
}

/**
 * Hooks around every attempt. They see the raw `Request`/`Response` — including
 * any session or personal data in them — so do not log those unredacted.
 *
 * @example
 * ```ts
 * hooks: { beforeRequest: [(req) => req.headers.set('dstcode', 'H56')] }
 * ```
 */
export interface HttpHooks {
  /** Run before each attempt is sent; may change the request's headers. @default [] */
  beforeRequest?: ((request: Request, info: HttpHookInfo) => void | Promise<void>)[];
  /** Run when each attempt's response headers arrive. @default [] */
  afterResponse?: ((response: Response, info: HttpHookInfo & { request: Request }) => void | Promise<void>)[];
}

/** Transport options both clients share. */
export interface HttpOptions {
  /** `fetch` to use (tests, proxies, instrumentation). @default globalThis.fetch */
  fetch?: typeof fetch;
  /** Retry policy; a number is the retry limit, `false` disables retries. @default { limit: 2 } */
  retry?: RetryOptions | number | false;
  /** Time allowed for one attempt (response and body), in ms. @default 15000 */
  timeout?: number;
  /** Time allowed for a whole call including retries and waits, in ms. @default 60000 */
  totalTimeout?: number;
  /** Cancels every call of this client. */
  signal?: AbortSignal;
  /** Receives redacted events. @default no logging */
  logger?: HttpLogger;
  /** Hooks around each attempt. */
  hooks?: HttpHooks;
  /** Headers added to every request. @default {} */
  headers?: Record<string, string>;
}

/** Per-call options every client method accepts. */
export interface CallOptions {
  /** Cancels this call. */
  signal?: AbortSignal;
  /** Overrides the client's per-attempt timeout. */
  timeout?: number;
  /** Overrides the client's total timeout. */
  totalTimeout?: number;
  /** Overrides the client's retry policy. */
  retry?: RetryOptions | number | false;
}

/** One logical HTTP call (retried as a whole). */
export interface HttpRequest extends CallOptions {
  method: HttpMethod;
  /** Path (and query) relative to the engine's base URL (a leading `/` is ignored, so `/v1/units` stays under a base path), or an absolute `http(s)://` URL. */
  path: string;
  searchParams?: Record<string, string | number | boolean | undefined>;
  /** JSON body. */
  json?: unknown;
  /** Replayable raw body (a stream could not be retried). */
  body?: FormData | Blob | Uint8Array<ArrayBuffer> | string;
  headers?: Record<string, string>;
  /** Whether sending it twice is harmless. @default true except for POST */
  safe?: boolean;
  /** Portal service, for errors and logs. */
  service?: string;
  /** `fetch` for this call only (e.g. one that reports upload progress). @default the engine's */
  fetch?: typeof fetch;
  /** Read the body as bytes: `data` is a `Uint8Array` unless the answer says it is JSON (e.g. a PDF receipt). @default false */
  binary?: boolean;
}

/** The answer to an {@link HttpRequest}. */
export interface HttpResult {
  status: number;
  headers: Headers;
  /** Parsed JSON when the response is JSON, else the text (bytes with `binary`), `undefined` when empty. */
  data: unknown;
  /** The server's request id when it sent one, else the client's. */
  requestId: string;
  /** Attempts made. */
  attempts: number;
}
