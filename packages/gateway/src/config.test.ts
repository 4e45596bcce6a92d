import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, resolveConfig } from './config';

describe('gateway config', () => {
  it('fills documented defaults', () => {
    const config = resolveConfig();
    expect(config).toMatchObject({ port: 8787, host: '127.0.0.1', dataDir: '.data', allowedOrigins: [], quiet: false });
    expect(config.storageUrl).toBe(`sqlite:${join('.data', 'gateway.db')}`);
    expect(config.limits).toMatchObject({
      maxUploadBytes: 10 * 1024 * 1024,
      maxJsonBytes: 256 * 1024,
      lookupFailures: 10,
    });
    expect(config.limits.uploadTypes).toContain('application/pdf');
    expect(config.portal).toBeUndefined();
  });

  it('layers file < environment < overrides', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dvc-config-'));
    try {
      const file = join(dir, 'gateway.json');
      writeFileSync(
        file,
        JSON.stringify({
          port: 9000,
          dataDir: '/srv/dvc',
          limits: { maxJsonBytes: 4096 },
          allowedOrigins: ['https://a.vn'],
        }),
      );
      const config = loadConfig({
        env: {
          GATEWAY_CONFIG: file,
          GATEWAY_PORT: '9100',
          GATEWAY_ALLOWED_ORIGINS: 'https://b.vn, https://c.vn',
          GATEWAY_MAX_UPLOAD_BYTES: '2048',
          PORTAL_BASE_URL: 'http://127.0.0.1:8790',
          PORTAL_USERNAME: 'u',
          PORTAL_PASSWORD: 'p',
          PORTAL_AGENCY_CODE: '000.00.00.H12',
        },
        overrides: { quiet: true },
      });
      expect(config).toMatchObject({
        port: 9100,
        dataDir: '/srv/dvc',
        allowedOrigins: ['https://b.vn', 'https://c.vn'],
        quiet: true,
      });
      expect(config.limits).toMatchObject({ maxJsonBytes: 4096, maxUploadBytes: 2048 });
      expect(config.portal).toEqual({
        baseUrl: 'http://127.0.0.1:8790',
        username: 'u',
        password: 'p',
        agencyCode: '000.00.00.H12',
      });
      expect(config.storageUrl).toBe('sqlite:/srv/dvc/gateway.db');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names every invalid setting', () => {
    let error: unknown;
    try {
      loadConfig({ env: { GATEWAY_PORT: 'eighty', PORTAL_BASE_URL: 'not a url' } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const paths = (error as ConfigError).errors.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['port', 'portal.baseUrl', 'portal.username']));
    expect((error as ConfigError).messages.vi).toContain('Cấu hình');
  });

  it('reports an unreadable config file', () => {
    expect(() => loadConfig({ env: { GATEWAY_CONFIG: '/nonexistent/gateway.json' } })).toThrow(ConfigError);
  });

  it('reads the status watch and the status cache from the environment', () => {
    const env = {
      GATEWAY_WEBHOOKS: JSON.stringify([
        { id: 'ops', url: 'http://127.0.0.1:9/hooks', secret: `whsec_${Buffer.alloc(24, 1).toString('base64')}` },
      ]),
      GATEWAY_SMTP_URL: 'smtp://127.0.0.1:2525',
      GATEWAY_MAIL_FROM: 'motcua@eabung.example.gov.vn',
      GATEWAY_WATCH_RPM: '6000',
      GATEWAY_WATCH_INTERVAL_MS: '500',
      GATEWAY_WATCH_TICK_MS: '100',
      GATEWAY_STATUS_CACHE_MS: '0',
      GATEWAY_NOTIFY_RETENTION_DAYS: '7',
    };
    const config = loadConfig({ env });
    expect(config.statusCacheMs).toBe(0);
    expect(config.notifications.watch).toMatchObject({
      enabled: true,
      requestsPerMinute: 6000,
      minIntervalMs: 500,
      tickMs: 100,
      leaseMs: 60_000,
    });
    expect(config.notifications.retentionDays).toBe(7);
    expect(resolveConfig().notifications.retentionDays).toBe(30);
    expect(config.notifications.webhooks.map((w) => w.id)).toEqual(['ops']);
    expect(config.notifications.email).toMatchObject({
      smtpUrl: 'smtp://127.0.0.1:2525',
      from: 'motcua@eabung.example.gov.vn',
    });
    const paths = (extra: Record<string, string>) => {
      try {
        loadConfig({ env: extra });
        return [];
      } catch (error) {
        return (error as ConfigError).errors?.map((e) => e.path) ?? [];
      }
    };
    expect(
      paths({ GATEWAY_WATCH_INTERVAL_MS: 'soon', GATEWAY_WATCH_TICK_MS: '5', GATEWAY_NOTIFY_RETENTION_DAYS: '0' }),
    ).toEqual(
      expect.arrayContaining([
        'notifications.watch.minIntervalMs',
        'notifications.watch.tickMs',
        'notifications.retentionDays',
      ]),
    );
  });
});
