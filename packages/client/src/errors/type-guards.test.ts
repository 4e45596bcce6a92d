import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DvcError } from '@dvc-kit/core';
import { json, pause, startTestServer } from '../../test/test-server';
import { createPublicClient } from '../public/create-public-client';
import { isPortalClientError, isProblemError } from './type-guards';

// A real HTTP server on 127.0.0.1 answering like the gateway does when it refuses.
let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer(async (req, res) => {
    if (req.url.startsWith('/v1/dossiers/')) {
      const problem = {
        type: 'about:blank',
        title: 'Not Found',
        status: 404,
        detail: 'No such dossier.',
        code: 'dossier.not-found',
        requestId: 'r-1',
        messages: { vi: 'Không tìm thấy hồ sơ.', en: 'No such dossier.' },
      };
      return json(res, 404, problem, { 'content-type': 'application/problem+json' });
    }
    if (req.url.startsWith('/v1/procedures?')) return json(res, 429, {}, { 'retry-after': '60' });
    await pause(500);
    return json(res, 200, {});
  });
});
afterAll(() => server.close());

const client = (endpoint = server.url) => createPublicClient({ endpoint, retry: { limit: 0 } });
/** The error `promise` rejects with (a test failure when it resolves). */
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (e: unknown) => e,
  );

describe('isPortalClientError / isProblemError', () => {
  it('recognise the gateway’s problem, with and without its code', async () => {
    const error = await failure(client().getDossierStatus('000.24.66.H66-250701-0007', '5678'));
    expect(isPortalClientError(error)).toBe(true);
    expect(isPortalClientError(error, 'dossier.not-found')).toBe(true);
    expect(isPortalClientError(error, 'client.timeout')).toBe(false);
    expect(isProblemError(error, 'dossier.not-found')).toBe(true);
    expect(isProblemError(error, 'digitization.not-available')).toBe(false);
    if (isProblemError(error)) expect([error.status, error.requestId, error.errors]).toEqual([404, 'r-1', []]);
  });

  it('recognise the client’s own failures by code: too many requests, no connection, too slow', async () => {
    const limited = await failure(client().searchProcedures({ q: 'khai sinh' }));
    expect(isPortalClientError(limited, 'client.rate-limit')).toBe(true);
    expect(isProblemError(limited)).toBe(false);

    const closed = await startTestServer(() => undefined);
    await closed.close();
    const offline = await failure(client(closed.url).getProcedure('1.001193'));
    expect(isPortalClientError(offline, 'client.connection')).toBe(true);

    const impatient = createPublicClient({ endpoint: server.url, retry: { limit: 0 }, timeout: 50 });
    const slow = await failure(impatient.getProcedure('1.001193'));
    expect(isPortalClientError(slow, 'client.timeout')).toBe(true);
  });

  it('recognise an error of another copy of the library by its shape', async () => {
    const error = await failure(client().getDossierStatus('000.24.66.H66-250701-0007', '5678'));
    const copy = Object.assign(new Error('copy'), { ...(error as object), name: 'ProblemError' });
    expect(isProblemError(copy, 'dossier.not-found')).toBe(true);
  });

  it('refuse what the client did not throw', () => {
    for (const other of [
      new TypeError('Failed to fetch'),
      new DvcError('client.timeout', { vi: 'Hết giờ', en: 'Timed out' }),
      { code: 'client.connection' },
      { code: 'client.connection', attempts: 1, requestId: '', messages: { vi: 'x' } },
      'client.connection',
      null,
      undefined,
    ]) {
      expect(isPortalClientError(other)).toBe(false);
      expect(isProblemError(other)).toBe(false);
    }
  });
});
