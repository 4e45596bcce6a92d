import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { gatewayError } from '../errors/gateway-error';
import { UploadError } from '../uploads/upload-error';
import { drainBody } from './drain-body';
import type { GatewayEnv } from './env';
import { httpMessages } from './messages';

/** JSON/multipart overhead allowed on top of the largest file. */
const MULTIPART_OVERHEAD = 64 * 1024;

/**
 * Oversize bodies up to this many times the upload limit, or up to DRAIN_MAX (a phone photo or
 * scan a few times too big), are read and dropped before the 413, so the sender sees it.
 */
const DRAIN_FACTOR = 4;
const DRAIN_MAX = 16 * 1024 * 1024;

/** The body limits a route puts in front of its handler (`app.post(path, limits.json, handler)`). */
export interface BodyLimits {
  /** A JSON (or form) body of at most `maxJsonBytes`; larger → 413 `request.too-large`. */
  json: MiddlewareHandler<GatewayEnv>;
  /**
   * `POST /v1/uploads`: a declared `Content-Length` above the file limit (plus multipart
   * overhead) → 413 `upload.too-large`; the streaming receiver caps the rest.
   */
  upload: MiddlewareHandler<GatewayEnv>;
}

/**
 * Builds the gateway's body limits from its `limits` config. Each route that takes a body
 * names the one it needs, so a route without a body costs nothing.
 *
 * @example
 * ```ts
 * const limits = createBodyLimits(config.limits);
 * routes.post('/v1/dossiers', limits.json, submit);
 * ```
 */
export function createBodyLimits(limits: { maxJsonBytes: number; maxUploadBytes: number }): BodyLimits {
  const jsonMax = limits.maxJsonBytes;
  const json = bodyLimit({
    maxSize: jsonMax,
    onError: () => {
      throw gatewayError(httpMessages, 'request.too-large', { status: 413, params: { max: jsonMax } });
    },
  });
  const uploadMax = limits.maxUploadBytes;
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
