import { describe, expect, it } from 'vitest';
import { dossier, dossierWire, progressStep } from '../../test/dossier-fixtures';
import { useSandbox } from '../../test/portal-sandbox';
import { AuthError } from '../errors/auth-error';
import { PortalError } from '../errors/portal-error';
import { RequestValidationError } from '../errors/request-validation-error';
import type { HttpLogEvent } from '../http/types';

const env = useSandbox();
const portal = env.client;

describe('portal client against the sandbox', () => {
  it('reads catalogues and procedures as core models', async () => {
    const client = portal();
    const fields = await client.listFields();
    expect(fields.length).toBeGreaterThan(0);
    expect(fields[0]).toHaveProperty('code');
    const agencies = await client.listAgencies();
    expect(agencies.length).toBeGreaterThan(100);
    const procedures = await client.listProcedures({}, { limit: 3 }).toArray();
    expect(procedures).toHaveLength(3);
    const detail = await client.getProcedure(procedures[0]!.code);
    expect(detail?.code).toBe(procedures[0]!.code);
    // Extension fields survive decoding: the sandbox's form travels in BIEUMAU.
    expect(detail?.extraWireFields?.BIEUMAU).toMatchObject({ procedureCode: procedures[0]!.code });
    expect(await client.getProcedure('9.999999')).toBeUndefined();
    let seen = 0;
    for await (const p of client.listProcedures({ keyword: 'khai sinh' }, { limit: 100 })) {
      expect(p.name.toLowerCase()).toContain('khai sinh');
      seen += 1;
    }
    expect(seen).toBeGreaterThan(0);
  });

  it('inserts, then updates, a dossier and looks it up', async () => {
    const client = portal();
    expect(await client.lookupDossier(dossierWire(1).MaHoSo)).toBeUndefined();
    expect(await client.syncDossier(dossier(1))).toEqual({
      code: dossierWire(1).MaHoSo,
      action: 'inserted',
      reconciled: false,
    });
    expect(await client.syncDossier(dossier(1, '4'))).toMatchObject({ action: 'updated' });
    const found = await client.lookupDossier(dossierWire(1).MaHoSo);
    expect(found?.status).toBe('processing');
    expect(found?.ownerName).toBe('Nguyễn Văn An');
  });

  it('appends a progress step once and reports status changes', async () => {
    const client = portal();
    await client.syncDossier(dossier(2));
    expect(await client.updateProgress(progressStep(2, 5))).toEqual({
      code: dossierWire(2).MaHoSo,
      reconciled: false,
      verified: true,
    });
    await client.syncStatus([{ code: dossierWire(2).MaHoSo, status: 'processed', note: 'Đã xử lý xong' }]);
    expect((await client.lookupDossier(dossierWire(2).MaHoSo))?.status).toBe('processed');
  });

  it('refuses a dossier that cannot be written before sending it', async () => {
    const events: HttpLogEvent[] = [];
    const client = portal({ logger: (e) => void events.push(e) });
    const bad = { ...dossier(3), receivedAt: new Date(Number.NaN) };
    const error = await client.syncDossier(bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).issues.length).toBeGreaterThan(0);
    expect(events).toHaveLength(0);
  });

  it('fails with AuthError on wrong credentials, without leaking the password', async () => {
    const events: HttpLogEvent[] = [];
    const client = portal({
      credentials: { username: 'dvc-sandbox', password: 'sai-mat-khau-123' },
      logger: (e) => void events.push(e),
    });
    const error = await client.listFields().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect(JSON.stringify(events) + String(error) + JSON.stringify(error)).not.toContain('sai-mat-khau-123');
  });

  it('logs in once for 50 concurrent calls, and once again after the session expires', async () => {
    const logins: number[] = [];
    const client = portal({
      logger: (e) => {
        if (e.type === 'request' && e.service === 'login') logins.push(e.attempt);
      },
    });
    await Promise.all(Array.from({ length: 50 }, () => client.listFields()));
    expect(logins).toHaveLength(1);
    env.sandbox().setFaults({ sessionExpiryRate: 1, services: ['LayDanhMucLinhVuc'] });
    const failing = client.listFields().catch((e: unknown) => e);
    // No expired-session code is known: each refusal gets a fresh session (3 times), then the answer is reported as it came.
    const refusedBefore = logins.length;
    expect(await failing).toBeInstanceOf(PortalError);
    expect(logins.length - refusedBefore).toBe(3);
    env.sandbox().setFaults({});
    const before = logins.length;
    await Promise.all(Array.from({ length: 50 }, () => client.listFields()));
    expect(logins.length - before).toBeLessThanOrEqual(1);
  });

  it('pushes monthly satisfaction summaries; a resend replaces; bad figures are refused', async () => {
    const client = portal();
    const summary = {
      period: { year: 2025, month: 6 },
      raterCount: 120,
      verySatisfiedPercent: 70,
      satisfiedPercent: 25,
      dissatisfiedPercent: 5,
      unitCode: '000.01.20.H66',
    };
    await client.syncRatings([summary]);
    await client.syncRatings([{ ...summary, raterCount: 121 }]);
    // An all-dissatisfied month reads 0/0/0 (OpenCPS's rule): shares need not add up to 100.
    await client.syncRatings([{ ...summary, verySatisfiedPercent: 0, satisfiedPercent: 0, dissatisfiedPercent: 0 }]);
    const local = await client.syncRatings([{ ...summary, raterCount: 1.5 }]).catch((e: unknown) => e);
    expect(local).toBeInstanceOf(RequestValidationError);
    expect((local as RequestValidationError).issues[0]?.path).toContain('TongSoNguoiDanhGia');
  });
});
