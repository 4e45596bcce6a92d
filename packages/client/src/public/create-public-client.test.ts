import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicApiExamples as examples } from '@dvc-kit/core/testing';
import { json, pause, startTestServer } from '../../test/test-server';
import type { SeenRequest } from '../../test/test-server';
import { AbortError } from '../errors/abort-error';
import { ProblemError } from '../errors/problem-error';
import { RateLimitError } from '../errors/rate-limit-error';
import { RequestValidationError } from '../errors/request-validation-error';
import { ResponseValidationError } from '../errors/response-validation-error';
import { TimeoutError } from '../errors/timeout-error';
import { createPublicClient } from './create-public-client';

// A real HTTP server on 127.0.0.1 standing in for the gateway (routes answer with core's examples).
let server: Awaited<ReturnType<typeof startTestServer>>;
let flaky = 0;
const route = async (req: SeenRequest, res: Parameters<typeof json>[0]) => {
  const url = new URL(req.url, 'http://x');
  const p = url.pathname;
  if (p.startsWith('/slow/')) {
    await pause(1000);
    return json(res, 200, {});
  }
  if (p === '/v1/units') return json(res, 200, examples.UnitList);
  if (p === '/v1/agencies') return json(res, 200, examples.AgencyList);
  if (p === '/v1/procedures') return json(res, 200, examples.ProcedureSearchResult);
  if (p === '/v1/procedures/1.001193') return json(res, 200, examples.ProcedureDetail);
  if (p === '/v1/procedures/broken') return json(res, 200, { ...examples.ProcedureDetail, name: 42 });
  if (p === '/v1/uploads') return json(res, 201, examples.UploadReceipt);
  if (p === '/v1/dossiers' && req.method === 'POST') {
    if (flaky-- > 0) return json(res, 503, {});
    return json(res, 201, examples.DossierReceipt);
  }
  if (p.startsWith('/v1/dossiers/') && p.endsWith('/rating')) return json(res, 201, examples.RatingReceipt);
  if (p === '/v1/dossiers/missing') {
    return json(
      res,
      404,
      { ...examples.ProblemDetails, status: 404, code: 'dossier.not-found', errors: undefined },
      { 'content-type': 'application/problem+json' },
    );
  }
  if (p.startsWith('/v1/dossiers/')) return json(res, 200, examples.DossierStatusView);
  if (p.endsWith('/digitization')) return json(res, 200, examples.DigitizationMetrics);
  if (p === '/v1/procedures/limited') return json(res, 429, {}, { 'retry-after': '3600' });
  if (p === '/v1/procedures/bad-gateway') {
    res.writeHead(502, { 'content-type': 'text/html' });
    return res.end('<h1>Bad gateway</h1>');
  }
  return json(res, 422, examples.ProblemDetails, { 'content-type': 'application/problem+json' });
};

beforeAll(async () => {
  server = await startTestServer(route);
});
afterAll(() => server.close());

const client = (extra: Partial<Parameters<typeof createPublicClient>[0]> = {}) =>
  createPublicClient({ endpoint: server.url, retry: { baseDelayMs: 5, maxDelayMs: 20 }, ...extra });
const lastRequest = () => server.seen[server.seen.length - 1]!;

describe('public client', () => {
  it('reads every resource, validated against core schemas', async () => {
    const dvc = client();
    expect(await dvc.units({ province: '66', q: 'ea bung' })).toEqual(examples.UnitList.items);
    expect(lastRequest().url).toBe('/v1/units?province=66&q=ea+bung');
    expect(await dvc.agencies({ province: '66' })).toEqual(examples.AgencyList.items);
    expect((await dvc.searchProcedures({ q: 'khai sinh', page: 2 })).items[0]?.code).toBe('1.001193');
    expect(lastRequest().url).toBe('/v1/procedures?q=khai+sinh&page=2');
    expect((await dvc.getProcedure('1.001193')).code).toBe('1.001193');
    expect(await dvc.getDossierStatus('000.24.66.H66-250701-0007', '5678')).toEqual(examples.DossierStatusView);
    expect(lastRequest().url).toBe('/v1/dossiers/000.24.66.H66-250701-0007?verify=5678');
    expect(await dvc.getDigitization('000.24.66.H66')).toEqual(examples.DigitizationMetrics);
  });

  it('sends no custom header on reads (no CORS preflight) and asks for the language', async () => {
    await client({ language: 'en' }).units();
    const headers = lastRequest().headers;
    expect(headers['x-request-id']).toBeUndefined();
    expect(headers['idempotency-key']).toBeUndefined();
    expect(headers['accept-language']).toBe('en');
  });

  it('submits a dossier under one Idempotency-Key kept over retries', async () => {
    flaky = 2;
    const before = server.seen.length;
    const receipt = await client().submitDossier(examples.DossierSubmission);
    expect(receipt).toEqual(examples.DossierReceipt);
    const attempts = server.seen.slice(before);
    expect(attempts).toHaveLength(3);
    const keys = new Set(attempts.map((r) => r.headers['idempotency-key']));
    expect(keys.size).toBe(1);
    expect(JSON.parse(attempts[0]!.body)).toEqual(examples.DossierSubmission);

    await client().submitDossier(examples.DossierSubmission, { idempotencyKey: 'form-42' });
    expect(lastRequest().headers['idempotency-key']).toBe('form-42');
    await client().submitDossier(examples.DossierSubmission);
    expect(lastRequest().headers['idempotency-key']).not.toBe([...keys][0]);
  });

  it('refuses an invalid submission or rating before sending anything', async () => {
    const before = server.seen.length;
    const bad = { ...examples.DossierSubmission, consent: false } as unknown as typeof examples.DossierSubmission;
    const error = await client()
      .submitDossier(bad)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).issues.map((i) => i.path)).toContain('consent');
    await expect(client().rateDossier('X', { level: 'nope' } as never)).rejects.toBeInstanceOf(RequestValidationError);
    expect(server.seen.length).toBe(before);
  });

  it('rates a dossier and uploads a file as multipart', async () => {
    expect(await client().rateDossier('000.24.66.H66-250701-0007', examples.RatingRequest)).toEqual(
      examples.RatingReceipt,
    );
    expect(lastRequest().url).toBe('/v1/dossiers/000.24.66.H66-250701-0007/rating');
    const file = new File(['%PDF-1.7 giấy chứng sinh'], 'giay-chung-sinh.pdf', { type: 'application/pdf' });
    expect(await client().upload(file)).toEqual(examples.UploadReceipt);
    expect(lastRequest().headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(lastRequest().body).toContain('filename="giay-chung-sinh.pdf"');
    expect(lastRequest().body).toContain('%PDF-1.7 giấy chứng sinh');
  });

  it('turns problem+json into ProblemError with code, field errors and request id', async () => {
    const missing = await client()
      .getDossierStatus('missing', '0000')
      .catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(ProblemError);
    expect(missing).toMatchObject({
      code: 'dossier.not-found',
      status: 404,
      attempts: 1,
      requestId: examples.ProblemDetails.requestId,
    });
    const form = await client()
      .getProcedure('unknown')
      .catch((e: unknown) => e);
    expect(form).toBeInstanceOf(ProblemError);
    expect((form as ProblemError).code).toBe('form.invalid');
    expect((form as ProblemError).errors[0]).toEqual(examples.ProblemDetails.errors?.[0]);
    expect((form as ProblemError).messages.vi).toBe(examples.ProblemDetails.messages?.vi);
  });

  it('reports an error page that is not a problem with its status', async () => {
    const error = await client()
      .getProcedure('bad-gateway')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ProblemError', code: 'client.problem', status: 502, attempts: 3 });
  });

  it('rejects a response that does not match the schema', async () => {
    const error = await client()
      .getProcedure('broken')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).issues[0]?.path).toBe('name');
  });

  it('times out, aborts and stops at a long Retry-After', async () => {
    const slow = createPublicClient({ endpoint: `${server.url}/slow`, timeout: 50, retry: 0 });
    await expect(slow.units()).rejects.toBeInstanceOf(TimeoutError);
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 30);
    await expect(client({ endpoint: `${server.url}/slow` }).units({}, { signal: ac.signal })).rejects.toBeInstanceOf(
      AbortError,
    );
    const limited = await client()
      .getProcedure('limited')
      .catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(RateLimitError);
    expect((limited as RateLimitError).retryAfterMs).toBe(3_600_000);
  });
});
