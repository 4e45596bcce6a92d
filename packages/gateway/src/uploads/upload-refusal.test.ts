// A refused upload (503 busy, 429 over quota) still reaches a client that is slowly sending its
// file — a phone on a weak connection: the answer comes after the body is read and dropped, never
// as a reset of a connection the server stopped reading.
import { problemDetailsSchema } from '@dvc-kit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway } from '../../test/start-gateway';
import type { TestGateway } from '../../test/start-gateway';

const BOUNDARY = 'dvcslowboundary';
const encoder = new TextEncoder();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A multipart PDF upload sent in `chunks` pieces of 64 KiB, `gapMs` apart (chunked, no Content-Length). */
function slowBody(chunks: number, gapMs: number, held?: Promise<void>): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(encoder.encode(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="ho-so.pdf"\r\n` +
        'Content-Type: application/pdf\r\n\r\n%PDF-1.4\n'));
      for (let i = 0; i < chunks; i++) {
        controller.enqueue(new Uint8Array(64 * 1024).fill(0x20));
        await sleep(gapMs);
      }
      await held;
      controller.enqueue(encoder.encode(`\r\n--${BOUNDARY}--\r\n`));
      controller.close();
    },
  });
}

const send = (url: string, body: ReadableStream<Uint8Array>) =>
  fetch(`${url}/v1/uploads`, {
    method: 'POST', body, duplex: 'half', headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
  } as RequestInit);

async function expectRefusal(answer: Promise<Response>, status: number, code: string) {
  // A reset would reject here ("fetch failed", ECONNRESET / "other side closed").
  const res = await answer;
  expect(res.status).toBe(status);
  expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  expect(problemDetailsSchema.parse(await res.json()).code).toBe(code);
}

describe('uploads refused before they are read', () => {
  let busy: TestGateway;
  let quota: TestGateway;
  beforeAll(async () => {
    busy = await startTestGateway({ quiet: true, limits: { maxConcurrentUploads: 1 } });
    quota = await startTestGateway({ quiet: true, limits: { uploadBytesPerClient: 1024 * 1024 } });
  });
  afterAll(async () => {
    await busy?.close();
    await quota?.close();
  });

  it('answers 503 + Retry-After to a slow sender while the only slot is taken, and the slot holder still gets 201', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const holder = send(busy.url, slowBody(1, 0, held));
    await sleep(300);
    // 2 MiB over about 1.5 s: far longer than the server library's own 500 ms drain after an answer.
    const refused = await Promise.allSettled(Array.from({ length: 4 }, () => expectRefusal(send(busy.url, slowBody(32, 45)), 503, 'upload.busy')));
    expect(refused.map((r) => (r.status === 'rejected' ? String(r.reason) : 'ok'))).toEqual(['ok', 'ok', 'ok', 'ok']);
    release();
    expect((await holder).status).toBe(201);
  }, 30_000);

  it('answers 429 + Retry-After to a slow sender over its byte quota', async () => {
    await expectRefusal(send(quota.url, slowBody(32, 45)), 429, 'upload.quota-exceeded');
  }, 30_000);
});
