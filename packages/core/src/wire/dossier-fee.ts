import { defineRecord, type ModelOf, type RecordSchema, type WireOf, type WireSchema } from './define-record';
import { text, wireInteger } from './primitives';

const record = defineRecord({
  /** Tên phí, lệ phí — wire: TenPhiLePhi */
  name: ['TenPhiLePhi', text()],
  /** Mã phí, lệ phí — wire: MaPhiLePhi */
  code: ['MaPhiLePhi', text()],
  /** Hình thức thu (code, not documented publicly) — wire: HinhThucThu */
  collectionMethod: ['HinhThucThu', text()],
  /** Giá, in đồng (VND) — wire: Gia */
  amount: ['Gia', wireInteger()],
  /** Loại phí, lệ phí (code, not documented publicly) — wire: LoaiPhiLePhi */
  kind: ['LoaiPhiLePhi', text()],
});

/** Codec of one fee line (phí, lệ phí) — wire: DanhSachLePhi[] item. */
export const dossierFeeCodec: RecordSchema<DossierFee, DossierFeeWire> = record.codec;
/** Wire schema of a fee line. */
export const dossierFeeWireSchema: WireSchema<DossierFeeWire> = record.wireSchema;
/** A fee line as on the wire. */
export type DossierFeeWire = WireOf<typeof record.fields>;
/** Phí, lệ phí — one fee charged for a dossier. */
export type DossierFee = ModelOf<typeof record.fields>;

/** Decodes a `DanhSachLePhi` item; throws `WireFormatError`. */
export const decodeDossierFee: (input: unknown) => DossierFee = record.decode;

/** Encodes a fee line to its wire form. */
export const encodeDossierFee: (model: DossierFee) => DossierFeeWire = record.encode;
