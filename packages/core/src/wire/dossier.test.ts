import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { DvcError } from '../errors/dvc-error';
import { dossierCodec } from './dossier';
import { dossierWire } from './examples/wire-examples';
import { WireFormatError } from './wire-format-error';
import { decodeWire, encodeWire, wireSchemaOf } from './wire-codec';

const catchError = (fn: () => unknown): WireFormatError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof WireFormatError) return error;
    throw error;
  }
  throw new Error('expected a WireFormatError');
};

describe('dossier codec', () => {
  it('decodes the reconstructed 000.00.06.H56-231027-0361 dossier', () => {
    const dossier = decodeWire(dossierCodec, dossierWire);
    expect(dossier.code).toBe('000.00.06.H56-231027-0361');
    expect(dossier.channel).toBe('direct');
    expect(dossier.applicantKind).toBe('citizen');
    expect(dossier.status).toBe('returned');
    expect(dossier.receivedAt).toStrictEqual(new Date('2023-10-27T01:30:00Z'));
    expect(dossier.dueAt).toStrictEqual(new Date('2023-10-30T10:00:00Z'));
    expect(dossier.rejectedAt).toBeNull();
    expect(dossier.onlinePayment).toBe('not-paid-online');
    expect(dossier.documents?.[0]).toMatchObject({
      componentCode: 'TP01',
      digitized: true,
      reuse: 'not-reused',
      fromNationalStore: false,
    });
    expect(dossier.fees?.[0]?.amount).toBe(0);
    expect(dossier.ownerIdentities).toStrictEqual([{ kind: 'personal-id', number: '038190012345' }]);
    expect(dossier.databaseLinks).toStrictEqual([{ databaseCode: '7' }]);
    expect(encodeWire(dossierCodec, dossier)).toStrictEqual(dossierWire);
  });

  it('keeps an absent field absent and an empty one empty', () => {
    const { Email: _email, ...withoutEmail } = dossierWire;
    const absent = decodeWire(dossierCodec, withoutEmail);
    expect('email' in absent).toBe(false);
    expect(decodeWire(dossierCodec, dossierWire).email).toBe('');
    expect('Email' in encodeWire(dossierCodec, absent)).toBe(false);
  });

  it('keeps a status code from a newer portal instead of failing', () => {
    const dossier = decodeWire(dossierCodec, { ...dossierWire, TrangThaiHoSo: '11', KenhThucHien: '4' });
    expect(dossier.status).toBe('unknown:11');
    expect(dossier.channel).toBe('unknown:4');
    expect(encodeWire(dossierCodec, dossier)).toMatchObject({ TrangThaiHoSo: '11', KenhThucHien: '4' });
  });

  it('keeps a field this version does not know and writes it back', () => {
    const newer = { ...dossierWire, MaHoSoLienThong: 'LT-01' };
    const dossier = decodeWire(dossierCodec, newer);
    expect(dossier.extraWireFields).toStrictEqual({ MaHoSoLienThong: 'LT-01' });
    expect(encodeWire(dossierCodec, dossier)).toStrictEqual(newer);
    expect('extraWireFields' in decodeWire(dossierCodec, dossierWire)).toBe(false);
  });

  it('throws WireFormatError naming every bad field with vi/en messages', () => {
    const [first] = dossierWire.TaiLieuNop;
    const error = catchError(() =>
      decodeWire(dossierCodec, {
        ...dossierWire,
        MaHoSo: undefined,
        NgayTiepNhan: '2023-10-27',
        TrichYeuHoSo: 'x'.repeat(1001),
        TaiLieuNop: [first, { ...first, DuocSoHoa: 1 }],
        DanhSachLePhi: [{ ...dossierWire.DanhSachLePhi[0], Gia: '1.000' }],
      }),
    );
    expect(error).toBeInstanceOf(DvcError);
    expect(error.code).toBe('wire.format');
    expect(error.issues.map((i) => [i.path, i.code])).toStrictEqual([
      ['MaHoSo', 'wire.required'],
      ['TrichYeuHoSo', 'wire.too-long'],
      ['NgayTiepNhan', 'wire.date'],
      ['TaiLieuNop[1].DuocSoHoa', 'wire.type'],
      ['DanhSachLePhi[0].Gia', 'wire.integer'],
    ]);
    expect(error.issues[1]?.messages).toStrictEqual({
      vi: 'Trường TrichYeuHoSo dài quá 1000 ký tự.',
      en: 'Field TrichYeuHoSo is longer than 1000 characters.',
    });
    expect(error.issues[3]?.messages.en).toBe('Field TaiLieuNop[1].DuocSoHoa must be a string.');
    expect(error.messages.vi).toContain('Thiếu trường MaHoSo.');
  });

  it('rejects a payload that is not an object', () => {
    const error = catchError(() => decodeWire(dossierCodec, '[]'));
    expect(error.issues).toMatchObject([{ path: '', code: 'wire.type' }]);
  });

  it('refuses to encode a model the wire cannot carry', () => {
    const dossier = decodeWire(dossierCodec, dossierWire);
    const error = catchError(() => encodeWire(dossierCodec, { ...dossier, receivedAt: new Date(Number.NaN) }));
    expect(error.code).toBe('wire.model');
    expect(error.issues[0]?.path).toBe('NgayTiepNhan');
  });

  it('offers a wire schema that validates and keeps portal field names', () => {
    expect(z.parse(wireSchemaOf(dossierCodec), dossierWire)).toStrictEqual(dossierWire);
    const bad = z.safeParse(wireSchemaOf(dossierCodec), { ...dossierWire, NgayHenTra: '30/10/2023' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toStrictEqual(['NgayHenTra']);
  });
});
