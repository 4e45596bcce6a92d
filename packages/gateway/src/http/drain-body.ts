/**
 * Reads a request body and drops it, up to `maxBytes` (nothing is kept in memory). A client
 * still sending reads an answer only once its body is taken — many (Node's fetch, Python's
 * requests) report a reset instead of an answer the server sent before it stopped reading.
 * Resolves `true` when the body ended within `maxBytes` (or the client gave up), `false`
 * when it was cut off there: answer that one with `Connection: close`.
 */
export async function drainBody(body: ReadableStream<Uint8Array> | null, maxBytes = Number.POSITIVE_INFINITY): Promise<boolean> {
  if (body === null) return true;
  const reader = body.getReader();
  let read = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return true;
      read += value.byteLength;
      if (read > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return false;
      }
    }
  } catch {
    // The client gave up: nothing more to read.
    return true;
  }
}
