import { defineRecord, type ModelOf, type WireOf } from './define-record';
import type { WireCodec } from './wire-codec';
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
export const dossierFeeCodec: WireCodec<DossierFee, DossierFeeWire> = record.codec;
/** A fee line as on the wire. */
export type DossierFeeWire = WireOf<typeof record.fields>;
/** Phí, lệ phí — one fee charged for a dossier. */
export type DossierFee = ModelOf<typeof record.fields>;
