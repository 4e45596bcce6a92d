import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodePaymentInit, encodePaymentInit, PAYMENT_INIT_DEFAULTS, type PaymentInit } from './payment-init';
import { signPaymentCallback, signPaymentInit, verifyPaymentSignature } from './payment-signature';

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
    const received = decodePaymentInit(JSON.parse(JSON.stringify(encodePaymentInit(signed))));
    expect(await verifyPaymentSignature(received, secret)).toBe(true);
    expect(await verifyPaymentSignature({ ...received, amount: 5000 }, secret)).toBe(false);
    expect(await verifyPaymentSignature(received, 'other-secret')).toBe(false);
    expect(await verifyPaymentSignature({ ...received, signature: received.signature.toUpperCase() }, secret)).toBe(true);
  });

  it('signs receipt/confirmation messages over their five fields', async () => {
    const callback = { messageType: 'CONFIRM', version: '1.0.6', partnerCode: 'H56', reference: 'ref-1', transactionAt: new Date('2023-10-27T02:00:00Z') };
    expect(await signPaymentCallback(callback, secret)).toBe(independent(`CONFIRM|1.0.6|H56|ref-1|20231027090000|${secret}`));
  });
});
