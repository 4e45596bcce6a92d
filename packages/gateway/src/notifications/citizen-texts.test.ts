import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBodyLimits } from '../http/body-limits';
import { createSqliteStorage } from '../storage/sqlite';
import type { GatewayStorage } from '../storage/types';
import { emailTexts } from './email-texts';
import type { NotificationEventType } from './events';
import { createOptOutLinks, optOutRoutes } from './opt-out';

// What a citizen reads — every e-mail and every opt-out page — pinned byte for byte in
// __snapshots__/citizen-texts.test.ts.snap, so moving the texts into message books cannot
// change them.

const TYPES: NotificationEventType[] = [
  'dossier.received',
  'dossier.supplement-requested',
  'dossier.result-ready',
  'dossier.finished',
];
const STATUS = {
  'dossier.received': 'registered',
  'dossier.supplement-requested': 'supplement-requested',
  'dossier.result-ready': 'processed',
  'dossier.finished': 'returned',
} as const;

describe('e-mails', () => {
  it('of every event, with and without a look-up link and a supplement request', () => {
    const mails = TYPES.flatMap((type) =>
      [true, false].map((full) =>
        emailTexts({
          event: {
            id: 'evt_1',
            type,
            code: 'H66.20-251001-0001',
            status: STATUS[type],
            occurredAt: '2025-10-01T01:00:00.000Z',
            ...(type === 'dossier.supplement-requested'
              ? {
                  supplement: {
                    id: 'BS-1',
                    content: 'Bổ sung bản sao <giấy> "khai sinh" & CCCD',
                    requestedAt: '2025-10-01T01:00:00.000Z',
                    ...(full ? { requestedBy: 'Công chức Bộ phận Một cửa', deadline: '2025-10-05T10:00:00.000Z' } : {}),
                  },
                }
              : {}),
          },
          procedureName: 'Đăng ký khai sinh',
          ...(full ? { lookupUrl: 'https://xa.example.gov.vn/tra-cuu?ma=H66&x=<1>' } : {}),
          optOutUrl: 'https://gw.example.gov.vn/v1/notifications/opt-out?a=ab&sig=cd',
        }),
      ),
    );
    expect(mails).toMatchSnapshot();
  });
});

describe('opt-out pages', () => {
  let storage: GatewayStorage;
  beforeAll(async () => {
    storage = await createSqliteStorage(':memory:');
  });
  afterAll(() => storage.close());

  it('ask, confirm and refuse a forged link', async () => {
    const links = createOptOutLinks('secret', () => 'http://gw.test');
    const routes = optOutRoutes({
      storage,
      links,
      bodyLimits: createBodyLimits({ maxJsonBytes: 1024, maxUploadBytes: 1024 }),
    });
    const link = new URL(links.url('hoa.nguyen@example.vn'));
    const path = `${link.pathname}${link.search}`;
    const pages = [
      await routes.request(path),
      await routes.request(path.replace(/sig=[\w-]+/, 'sig=forged')),
      await routes.request(path.replace(/sig=[\w-]+/, 'sig=forged'), { method: 'POST' }),
      await routes.request(path, { method: 'POST' }),
    ];
    expect(
      await Promise.all(pages.map(async (p) => `${p.status} ${p.headers.get('cache-control')} ${await p.text()}`)),
    ).toMatchSnapshot();
  });
});
