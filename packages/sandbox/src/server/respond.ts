import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PortalReply } from './portal-routes';

const JSON_TYPE = 'application/json; charset=utf-8';
/** Bodies above this size are refused with 413 before being read in full. */
export const MAX_BODY_BYTES = 16 * 1024 * 1024;

/** A JSON answer (the admin API, on Hono). */
export function json(body: unknown, status = 200, headers?: Record<string, string>): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': JSON_TYPE, ...headers } });
}

/**
 * A request's JSON body when it is an object, else `undefined` (not JSON, an array, a scalar).
 *
 * @param options.empty `'object'`: an empty body reads as `{}` (the admin API, whose fields are
 *   all optional). @default an empty body is no object (the Kho and PayGov need a body)
 * @example const body = await readJsonObject(c.req.raw, { empty: 'object' });
 */
export async function readJsonObject(
  request: Request,
  options: { empty?: 'object' } = {},
): Promise<Record<string, unknown> | undefined> {
  try {
    const parsed: unknown = JSON.parse((await request.text()) || (options.empty === 'object' ? '{}' : 'null'));
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Reads a request body as UTF-8 text; `undefined` when it exceeds {@link MAX_BODY_BYTES}. */
export function readText(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () =>
      resolve(
        size > MAX_BODY_BYTES
          ? undefined
          : chunks.length === 1
            ? (chunks[0] as Buffer).toString('utf8')
            : Buffer.concat(chunks).toString('utf8'),
      ),
    );
    req.on('error', reject);
  });
}

/** Writes a portal reply on a Node response (or destroys the socket for a dropped one). */
export function sendReply(req: IncomingMessage, res: ServerResponse, reply: PortalReply): void {
  if ('drop' in reply) {
    req.socket.destroy();
    return;
  }
  const length = typeof reply.text === 'string' ? Buffer.byteLength(reply.text) : reply.text.length;
  res.writeHead(reply.status, { 'content-type': JSON_TYPE, 'content-length': length, ...reply.headers });
  res.end(reply.text);
}

/** Waits `ms` milliseconds. */
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
