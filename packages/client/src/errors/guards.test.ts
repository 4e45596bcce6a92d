import { describe, expect, it } from 'vitest';
import * as guards from './guards';
import * as errors from '../errors';
import { TimeoutError } from './timeout-error';

describe('@dvc-kit/client/errors/guards', () => {
  it('exports the guards and nothing else at run time (no error class, no message book)', () => {
    expect(Object.keys(guards).sort()).toEqual(['isPortalClientError', 'isProblemError']);
    expect(guards.isPortalClientError).toBe(errors.isPortalClientError);
    expect(guards.isProblemError).toBe(errors.isProblemError);
  });

  it('recognises the client’s errors by code', () => {
    const timeout = new TimeoutError('attempt', { requestId: 'r-1', attempts: 2 });
    expect(guards.isPortalClientError(timeout, 'client.timeout')).toBe(true);
    expect(guards.isPortalClientError(timeout, 'client.rate-limit')).toBe(false);
    expect(guards.isProblemError(timeout)).toBe(false);
  });
});
