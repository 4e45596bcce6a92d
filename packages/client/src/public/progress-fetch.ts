/** Upload progress: bytes of the request body sent so far, and the body's size. */
export interface UploadProgress {
  loaded: number;
  total: number;
}

const NULL_BODY = new Set([101, 204, 205, 304]);

function responseHeaders(raw: string): Headers {
  const headers = new Headers();
  for (const line of raw.trim().split(/[\r\n]+/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  return headers;
}

/**
 * A `fetch` that reports how many bytes of the request body have been sent, built on
 * `XMLHttpRequest` (fetch cannot observe an upload over HTTP/1.1, and a streamed request body
 * needs HTTP/2). Only what the HTTP engine uses is supported: a URL, method, plain-record
 * headers, a `FormData`/`Blob`/string body and an abort signal. Network failures reject with a
 * `TypeError`, as `fetch` does, so the engine retries and classifies them the same way.
 *
 * @example
 * ```ts
 * const send = progressFetch(({ loaded, total }) => console.log(`${loaded} / ${total}`));
 * await send('https://gw.example.vn/v1/uploads', { method: 'POST', body: form });
 * ```
 */
export function progressFetch(onProgress: (progress: UploadProgress) => void): typeof fetch {
  return (input, init = {}) => {
    if (typeof input !== 'string' && !(input instanceof URL)) return globalThis.fetch(input, init);
    return new Promise<Response>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      const signal = init.signal;
      const aborted = () => reject(signal?.reason ?? new DOMException('The request was aborted.', 'AbortError'));
      if (signal?.aborted) return aborted();
      xhr.open(init.method ?? 'GET', String(input));
      for (const [name, value] of Object.entries((init.headers ?? {}) as Record<string, string>))
        xhr.setRequestHeader(name, value);
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable) onProgress({ loaded: event.loaded, total: event.total });
      };
      xhr.onload = () => {
        const body = NULL_BODY.has(xhr.status) ? null : xhr.responseText;
        resolve(
          new Response(body, {
            status: xhr.status,
            statusText: xhr.statusText,
            headers: responseHeaders(xhr.getAllResponseHeaders()),
          }),
        );
      };
      xhr.onerror = () => reject(new TypeError('Failed to fetch'));
      xhr.onabort = aborted;
      signal?.addEventListener('abort', () => xhr.abort(), { once: true });
      xhr.send((init.body ?? null) as XMLHttpRequestBodyInit | null);
    });
  };
}
