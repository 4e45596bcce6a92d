import { afterEach, describe, expect, it } from 'vitest';
import { AbortError } from '../errors/abort-error';
import { ConnectionError } from '../errors/connection-error';
import { RateLimitError } from '../errors/rate-limit-error';
import { ResponseValidationError } from '../errors/response-validation-error';
import { TimeoutError } from '../errors/timeout-error';
import { json, pause, startTestServer } from '../../test/test-server';
import { createHttpEngine } from './engine';
import type { HttpLogEvent } from './types';

const fast = { limit: 2, baseDelayMs: 5, maxDelayMs: 20 };
let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

async function server(handler: Parameters<typeof startTestServer>[0]) {
  const s = await startTestServer(handler);
  close = s.close;
  return s;
}

describe('http engine', () => {
  it('retries a GET on 503 and keeps one request id over the attempts', async () => {
    const s = await server((_, res, n) => (n < 3 ? json(res, 503, { down: true }) : json(res, 200, { ok: n })));
    const http = createHttpEngine({ baseUrl: s.url, retry: fast });
    const result = await http.send({ method: 'GET', path: 'v1/units' });
    expect(result).toMatchObject({ status: 200, data: { ok: 3 }, attempts: 3 });
    const ids = s.seen.map((r) => r.headers['x-request-id']);
    expect(new Set(ids).size).toBe(1);
    expect(result.requestId).toBe(ids[0]);
  });

  it('prefers the server request id', async () => {
    const s = await server((_, res) => json(res, 200, {}, { 'x-request-id': 'srv-1' }));
    const result = await createHttpEngine({ baseUrl: s.url }).send({ method: 'GET', path: 'x' });
    expect(result.requestId).toBe('srv-1');
  });

  it('returns a final 5xx to the caller once retries run out', async () => {
    const s = await server((_, res) => json(res, 500, { err: 1 }));
    const result = await createHttpEngine({ baseUrl: s.url, retry: fast }).send({ method: 'GET', path: 'x' });
    expect(result).toMatchObject({ status: 500, attempts: 3 });
  });

  it('never resends an unsafe POST after a 500 or a dropped connection', async () => {
    const s = await server((req, res) => void (req.url === '/drop' ? res.socket?.destroy() : json(res, 500, {})));
    const http = createHttpEngine({ baseUrl: s.url, retry: fast });
    const result = await http.send({ method: 'POST', path: 'x', json: { a: 1 } });
    expect(result.status).toBe(500);
    const error = await http.send({ method: 'POST', path: 'drop', json: { a: 1 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ maybeDelivered: true, attempts: 1 });
    expect(s.seen).toHaveLength(2);
  });

  it('retries a POST refused with 429 and honours Retry-After', async () => {
    const s = await server((_, res, n) =>
      n === 1 ? json(res, 429, {}, { 'retry-after': '0.05' }) : json(res, 201, { id: 1 }),
    );
    const started = Date.now();
    const result = await createHttpEngine({ baseUrl: s.url, retry: fast }).send({
      method: 'POST',
      path: 'x',
      json: {},
    });
    expect(result).toMatchObject({ status: 201, attempts: 2 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
    expect(s.seen[1]?.body).toBe('{}');
  });

  it('throws RateLimitError when Retry-After exceeds the cap, or 429s outlast the retries', async () => {
    const s = await server((req, res) => json(res, 429, {}, req.url === '/long' ? { 'retry-after': '120' } : {}));
    const http = createHttpEngine({ baseUrl: s.url, retry: { ...fast, maxRetryAfterMs: 5000 } });
    const long = await http.send({ method: 'GET', path: 'long' }).catch((e: unknown) => e);
    expect(long).toBeInstanceOf(RateLimitError);
    expect(long).toMatchObject({ retryAfterMs: 120_000, attempts: 1, status: 429, code: 'client.rate-limit' });
    const many = await http.send({ method: 'GET', path: 'short' }).catch((e: unknown) => e);
    expect(many).toMatchObject({ name: 'RateLimitError', attempts: 3 });
    expect((many as RateLimitError).retryAfterMs).toBeUndefined();
  });

  it('times out each attempt, retries safe calls, and reports which budget ran out', async () => {
    const s = await server(async (_, res) => {
      await pause(400);
      json(res, 200, {});
    });
    const perAttempt = await createHttpEngine({ baseUrl: s.url, timeout: 60, retry: fast })
      .send({ method: 'GET', path: 'x' })
      .catch((e: unknown) => e);
    expect(perAttempt).toBeInstanceOf(TimeoutError);
    expect(perAttempt).toMatchObject({ kind: 'attempt', attempts: 3, maybeDelivered: false });

    const total = await createHttpEngine({
      baseUrl: s.url,
      timeout: 100,
      totalTimeout: 150,
      retry: { ...fast, limit: 10 },
    })
      .send({ method: 'GET', path: 'x' })
      .catch((e: unknown) => e);
    expect(total).toMatchObject({ name: 'TimeoutError', kind: 'total' });

    const post = await createHttpEngine({ baseUrl: s.url, timeout: 60, retry: fast })
      .send({ method: 'POST', path: 'x', json: {} })
      .catch((e: unknown) => e);
    expect(post).toMatchObject({ name: 'TimeoutError', attempts: 1, maybeDelivered: true });
  });

  it('stops on abort, mid-request and during a backoff wait', async () => {
    const s = await server(async (req, res) => {
      if (req.url === '/slow') await pause(500);
      json(res, 503, {});
    });
    const http = createHttpEngine({ baseUrl: s.url, retry: { limit: 5, baseDelayMs: 5000, maxDelayMs: 5000 } });
    const ac = new AbortController();
    setTimeout(() => ac.abort(new Error('user left')), 50);
    const mid = await http.send({ method: 'GET', path: 'slow', signal: ac.signal }).catch((e: unknown) => e);
    expect(mid).toBeInstanceOf(AbortError);
    expect((mid as AbortError).cause).toEqual(new Error('user left'));

    const ac2 = new AbortController();
    const started = Date.now();
    setTimeout(() => ac2.abort(), 100);
    const waiting = await http.send({ method: 'GET', path: 'fast', signal: ac2.signal }).catch((e: unknown) => e);
    expect(waiting).toBeInstanceOf(AbortError);
    expect(Date.now() - started).toBeLessThan(1000);

    const already = await http
      .send({ method: 'GET', path: 'fast', signal: AbortSignal.abort() })
      .catch((e: unknown) => e);
    expect(already).toMatchObject({ name: 'AbortError', attempts: 0 });
  });

  it('retries even a POST when the connection was refused (nothing was delivered)', async () => {
    const s = await startTestServer(() => undefined);
    await s.close();
    const error = await createHttpEngine({ baseUrl: s.url, retry: fast })
      .send({ method: 'POST', path: 'x', json: {} })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ maybeDelivered: false, attempts: 3 });
  });

  it('runs hooks around each attempt', async () => {
    const s = await server((req, res) => json(res, 200, { tag: req.headers['x-tag'] }));
    const statuses: number[] = [];
    const http = createHttpEngine({
      baseUrl: s.url,
      hooks: {
        beforeRequest: [(request, info) => request.headers.set('x-tag', `attempt-${info.attempt}`)],
        afterResponse: [(response) => void statuses.push(response.status)],
      },
    });
    expect((await http.send({ method: 'GET', path: 'x' })).data).toEqual({ tag: 'attempt-1' });
    expect(statuses).toEqual([200]);
  });

  it('sends a body a hook sees, with the headers it set and a multipart boundary that matches the body', async () => {
    const s = await server((_, res) => json(res, 201, {}));
    const bodies: string[] = [];
    const http = createHttpEngine({
      baseUrl: s.url,
      hooks: {
        beforeRequest: [
          async (request) => {
            request.headers.set('x-tag', 'hooked');
            bodies.push(await request.clone().text());
          },
        ],
      },
    });
    await http.send({ method: 'POST', path: 'json', json: { a: 1 } });
    const form = new FormData();
    form.append('file', new Blob(['%PDF-1.7'], { type: 'application/pdf' }), 'to-khai.pdf');
    await http.send({ method: 'POST', path: 'form', body: form, safe: true });
    const [sentJson, sentForm] = s.seen;
    expect(sentJson).toMatchObject({
      body: '{"a":1}',
      headers: { 'x-tag': 'hooked', 'content-type': 'application/json' },
    });
    expect(bodies[0]).toBe('{"a":1}');
    const boundary = /boundary=(.+)$/.exec(String(sentForm?.headers['content-type']))?.[1];
    expect(sentForm?.headers['x-tag']).toBe('hooked');
    expect(sentForm?.body).toContain(`--${boundary}`);
    expect(sentForm?.body).toContain('%PDF-1.7');
  });

  it('rejects a JSON response that is not JSON', async () => {
    const s = await server((_, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('<html>');
    });
    const error = await createHttpEngine({ baseUrl: s.url })
      .send({ method: 'GET', path: 'x' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).issues[0]?.code).toBe('invalid-json');
  });

  it('logs redacted events only', async () => {
    const s = await server((_, res, n) =>
      n === 1 ? json(res, 503, { ChuHoSo: 'Nguyễn Văn An' }) : json(res, 200, { SoDienThoai: '0912345678' }),
    );
    const events: HttpLogEvent[] = [];
    const http = createHttpEngine({ baseUrl: s.url, retry: fast, logger: (e) => void events.push(e) });
    await http.send({
      method: 'POST',
      path: 'v1/dossiers/H56-1',
      searchParams: { verify: '5678', lang: 'vi' },
      json: { password: 'hunter2', ChuHoSo: 'Nguyễn Văn An', SoGiayToChuHoSo: '001204012345' },
      safe: true,
    });
    expect(events.map((e) => e.type)).toEqual(['request', 'response', 'retry', 'request', 'response']);
    const text = JSON.stringify(events);
    for (const secret of ['5678', 'hunter2', 'Nguyễn', '001204012345', '0912345678'])
      expect(text).not.toContain(secret);
    expect(events[0]?.url).toContain('verify=[redacted]');
  });
});
