import { defineRecord, type WireOf, type ExtraWireFields } from './define-record';
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
export interface DossierFee extends ExtraWireFields {
  /** Tên phí, lệ phí — wire: TenPhiLePhi */
  name: string;
  /** Mã phí, lệ phí — wire: MaPhiLePhi */
  code: string;
  /** Hình thức thu (code, not documented publicly) — wire: HinhThucThu */
  collectionMethod: string;
  /** Giá, in đồng (VND) — wire: Gia */
  amount: number;
  /** Loại phí, lệ phí (code, not documented publicly) — wire: LoaiPhiLePhi */
  kind: string;
}

/** @internal Field table of {@link DossierFee}: `model-interfaces.test.ts` keeps the two equal. */
export type DossierFeeFields = typeof record.fields;
