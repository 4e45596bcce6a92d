import { DvcError, FormValidationError, problemDetailsSchema } from '@dvc-kit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway } from '../../test/start-gateway';
import type { TestGateway } from '../../test/start-gateway';
import { GatewayError } from '../errors/gateway-error';
import { negotiateLanguage } from './env';

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway({}, {}, ({ app }) => {
    app.get('/test/crash', () => {
      throw new Error('secret SQL: select * from dossiers where phone=0912345678');
    });
    app.get('/test/field', () => {
      throw new GatewayError(
        'dossier.invalid',
        { vi: 'Hồ sơ chưa hợp lệ.', en: 'The dossier is not valid.' },
        {
          status: 422,
          errors: [
            {
              path: 'applicant.phone',
              code: 'form.phone.invalid',
              messages: { vi: 'Số điện thoại sai.', en: 'Wrong phone number.' },
            },
          ],
        },
      );
    });
    app.get('/test/form', () => {
      throw new FormValidationError([
        { path: 'applicant.name', code: 'form.required', messages: { vi: 'Bắt buộc.', en: 'Required.' } },
      ]);
    });
    app.get('/test/dvc', () => {
      throw new DvcError('identifier.citizen-id.length', {
        vi: 'Số CCCD phải có 12 chữ số.',
        en: 'A citizen ID has 12 digits.',
      });
    });
  });
});
afterAll(() => t.close());

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${t.url}${path}`, { headers });

describe('problem+json', () => {
  it('maps a GatewayError with field errors, Vietnamese by default', async () => {
    const res = await get('/test/field');
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(res.headers.get('content-language')).toBe('vi');
    expect(await res.json()).toEqual({
      type: 'urn:dvc-kit:problem:dossier.invalid',
      title: 'Hồ sơ chưa hợp lệ.',
      status: 422,
      detail: 'Hồ sơ chưa hợp lệ.',
      code: 'dossier.invalid',
      requestId: res.headers.get('x-request-id'),
      messages: { vi: 'Hồ sơ chưa hợp lệ.', en: 'The dossier is not valid.' },
      errors: [
        {
          path: 'applicant.phone',
          code: 'form.phone.invalid',
          messages: { vi: 'Số điện thoại sai.', en: 'Wrong phone number.' },
        },
      ],
    });
  });

  it("maps core form errors to 422 with their field errors, matching core's schema", async () => {
    const res = await get('/test/form');
    expect(res.status).toBe(422);
    const problem = problemDetailsSchema.parse(await res.json());
    expect(problem).toMatchObject({
      code: 'form.invalid',
      errors: [{ path: 'applicant.name', code: 'form.required' }],
    });
  });

  it('answers in English when asked', async () => {
    const res = await get('/test/dvc', { 'accept-language': 'en-GB,en;q=0.9,vi;q=0.5' });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-language')).toBe('en');
    expect(await res.json()).toMatchObject({
      code: 'identifier.citizen-id.length',
      title: 'A citizen ID has 12 digits.',
    });
  });

  it('turns unknown errors into a bare 500 and logs no message', async () => {
    const res = await get('/test/crash', { 'x-request-id': 'lb-req-12345678' });
    expect(res.status).toBe(500);
    expect(res.headers.get('x-request-id')).toBe('lb-req-12345678');
    const text = await res.text();
    expect(text).not.toContain('secret');
    expect(problemDetailsSchema.parse(JSON.parse(text))).toMatchObject({
      code: 'internal',
      status: 500,
      requestId: 'lb-req-12345678',
    });
    const logged = t.logs.join('');
    expect(logged).toContain('"event":"request.failed"');
    expect(logged).not.toContain('0912345678');
  });

  it('answers unknown paths with a 404 problem and replaces unsafe request ids', async () => {
    const res = await get('/v1/nothing-here?verify=1234', { 'x-request-id': 'bad id\u00e9' });
    expect(res.status).toBe(404);
    expect((await res.json()) as object).toMatchObject({ code: 'http.not-found' });
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(t.logs.join('')).not.toContain('verify=1234');
  });

  it('refuses JSON bodies over the limit with 413', async () => {
    const res = await fetch(`${t.url}/v1/dossiers`, {
      method: 'POST',
      body: 'x'.repeat(300 * 1024),
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ code: 'request.too-large' });
  });
});

describe('negotiateLanguage', () => {
  it.each([
    [undefined, 'vi'],
    ['', 'vi'],
    ['fr-FR', 'vi'],
    ['en', 'en'],
    ['vi-VN,en;q=0.8', 'vi'],
    ['en;q=0.4,vi;q=0.6', 'vi'],
    ['fr,en;q=0.5', 'en'],
  ] as const)('%s → %s', (header, language) => {
    expect(negotiateLanguage(header)).toBe(language);
  });
});
