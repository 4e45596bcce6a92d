import { createPortalClient } from '@dvc-kit/client';
import { signPaymentConfirm } from '@dvc-kit/core';
import { startSandbox } from '@dvc-kit/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropSchema, randomSchema, TEST_POSTGRES_URL } from '../../test/postgres-schema';
import { startTestGateway } from '../../test/start-gateway';
import type { TestGateway } from '../../test/start-gateway';
import { createPostgresStorage } from '../storage/postgres';
import type { GatewayStorage } from '../storage/types';

/** The corpus's example partner and secret: its CONFIRM example verifies with them as it is. */
const SECRET = 'bi-mat-doi-tac-vi-du';
const PARTNER = 'H66EABUNG';
/** paygov-confirm-callback.exchange.json: the example request and reply. */
const CORPUS_CONFIRM = {
  LoaiBanTin: 'CONFIRM',
  MaLoi: '00',
  MaDoiTac: 'H66EABUNG',
  MaThamChieu: 'dvc0005020H66251203000120251203091500',
  SoTien: 8000,
  MaTienTe: 'VND',
  MaGiaoDich: 'PP25120300001234',
  MaNganHang: 'VCB',
  ThoiGianGD: '20251203091842',
  ThongTinGiaoDich: 'THANH TOAN HO SO 000.50.20.H66-251203-0001',
  MaXacThuc: '83afc94cfa5047352e8bf0321b7538297b706c115b9547e9228e866e191121e0',
};
const CORPUS_REPLY = {
  MaLoi: '00',
  MoTaLoi: 'Thành công',
  MaDoiTac: 'H66EABUNG',
  MaThamChieu: 'dvc0005020H66251203000120251203091500',
  ThoiGianGD: '20251203091842',
  MaXacThuc: '83afc94cfa5047352e8bf0321b7538297b706c115b9547e9228e866e191121e0',
};

const databases: { name: string; storage?: () => Promise<{ storage: GatewayStorage; dispose(): Promise<void> }> }[] = [
  { name: 'SQLite' },
];
if (TEST_POSTGRES_URL !== undefined) {
  const url = TEST_POSTGRES_URL;
  databases.push({
    name: 'PostgreSQL',
    storage: async () => {
      const schema = randomSchema();
      const storage = await createPostgresStorage(url, { schema });
      return { storage, dispose: async () => (await storage.close(), await dropSchema(url, schema)) };
    },
  });
} else {
  console.warn('[gateway] PayGov callback on PostgreSQL SKIPPED: set DVC_TEST_POSTGRES_URL to run it.');
}

for (const db of databases) {
  describe(`PayGov CONFIRM callback (${db.name})`, () => {
    let gateway: TestGateway;
    let sandbox: Awaited<ReturnType<typeof startSandbox>>;
    let own: { storage: GatewayStorage; dispose(): Promise<void> } | undefined;
    const storage = () => gateway.gateway.storage;
    const confirm = (body: unknown) =>
      fetch(`${gateway.url}/paygov/confirm`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });

    beforeAll(async () => {
      own = await db.storage?.();
      gateway = await startTestGateway(
        { payment: { secret: SECRET, partnerCode: PARTNER } },
        own ? { storage: own.storage } : {},
      );
      sandbox = await startSandbox({
        port: 0,
        clock: '2025-12-03T02:15:00Z',
        paymentSecret: SECRET,
        paymentCallbackUrl: `${gateway.url}/paygov/confirm`,
      });
    }, 60_000);
    afterAll(async () => {
      await sandbox?.close();
      await gateway?.close();
      await own?.dispose();
    });

    it('answers the corpus CONFIRM with the corpus reply, records it once, and a replay changes nothing', async () => {
      const first = await confirm(CORPUS_CONFIRM);
      expect(first.status).toBe(200);
      expect(await first.json()).toEqual(CORPUS_REPLY);
      const recorded = await storage().getPayment(CORPUS_CONFIRM.MaThamChieu);
      expect(recorded).toMatchObject({
        status: 'paid',
        resultCode: '00',
        amount: '8000',
        transactionId: 'PP25120300001234',
        transactionTime: '20251203091842',
        partnerCode: PARTNER,
      });
      expect(JSON.parse(recorded?.message ?? '{}')).toEqual(CORPUS_CONFIRM);
      // Replays, also concurrent ones, get the same reply and change nothing.
      const replays = await Promise.all(Array.from({ length: 8 }, () => confirm(CORPUS_CONFIRM)));
      for (const r of replays) expect(await r.json()).toEqual(CORPUS_REPLY);
      expect(await storage().getPayment(CORPUS_CONFIRM.MaThamChieu)).toEqual(recorded);
      expect(await storage().recordPayment({ ...recorded!, status: 'paid' })).toBe('exists');
    });

    it('refuses a bad hash, another partner and an unparsable body, recording nothing', async () => {
      const tampered = { ...CORPUS_CONFIRM, MaThamChieu: 'dvc-gia-mao', SoTien: 1 };
      const bad = await confirm(tampered);
      expect(bad.status).toBe(400);
      expect(await bad.json()).toEqual({
        MaLoi: '99',
        MoTaLoi: 'Các lỗi khác',
        MaDoiTac: PARTNER,
        MaThamChieu: 'dvc-gia-mao',
        ThoiGianGD: tampered.ThoiGianGD,
        MaXacThuc: tampered.MaXacThuc,
      });
      const other = { ...CORPUS_CONFIRM, MaDoiTac: 'KHAC', MaThamChieu: 'dvc-doi-tac-khac' };
      const otherSigned = { ...other, MaXacThuc: await signPaymentConfirm(other, SECRET) };
      expect((await confirm(otherSigned)).status).toBe(400);
      const garbled = await confirm('{khong phai json');
      expect(garbled.status).toBe(400);
      expect(await garbled.json()).toEqual({
        return_code: -1,
        return_msg: 'Không đọc được nội dung / Unparsable body',
      });
      expect(await storage().getPayment('dvc-gia-mao')).toBeUndefined();
      // Not recorded, but named in the log for reconciliation.
      expect(
        gateway.logs.some(
          (l) =>
            l.includes('payment.confirm.rejected') && l.includes('dvc-gia-mao') && l.includes('"reason":"signature"'),
        ),
      ).toBe(true);
      expect(await storage().getPayment('dvc-doi-tac-khac')).toBeUndefined();
    });

    it('a failed payment is kept as failed, then a success for the same reference makes it paid once', async () => {
      const failed = { ...CORPUS_CONFIRM, MaLoi: '51', MaThamChieu: 'dvc-that-bai' };
      const reply = await confirm({ ...failed, MaXacThuc: await signPaymentConfirm(failed, SECRET) });
      expect(await reply.json()).toMatchObject({
        MaLoi: '51',
        MoTaLoi: 'Giao dịch không thành công',
        MaThamChieu: 'dvc-that-bai',
      });
      expect((await storage().getPayment('dvc-that-bai'))?.status).toBe('failed');
      const paid = { ...failed, MaLoi: '00' };
      expect(
        await (await confirm({ ...paid, MaXacThuc: await signPaymentConfirm(paid, SECRET) })).json(),
      ).toMatchObject({ MaLoi: '00' });
      const after = await storage().getPayment('dvc-that-bai');
      expect(after?.status).toBe('paid');
      // A late copy of the failure changes nothing any more.
      await confirm({ ...failed, MaXacThuc: await signPaymentConfirm(failed, SECRET) });
      expect(await storage().getPayment('dvc-that-bai')).toEqual(after);
    });

    it('end to end over loopback: client INIT → sandbox payer page → sandbox calls the gateway back → recorded once', async () => {
      const portal = createPortalClient({
        baseUrl: sandbox.url,
        agencyCode: '000.00.00.H66',
        credentials: { username: 'dvc-sandbox', password: 'dvc-sandbox' },
        payment: { baseUrl: sandbox.paygovUrl, partnerCode: PARTNER, secret: SECRET },
      });
      const session = await portal.initPayment({
        reference: `dvc${db.name}0005020H662512030002`,
        amount: 15000,
        description: 'THANH TOAN HO SO 000.50.20.H66-251203-0002',
        transactionAt: new Date('2025-12-03T02:15:00Z'),
        ip: '127.0.0.1',
        receipt: { dossierCode: '000.50.20.H66-251203-0002' },
      });
      const pay = async () =>
        (await (
          await fetch(session.paymentUrl, {
            method: 'POST',
            headers: { accept: 'application/json' },
            body: new URLSearchParams({ outcome: 'paid' }),
          })
        ).json()) as {
          callback: { status: number; body: Record<string, unknown> };
        };
      const first = await pay();
      expect(first.callback).toMatchObject({ status: 200, body: { MaLoi: '00', MaThamChieu: session.reference } });
      const recorded = await storage().getPayment(session.reference);
      expect(recorded).toMatchObject({ status: 'paid', amount: '15000', currency: 'VND' });
      const again = await pay(); // the platform sending the same CONFIRM again
      expect(again.callback.body).toEqual(first.callback.body);
      expect(await storage().getPayment(session.reference)).toEqual(recorded);
      expect(
        (await portal.queryPayment({ reference: session.reference, transactionTime: session.transactionTime })).state,
      ).toBe('paid');
    });
  });
}
