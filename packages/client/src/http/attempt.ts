import kyModule from 'ky';
import type { Options as KyOptions } from 'ky';
import type { HttpHookInfo, HttpHooks, HttpMethod, HttpRequest } from './types';

/** One attempt of a call: one ky request, nothing retried. */
export interface AttemptInput {
  /** Absolute URL, query included. */
  url: string;
  method: HttpMethod;
  /** Final headers of this attempt (request id included). */
  headers: Record<string, string>;
  /** JSON body (`content-type` is already in `headers`). */
  json?: unknown;
  /** Raw body. */
  body?: HttpRequest['body'];
  /** Read the body as bytes (text only when the answer says it is JSON). */
  binary: boolean;
  fetch: typeof fetch;
  /** The caller's cancellation (client and call signals). */
  signal: AbortSignal | undefined;
  /** Time this attempt may take, response and body, in ms. */
  timeoutMs: number;
  hooks: HttpHooks | undefined;
  info: HttpHookInfo;
}

/** What one attempt produced: a response with its body read, or what was thrown on the way. */
export type AttemptOutcome =
  | { ok: true; response: Response; text: string; bytes: Uint8Array | undefined }
  | {
      ok: false;
      /** What fetch, a hook or the body read threw. */
      failure: unknown;
      /** Whether response headers had arrived (the body read failed). */
      responded: boolean;
      /** Whether the attempt's own timer ran out. */
      timedOut: boolean;
    };

const TIMED_OUT = Symbol('timeout');

/**
 * ky is ESM only. The CommonJS build gets it through Node's `require(esm)` (Node ≥ 20.19), and
 * the bundler's interop hands over the module namespace as the default: take its `default`.
 */
const ky = (kyModule as typeof kyModule & { default?: typeof kyModule }).default ?? kyModule;

/**
 * ky with everything ky would decide switched off: no retry (the retry layer decides, with the
 * exactly-once rules above it), no timeout (ours covers the body too), no throwing on non-2xx
 * (classification maps statuses). ky builds the `Request`, runs the hooks and calls `fetch`.
 */
const client = ky.create({ retry: 0, timeout: false, throwHttpErrors: false });

/** Our hooks as ky hooks: ky passes (request, options, …), ours take (request, info). */
function kyHooks(hooks: HttpHooks | undefined, info: HttpHookInfo): KyOptions['hooks'] {
  const before = hooks?.beforeRequest ?? [];
  const after = hooks?.afterResponse ?? [];
  if (before.length + after.length === 0) return undefined;
  return {
    beforeRequest: before.map((hook) => async (request: Request) => {
      await hook(request, info);
    }),
    afterResponse: after.map((hook) => async (request: Request, _options: unknown, response: Response) => {
      await hook(response, { ...info, request });
    }),
  };
}

/**
 * The `fetch` ky calls: the body goes out as given (a string, `FormData`, bytes), not re-read
 * from ky's `Request`. `fetch(request)` wraps a body in streams again (a `clone()` tees it
 * too), which cost about 0.3 ms of CPU per call in `scripts/bench.mjs`. With hooks the headers
 * come from ky's `Request`, so what a hook set is sent; without, they are ours unchanged.
 */
function sendBody(input: AttemptInput, body: HttpRequest['body'], signal: AbortSignal, hooked: boolean): typeof fetch {
  return (request, init) => {
    const sent = request as Request;
    const sendInit: RequestInit = { ...init, method: input.method, signal };
    if (hooked) {
      const headers = new Headers(sent.headers);
      // fetch writes the multipart boundary of the body it sends; the Request's header names another.
      if (body instanceof FormData) headers.delete('content-type');
      sendInit.headers = headers;
    } else {
      sendInit.headers = input.headers;
    }
    if (body !== undefined) sendInit.body = body;
    return input.fetch(hooked ? sent.url : input.url, sendInit);
  };
}

/**
 * Sends one attempt through ky and reads its body, within `timeoutMs`. Never throws: every
 * failure comes back in the outcome for `classify` to name.
 */
export async function attempt(input: AttemptInput): Promise<AttemptOutcome> {
  const timer = new AbortController();
  const timeoutId = setTimeout(() => timer.abort(TIMED_OUT), input.timeoutMs);
  const signal = input.signal ? AbortSignal.any([input.signal, timer.signal]) : timer.signal;
  let response: Response | undefined;
  try {
    const hooks = kyHooks(input.hooks, input.info);
    const body = input.json !== undefined ? JSON.stringify(input.json) : input.body;
    // The signal goes to `fetch` (in sendBody), not to ky: ky would join it with its own
    // controller (AbortSignal.any) and give it to its Request and that Request's clone — about
    // 0.1 ms of CPU per call in scripts/bench.mjs, for an abort that only `fetch` acts on.
    const options: KyOptions = {
      method: input.method,
      headers: input.headers,
      fetch: sendBody(input, body, signal, hooks !== undefined),
    };
    // Hooks see (and may change) a Request with its body; without hooks ky's Request carries no body.
    if (hooks) {
      options.hooks = hooks;
      if (body !== undefined) options.body = body;
    }
    response = await client(input.url, options);
    if (input.binary) {
      const bytes = new Uint8Array(await response.arrayBuffer());
      const json = /json/i.test(response.headers.get('content-type') ?? '');
      return { ok: true, response, text: json ? new TextDecoder().decode(bytes) : '', bytes };
    }
    return { ok: true, response, text: await response.text(), bytes: undefined };
  } catch (failure) {
    return { ok: false, failure, responded: response !== undefined, timedOut: timer.signal.aborted };
  } finally {
    clearTimeout(timeoutId);
  }
}
