import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PAYMENT_INIT_DEFAULTS, paymentInitCodec, type PaymentInit } from './payment-init';
import {
  signPaymentConfirm,
  signPaymentInit,
  signPaymentQuery,
  verifyPaymentConfirm,
  verifyPaymentSignature,
} from './payment-signature';
import { decodeWire, encodeWire } from './wire-codec';

const secret = 'khoa-bi-mat-doi-tac';

const message: PaymentInit = {
  ...PAYMENT_INIT_DEFAULTS,
  partnerCode: 'H56',
  reference: 'dvc000.00.06.H56-231027-036120231027090000',
  amount: 50000,
  description: 'Nộp lệ phí hồ sơ 000.00.06.H56-231027-0361',
  transactionAt: new Date('2023-10-27T02:00:00Z'),
  ip: '203.0.113.7',
  signature: '',
  receipt: { dossierCode: '000.00.06.H56-231027-0361', fees: [{ name: 'Lệ phí', amount: 50000 }] },
};

const independent = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('payment signature (MaXacThuc)', () => {
  it('matches SHA-256 of the |-joined wire fields and the secret, computed with node:crypto', async () => {
    const expected = independent(
      'INIT|1.0.6|H56|dvc000.00.06.H56-231027-036120231027090000|50000|PAY|1|1|vi-VN|VND|PAYMENT|' +
        'Nộp lệ phí hồ sơ 000.00.06.H56-231027-0361|20231027090000|203.0.113.7|' +
        secret,
    );
    expect(await signPaymentInit(message, secret)).toBe(expected);
  });

  it('verifies a signed message after a wire round trip and rejects tampering', async () => {
    const signed = { ...message, signature: await signPaymentInit(message, secret) };
    const received = decodeWire(paymentInitCodec, JSON.parse(JSON.stringify(encodeWire(paymentInitCodec, signed))));
    expect(await verifyPaymentSignature(received, secret)).toBe(true);
    expect(await verifyPaymentSignature({ ...received, amount: 5000 }, secret)).toBe(false);
    expect(await verifyPaymentSignature(received, 'other-secret')).toBe(false);
    expect(await verifyPaymentSignature({ ...received, signature: received.signature.toUpperCase() }, secret)).toBe(
      true,
    );
  });

  it('signs QUERY and GET_BILL over their five fields, with the INIT time text as sent (corpus paygov-query, paygov-get-bill)', async () => {
    const corpusSecret = 'bi-mat-doi-tac-vi-du';
    const query = {
      messageType: 'QUERY',
      version: '1.0.6',
      partnerCode: 'H66EABUNG',
      reference: 'dvc0005020H66251203000120251203091500',
      transactionTime: '20251203091500',
    };
    expect(await signPaymentQuery(query, corpusSecret)).toBe(
      'c10299176f68e58891a859c5154e0fbeead1d159d901b50894979c6666106041',
    );
    expect(await signPaymentQuery({ ...query, messageType: 'GET_BILL' }, corpusSecret)).toBe(
      '3e3b473f73dbb796aa27bd43da150217327e290c7ab998a8eb3dbda9915153a2',
    );
    // A 12-hour text (TH) is hashed as sent, not re-formatted.
    expect(await signPaymentQuery({ ...query, transactionTime: '20251203031500' }, secret)).toBe(
      independent(`QUERY|1.0.6|H66EABUNG|${query.reference}|20251203031500|${secret}`),
    );
    expect(await signPaymentQuery({ ...query, transactionTime: new Date('2023-10-27T02:00:00Z') }, secret)).toBe(
      independent(`QUERY|1.0.6|H66EABUNG|${query.reference}|20231027090000|${secret}`),
    );
  });

  it('verifies an inbound CONFIRM over its 11 parts, SoTien number as decimal text (corpus paygov-confirm-callback)', async () => {
    const confirm = {
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
    expect(await signPaymentConfirm(confirm, 'bi-mat-doi-tac-vi-du')).toBe(confirm.MaXacThuc);
    expect(await verifyPaymentConfirm(confirm, 'bi-mat-doi-tac-vi-du')).toBe(true);
    expect(await verifyPaymentConfirm({ ...confirm, SoTien: '8000' }, 'bi-mat-doi-tac-vi-du')).toBe(true);
    expect(await verifyPaymentConfirm({ ...confirm, SoTien: 80000 }, 'bi-mat-doi-tac-vi-du')).toBe(false);
    expect(await verifyPaymentConfirm(confirm, secret)).toBe(false);
    expect(await verifyPaymentConfirm({ ...confirm, MaXacThuc: undefined }, 'bi-mat-doi-tac-vi-du')).toBe(false);
  });
});
