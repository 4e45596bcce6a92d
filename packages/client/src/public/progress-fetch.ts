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
 * needs HTTP/2). It takes what the HTTP layer passes: a `Request` built by ky (its method,
 * headers, body and signal are read from it), or a URL with a method, plain-record headers, a
 * `FormData`/`Blob`/string body and an abort signal. Network failures reject with a
 * `TypeError`, as `fetch` does, so the engine retries and classifies them the same way.
 *
 * @example
 * ```ts
 * const send = progressFetch(({ loaded, total }) => console.log(`${loaded} / ${total}`));
 * await send('https://gw.example.vn/v1/uploads', { method: 'POST', body: form });
 * ```
 */
export function progressFetch(onProgress: (progress: UploadProgress) => void): typeof fetch {
  return async (input, init = {}) => {
    if (input instanceof Request) {
      // A FormData body becomes one multipart Blob; its boundary is in the request's content-type.
      const body = input.method === 'GET' || input.method === 'HEAD' ? undefined : await input.blob();
      const headers: Record<string, string> = {};
      input.headers.forEach((value, name) => (headers[name] = value));
      return send(onProgress, input.url, { method: input.method, headers, body, signal: input.signal });
    }
    return send(onProgress, String(input), init);
  };
}

function send(onProgress: (progress: UploadProgress) => void, url: string, init: RequestInit): Promise<Response> {
  return new Promise<Response>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const signal = init.signal;
    const aborted = () => reject(signal?.reason ?? new DOMException('The request was aborted.', 'AbortError'));
    if (signal?.aborted) return aborted();
    xhr.open(init.method ?? 'GET', url);
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
}
