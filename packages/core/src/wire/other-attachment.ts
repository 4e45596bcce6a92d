import { defineRecord, type ModelOf, type RecordSchema, type WireOf, type WireSchema } from './define-record';
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
export const otherAttachmentCodec: RecordSchema<OtherAttachment, OtherAttachmentWire> = record.codec;
/** Wire schema of another attached paper. */
export const otherAttachmentWireSchema: WireSchema<OtherAttachmentWire> = record.wireSchema;
/** Another attached paper as on the wire. */
export type OtherAttachmentWire = WireOf<typeof record.fields>;
/** Tệp đính kèm khác — a paper handed in besides the listed components. */
export type OtherAttachment = ModelOf<typeof record.fields>;

/** Decodes a `DanhSachTepDinhKemKhac` item; throws `WireFormatError`. */
export const decodeOtherAttachment: (input: unknown) => OtherAttachment = record.decode;

/** Encodes another attached paper to its wire form. */
export const encodeOtherAttachment: (model: OtherAttachment) => OtherAttachmentWire = record.encode;
