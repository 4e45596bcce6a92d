import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway } from '../../test/start-gateway';
import type { TestGateway } from '../../test/start-gateway';

const ALLOWED = 'https://eakar.daklak.gov.vn';
let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway({ allowedOrigins: [ALLOWED, 'https://portal.example.vn/'] });
});
afterAll(() => t.close());

describe('CORS allowlist', () => {
  it('lets an allowed origin read responses', async () => {
    const res = await fetch(`${t.url}/v1/none`, { headers: { origin: ALLOWED } });
    expect(res.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(res.headers.get('access-control-expose-headers')).toContain('X-Request-Id');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    const trailing = await fetch(`${t.url}/v1/none`, { headers: { origin: 'https://portal.example.vn' } });
    expect(trailing.headers.get('access-control-allow-origin')).toBe('https://portal.example.vn');
  });

  it('answers preflights for allowed origins with the allowed headers', async () => {
    const res = await fetch(`${t.url}/v1/dossiers`, {
      method: 'OPTIONS',
      headers: {
        origin: ALLOWED,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,idempotency-key',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(res.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('idempotency-key');
    expect(res.headers.get('access-control-allow-methods')).toContain('POST');
  });

  it('grants on answers and problems alike, with Vary: Origin, and only to allowed origins', async () => {
    const code = '000.01.20.H66-251001-0001';
    await t.gateway.storage.submitDossier({
      idempotencyKey: 'cors-0001',
      bodyHash: 'h',
      agency: '000.01.20.H66',
      day: '2025-10-01',
      build: () => ({
        code,
        procedure: '1.900103',
        receipt: { code },
        payload: {
          submission: { applicant: { fullName: 'Nguyễn Thị Hoa', citizenId: '066190000123', phone: '0912345678' } },
          procedureName: { vi: 'Cấp bản sao trích lục hộ tịch' },
          receivedAt: '2025-10-01T08:00:00+07:00',
          dueAt: '2025-10-02T08:00:00+07:00',
          files: [],
        },
      }),
    });
    for (const [verify, status] of [
      ['5678', 200],
      ['1111', 404],
    ] as const) {
      const res = await fetch(`${t.url}/v1/dossiers/${code}?verify=${verify}`, { headers: { origin: ALLOWED } });
      expect(res.status).toBe(status);
      expect(res.headers.get('access-control-allow-origin')).toBe(ALLOWED);
      expect(res.headers.get('access-control-expose-headers')).toBe(
        'X-Request-Id,Location,Retry-After,Content-Language',
      );
      expect(res.headers.get('vary')?.split(/, */)).toContain('Origin'); // with Accept-Encoding: answers are compressed
      expect(res.headers.get('x-request-id')).toBeTruthy();
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      if (status === 200) expect(res.headers.get('cache-control')).toBe('no-store');
      const other = await fetch(`${t.url}/v1/dossiers/${code}?verify=${verify}`, {
        headers: { origin: 'https://evil.example.com' },
      });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
      expect(other.headers.get('vary')?.split(/, */)).toContain('Origin');
    }
  });

  it('gives other origins no CORS grant', async () => {
    for (const origin of ['https://evil.example.com', 'https://eakar.daklak.gov.vn.evil.com', 'null']) {
      const res = await fetch(`${t.url}/v1/dossiers`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST' },
      });
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    }
  });
});

describe('refused origins in the log', () => {
  it('logs a site that is not allowed once, with the fix in English and Vietnamese', async () => {
    const stranger = 'http://127.0.0.1:8080';
    const before = t.logs.length;
    for (let i = 0; i < 3; i++) await fetch(`${t.url}/v1/none`, { headers: { origin: stranger } });
    await fetch(`${t.url}/v1/none`, {
      method: 'OPTIONS',
      headers: { origin: stranger, 'access-control-request-method': 'GET' },
    });
    await fetch(`${t.url}/v1/none`, { headers: { origin: ALLOWED } });
    const refused = t.logs
      .slice(before)
      .map((l) => JSON.parse(l) as Record<string, string>)
      .filter((l) => l.event === 'cors.origin-refused');
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ level: 'warn', origin: stranger });
    expect(refused[0]!.fix).toContain(`GATEWAY_ALLOWED_ORIGINS=${ALLOWED},https://portal.example.vn/,${stranger}`);
    expect(refused[0]!.fixVi).toContain('thêm địa chỉ này vào GATEWAY_ALLOWED_ORIGINS');
  });
});

describe('security headers', () => {
  it('sets them on every response, errors included', async () => {
    for (const path of ['/healthz', '/v1/none']) {
      const res = await fetch(`${t.url}${path}`);
      expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('strict-transport-security')).toContain('max-age=');
      expect(res.headers.get('x-powered-by')).toBeNull();
    }
  });
});
