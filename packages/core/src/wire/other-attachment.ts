import { defineRecord, type WireOf, type ExtraWireFields } from './define-record';
import type { WireCodec } from './wire-codec';
import { text, wireInteger } from './primitives';

const record = defineRecord({
  /** Tên giấy tờ — wire: TenGiayTo */
  name: ['TenGiayTo', text()],
  /** Số lượng — wire: SoLuong */
  quantity: ['SoLuong', wireInteger()],
  /** Loại giấy tờ (code, not documented publicly) — wire: LoaiGiayTo */
  kind: ['LoaiGiayTo', text()],
});

/** Codec of another attached paper (tệp đính kèm khác) — wire: DanhSachTepDinhKemKhac[] item. */
export const otherAttachmentCodec: WireCodec<OtherAttachment, OtherAttachmentWire> = record.codec;
/** Another attached paper as on the wire. */
export type OtherAttachmentWire = WireOf<typeof record.fields>;
/** Tệp đính kèm khác — a paper handed in besides the listed components. */
export interface OtherAttachment extends ExtraWireFields {
  /** Tên giấy tờ — wire: TenGiayTo */
  name: string;
  /** Số lượng — wire: SoLuong */
  quantity: number;
  /** Loại giấy tờ (code, not documented publicly) — wire: LoaiGiayTo */
  kind: string;
}

/** @internal Field table of {@link OtherAttachment}: `model-interfaces.test.ts` keeps the two equal. */
export type OtherAttachmentFields = typeof record.fields;
