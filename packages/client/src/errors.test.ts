import { describe, expect, it } from 'vitest';
import * as errors from './errors';
import * as publicEntry from './public';

describe('@dvc-kit/client/errors', () => {
  it('offers the same classes and guards as ./public, so a widget can branch before loading the client', () => {
    for (const name of ['PortalClientError', 'ProblemError', 'TimeoutError', 'isPortalClientError', 'isProblemError'])
      expect(errors[name as keyof typeof errors]).toBe(publicEntry[name as keyof typeof publicEntry]);
    const timeout = new errors.TimeoutError('attempt', { requestId: 'r-1', attempts: 2 });
    expect(errors.isPortalClientError(timeout, 'client.timeout')).toBe(true);
    expect(errors.isProblemError(timeout)).toBe(false);
    expect(errors.clientMessageBook.localize('client.timeout', {}, 'en')).toBe(timeout.messages.en);
  });
});
