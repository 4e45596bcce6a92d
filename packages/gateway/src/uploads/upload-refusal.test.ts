// A refused upload (503 busy, 429 over quota) still reaches a client that is slowly sending its
// file (a phone on a weak connection, a busy back end) and reads the answer only once it has sent
// everything: the answer comes after the body is read and dropped, never as a reset of a
// connection the server stopped reading.
import { problemDetailsSchema } from '@dvc-kit/core';
import { request } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway } from '../../test/start-gateway';
import type { TestGateway } from '../../test/start-gateway';

const BOUNDARY = 'dvcslowboundary';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * Sends a multipart PDF upload of `chunks` × 64 KiB, `gapMs` apart, with its Content-Length,
 * writing the WHOLE body before reading the answer (what simple clients such as Python's
 * requests do). Rejects with the socket error (EPIPE, ECONNRESET) if the server stops reading.
 */
function slowUpload(url: string, chunks: number, gapMs: number, held?: Promise<void>): Promise<Answer> {
  const head = Buffer.from(
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="ho-so.pdf"\r\n` +
      'Content-Type: application/pdf\r\n\r\n%PDF-1.4\n',
  );
  const tail = Buffer.from(`\r\n--${BOUNDARY}--\r\n`);
  const length = head.length + chunks * 64 * 1024 + tail.length;
  return new Promise<Answer>((resolve, reject) => {
    const req = request(`${url}/v1/uploads`, {
      method: 'POST',
      headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}`, 'content-length': String(length) },
    });
    let failed = false;
    req.on('error', (error) => {
      failed = true;
      reject(error);
    });
    const answered = new Promise<Answer>((settle) => {
      req.on('response', (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (text: string) => void (body += text));
        res.on('end', () => settle({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
    });
    void (async () => {
      req.write(head);
      for (let i = 0; i < chunks && !failed; i++) {
        req.write(Buffer.alloc(64 * 1024, 0x20));
        await sleep(gapMs);
      }
      await held;
      if (failed) return;
      req.end(tail);
      resolve(await answered);
    })();
  });
}

function expectRefusal(answer: Answer, status: number, code: string) {
  expect(answer.status).toBe(status);
  expect(Number(answer.headers['retry-after'])).toBeGreaterThan(0);
  expect(problemDetailsSchema.parse(JSON.parse(answer.body)).code).toBe(code);
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
    const holder = slowUpload(busy.url, 1, 0, held);
    await sleep(300);
    // 2 MiB over about 1.5 s: far longer than the server library's own 500 ms drain after an answer.
    const refused = await Promise.allSettled(Array.from({ length: 4 }, () => slowUpload(busy.url, 32, 45)));
    expect(refused.map((r) => (r.status === 'rejected' ? String(r.reason) : 'answered'))).toEqual(
      Array(4).fill('answered'),
    );
    for (const r of refused) if (r.status === 'fulfilled') expectRefusal(r.value, 503, 'upload.busy');
    release();
    expect((await holder).status).toBe(201);
  }, 30_000);

  it('answers 429 + Retry-After to a slow sender over its byte quota', async () => {
    expectRefusal(await slowUpload(quota.url, 32, 45), 429, 'upload.quota-exceeded');
  }, 30_000);
});
