import { describe, expect, it } from 'vitest';
import { parseCli } from './parse-args';

describe('parseCli', () => {
  it('defaults to port 8790, loopback, in memory and no faults', () => {
    const { help, options } = parseCli([]);
    expect(help).toBe(false);
    expect(options).toMatchObject({ port: 8790, host: undefined, dataDir: undefined, clock: undefined, faults: {} });
  });
  it('reads --host, --data, --port and a frozen --clock', () => {
    const { options } = parseCli([
      '--host',
      '0.0.0.0',
      '--data',
      '.data/sandbox',
      '--port',
      '0',
      '--clock',
      '2025-10-01T08:00:00+07:00',
      '--frozen',
    ]);
    expect(options).toMatchObject({
      host: '0.0.0.0',
      dataDir: '.data/sandbox',
      port: 0,
      clock: { start: '2025-10-01T08:00:00+07:00', frozen: true },
    });
  });
  it('reads credentials and fault flags', () => {
    const { options } = parseCli([
      '--username',
      'xa',
      '--rate-503',
      '0.2',
      '--rate-429',
      '0.1',
      '--fault-services',
      'TraCuuHoSo, login',
      '--fault-seed',
      '3',
    ]);
    expect(options.credentials).toEqual({ username: 'xa', password: 'dvc-sandbox' });
    expect(options.faults).toEqual({
      errorRate503: 0.2,
      rateLimit429: { rate: 0.1, retryAfterSeconds: 1 },
      services: ['TraCuuHoSo', 'login'],
      seed: 3,
    });
  });
  it('rejects a non-number and an unknown flag with a readable message', () => {
    expect(() => parseCli(['--port', 'abc'])).toThrow('--port must be a number, got "abc"');
    expect(() => parseCli(['--nope'])).toThrow(/nope/);
    expect(parseCli(['-h']).help).toBe(true);
  });
  it('reads the PayGov flags: partner token, CONFIRM callback URL and INIT answer form', () => {
    const { options } = parseCli([
      '--payment-token',
      't',
      '--payment-callback-url',
      'http://127.0.0.1:8787/paygov/confirm',
      '--payment-answer',
      'lgsp',
    ]);
    expect(options).toMatchObject({
      paymentAccessToken: 't',
      paymentCallbackUrl: 'http://127.0.0.1:8787/paygov/confirm',
      paymentAnswer: 'lgsp',
    });
    expect(() => parseCli(['--payment-answer', 'xml'])).toThrow('--payment-answer must be direct or lgsp, got "xml"');
  });
});
