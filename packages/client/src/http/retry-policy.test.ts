import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RETRY,
  backoffDelay,
  isRetryableStatus,
  neverDelivered,
  parseRetryAfter,
  retryPolicy,
} from './retry-policy';

describe('retry policy', () => {
  it('fills defaults and accepts shorthands', () => {
    expect(retryPolicy(undefined)).toEqual(DEFAULT_RETRY);
    expect(retryPolicy(false).limit).toBe(0);
    expect(retryPolicy(5).limit).toBe(5);
    expect(retryPolicy({ maxRetryAfterMs: 10 }).maxRetryAfterMs).toBe(10);
  });

  it('backs off exponentially with full jitter, capped', () => {
    const policy = retryPolicy({ baseDelayMs: 100, maxDelayMs: 1000 });
    expect(backoffDelay(policy, 1, () => 0.999)).toBe(99);
    expect(backoffDelay(policy, 3, () => 0.5)).toBe(200);
    expect(backoffDelay(policy, 10, () => 0.999)).toBe(999);
    expect(backoffDelay(policy, 4, () => 0)).toBe(0);
  });

  it('parses Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter('0.5', now)).toBe(500);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:10 GMT', now)).toBe(10_000);
    expect(parseRetryAfter('Wed, 31 Dec 2025 00:00:10 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  it('retries unsafe requests only when the server refused them up front', () => {
    const policy = retryPolicy(undefined);
    expect(isRetryableStatus(policy, 500, true, false)).toBe(true);
    expect(isRetryableStatus(policy, 500, false, false)).toBe(false);
    expect(isRetryableStatus(policy, 502, false, true)).toBe(false);
    expect(isRetryableStatus(policy, 429, false, false)).toBe(true);
    expect(isRetryableStatus(policy, 503, false, true)).toBe(true);
    expect(isRetryableStatus(policy, 503, false, false)).toBe(false);
    expect(isRetryableStatus(policy, 404, true, false)).toBe(false);
  });

  it('tells refused connections from broken ones', () => {
    const refused = new TypeError('fetch failed', { cause: Object.assign(new Error('x'), { code: 'ECONNREFUSED' }) });
    const reset = new TypeError('fetch failed', { cause: Object.assign(new Error('x'), { code: 'ECONNRESET' }) });
    expect(neverDelivered(refused)).toBe(true);
    expect(neverDelivered(reset)).toBe(false);
  });
});
