import { describe, expect, it } from 'vitest';
import { dossier, dossierWire } from '../../test/dossier-fixtures';
import { useSandbox } from '../../test/portal-sandbox';
import { PortalError } from '../errors/portal-error';
import { RequestValidationError } from '../errors/request-validation-error';
import type { HttpLogEvent } from '../http/types';
import type { PaymentInitRequest } from './payment-services';

const env = useSandbox();
const SECRET = 'dvc-sandbox-secret'; // the sandbox's default partner secret
const payment = { partnerCode: 'DLK', secret: SECRET };

const init = (code: string, reference: string): PaymentInitRequest => ({
  reference,
  amount: 8000,
  description: 'Lệ phí cấp bản sao trích lục khai sinh',
  transactionAt: new Date('2025-07-15T03:00:00Z'),
  ip: '203.0.113.7',
  receipt: { dossierCode: code, procedureCode: '1.001193', payerName: 'Nguyễn Văn An', fees: [{ name: 'Lệ phí', amount: 8000 }] },
});

describe('payments', () => {
  it('starts, confirms and looks up a payment; the dossier is marked paid online', async () => {
    const events: HttpLogEvent[] = [];
    const client = env.client({ payment, logger: (e) => void events.push(e) });
    const code = dossierWire(40).MaHoSo;
    await client.syncDossier(dossier(40));
    const session = await client.initPayment(init(code, `dvc${code}-1`));
    expect(session.reference).toBe(`dvc${code}-1`);
    expect(session.transactionId).toMatch(/^GD/);
    expect(session.paymentUrl).toContain(encodeURIComponent(session.reference));
    expect(await client.lookupPayment(code)).toEqual([{ reference: session.reference, amount: 8000, state: 'pending' }]);

    const confirmed = await client.confirmPayment({ reference: session.reference });
    expect(confirmed).toEqual({ reference: session.reference, amount: 8000, state: 'paid', dossierCode: code });
    expect(await client.confirmPayment({ reference: session.reference })).toMatchObject({ state: 'paid' }); // harmless twice
    expect((await client.lookupPayment(code))[0]?.state).toBe('paid');
    expect((await client.lookupDossier(code))?.onlinePayment).toBe('paid-online');
    expect(await client.lookupPayment('000.00.00.H66-250701-999999')).toEqual([]);
    expect(JSON.stringify(events)).not.toContain(SECRET);
  });

  it('fails with typed errors: wrong secret, reused reference, no settings, bad message', async () => {
    const code = dossierWire(41).MaHoSo;
    const wrong = await env.client({ payment: { partnerCode: 'DLK', secret: 'sai-khoa-bi-mat' } }).initPayment(init(code, `dvc${code}-1`)).catch((e: unknown) => e);
    expect(wrong).toBeInstanceOf(PortalError);
    expect((wrong as PortalError).portalCode).toBe('2');
    expect(JSON.stringify(wrong) + String(wrong)).not.toContain('sai-khoa-bi-mat');

    const client = env.client({ payment });
    await client.initPayment(init(code, `dvc${code}-2`));
    const reused = await client.initPayment(init(code, `dvc${code}-2`)).catch((e: unknown) => e);
    expect((reused as PortalError).portalCode).toBe('3');

    const unknown = await client.confirmPayment({ reference: 'dvc-khong-co' }).catch((e: unknown) => e);
    expect((unknown as PortalError).portalCode).toBe('4');

    const unset = await env.client().initPayment(init(code, `dvc${code}-3`)).catch((e: unknown) => e);
    expect(unset).toBeInstanceOf(RequestValidationError);
    expect((unset as RequestValidationError).issues[0]?.path).toBe('payment');

    const bad = await client.initPayment({ ...init(code, `dvc${code}-4`), amount: 12.5 }).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(RequestValidationError);
    expect((bad as RequestValidationError).issues.map((i) => i.path)).toContain('SoTien');
  });
});
