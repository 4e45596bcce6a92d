import { defineRecord, type ModelOf, type WireOf } from './define-record';
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
export type OtherAttachment = ModelOf<typeof record.fields>;
