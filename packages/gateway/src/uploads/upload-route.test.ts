import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { problemDetailsSchema, uploadReceiptSchema } from '@dvc-kit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleDocx, samplePdf, samplePng } from '../../test/files';
import { startTestGateway } from '../../test/start-gateway';
import type { TestGateway } from '../../test/start-gateway';

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway({ limits: { maxUploadBytes: 64 * 1024 } });
});
afterAll(() => t.close());

const form = (files: Record<string, [Uint8Array, string]>) => {
  const body = new FormData();
  for (const [field, [bytes, name]] of Object.entries(files))
    body.append(field, new Blob([new Uint8Array(bytes)]), name);
  return body;
};
const upload = (body: BodyInit, headers: Record<string, string> = {}) =>
  fetch(`${t.url}/v1/uploads`, { method: 'POST', body, headers });

describe('POST /v1/uploads', () => {
  it('stores a PDF content-addressed and returns its descriptor', async () => {
    const res = await upload(form({ file: [samplePdf(), 'Tờ khai.pdf'] }));
    expect(res.status).toBe(201);
    const body = uploadReceiptSchema.parse(await res.json());
    expect(body).toMatchObject({ name: 'Tờ khai.pdf', size: samplePdf().length, type: 'application/pdf' });
    expect(body.id).toMatch(/^upl_[0-9a-f]{32}$/);
    const sha = body.sha256;
    expect(sha).toMatch(/^[0-9a-f]{64}$/);
    expect(existsSync(join(t.dataDir, 'blobs', sha.slice(0, 2), sha.slice(2)))).toBe(true);
    expect(await t.gateway.storage.getUpload(body.id)).toMatchObject({ sha256: sha, type: 'application/pdf' });
    expect(await t.gateway.blobs.get(sha)).toEqual(samplePdf());
  });

  it('dedupes identical files and sniffs images and Word files', async () => {
    const a = (await (await upload(form({ file: [samplePng(), 'a.png'] }))).json()) as { id: string; sha256: string };
    const b = (await (await upload(form({ file: [samplePng(), 'C:\\Users\\x\\b.PNG'] }))).json()) as {
      id: string;
      sha256: string;
      name: string;
    };
    expect(a.sha256).toBe(b.sha256);
    expect(a.id).not.toBe(b.id);
    expect(b.name).toBe('b.PNG');
    const docx = await upload(form({ file: [sampleDocx(), 'don.docx'] }));
    expect(((await docx.json()) as { type: string }).type).toContain('wordprocessingml');
  });

  const refused = async (res: Response, status: number, code: string) => {
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    const problem = problemDetailsSchema.parse(await res.json());
    expect(problem.code).toBe(code);
    expect(problem.requestId).toBe(res.headers.get('x-request-id'));
    return problem;
  };

  it('refuses a .pdf that is not a PDF', async () => {
    const fake = new TextEncoder().encode('<html><script>alert(1)</script></html>');
    const problem = await refused(await upload(form({ file: [fake, 'giay-to.pdf'] })), 415, 'upload.type-mismatch');
    expect(problem.errors?.[0]?.path).toBe('file');
    await refused(await upload(form({ file: [samplePng(), 'scan.pdf'] })), 415, 'upload.type-mismatch');
  });

  it('refuses unknown content and empty files', async () => {
    await refused(
      await upload(form({ file: [new TextEncoder().encode('plain text'), 'note.txt'] })),
      415,
      'upload.unsupported-type',
    );
    await refused(await upload(form({ file: [new Uint8Array(), 'x.pdf'] })), 400, 'upload.empty');
  });

  it('refuses oversize files', async () => {
    const big = new Uint8Array(64 * 1024 + 1);
    big.set(samplePdf());
    await refused(await upload(form({ file: [big, 'big.pdf'] })), 413, 'upload.too-large');
    const huge = new Uint8Array(512 * 1024);
    await refused(await upload(form({ file: [huge, 'huge.pdf'] })), 413, 'upload.too-large');
  });

  it('refuses more than one file and a missing file field', async () => {
    await refused(
      await upload(form({ file: [samplePdf(), 'a.pdf'], other: [samplePdf(), 'b.pdf'] })),
      400,
      'upload.too-many-files',
    );
    await refused(await upload(form({ document: [samplePdf(), 'a.pdf'] })), 400, 'upload.file-missing');
    const onlyText = new FormData();
    onlyText.append('file', 'not a file');
    await refused(await upload(onlyText), 400, 'upload.file-missing');
  });

  it('refuses malformed multipart and non-multipart bodies', async () => {
    await refused(
      await upload('--nope\r\ngarbage', { 'content-type': 'multipart/form-data; boundary=xyz' }),
      400,
      'upload.malformed',
    );
    await refused(
      await upload(JSON.stringify({ file: 'x' }), { 'content-type': 'application/json' }),
      415,
      'upload.not-multipart',
    );
  });
});
