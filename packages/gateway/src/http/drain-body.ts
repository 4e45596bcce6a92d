import { Readable } from 'node:stream';
import type { Context } from 'hono';

/**
 * A request's body as a Node stream: the server's own `IncomingMessage` when the gateway runs on
 * `@hono/node-server` and nothing has read the body yet, else the web body (in-process `app.request`).
 * Going around the web `ReadableStream` matters under load: Node 20's `Readable.toWeb`, which
 * the server library wraps the body in, takes data without backpressure, so a slow consumer
 * (disk, hashing) let every parallel upload pile up in memory.
 */
export function nodeRequestBody(c: Context): Readable | undefined {
  const incoming = (c.env as { incoming?: unknown } | undefined)?.incoming;
  if (incoming instanceof Readable && !c.req.raw.bodyUsed && incoming.readableFlowing === null) return incoming;
  const body = c.req.raw.body;
  return body === null ? undefined : Readable.fromWeb(body as import('node:stream/web').ReadableStream<Uint8Array>);
}

/**
 * Reads a request body and drops it, up to `maxBytes` (nothing is kept in memory). A client
 * still sending reads an answer only once its body is taken — many (Node's fetch, Python's
 * requests) report a reset instead of an answer the server sent before it stopped reading.
 * Resolves `true` when the body ended within `maxBytes` (or the client gave up), `false`
 * when reading stopped there: answer that one with `Connection: close`.
 */
export function drainBody(
  body: Readable | ReadableStream<Uint8Array> | null | undefined,
  maxBytes = Number.POSITIVE_INFINITY,
): Promise<boolean> {
  if (body === null || body === undefined) return Promise.resolve(true);
  const stream =
    body instanceof Readable ? body : Readable.fromWeb(body as import('node:stream/web').ReadableStream<Uint8Array>);
  return new Promise<boolean>((resolve) => {
    let read = 0;
    const done = (ended: boolean) => {
      stream.off('data', onData);
      resolve(ended);
    };
    const onData = (chunk: Uint8Array) => {
      read += chunk.byteLength;
      if (read > maxBytes) {
        // Not destroyed: that would reset the connection before the answer is sent.
        stream.pause();
        done(false);
      }
    };
    stream.on('data', onData);
    stream.once('end', () => done(true));
    stream.once('error', () => done(true));
    stream.once('close', () => done(true));
  });
}
