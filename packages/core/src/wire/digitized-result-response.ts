import * as z from 'zod/mini';
import { defineRecord, type ModelOf, type RecordSchema, type WireOf, type WireSchema } from './define-record';
import { digitizedResultCodec } from './digitized-result';
import { text } from './primitives';

/** The store's status code, kept as sent (number or string). */
export const storeErrorCode = z.union([z.number(), z.string()]);

const body = defineRecord({
  /** Giấy tờ kết quả tìm thấy — wire: DanhSachGiayToKetQua */
  results: ['DanhSachGiayToKetQua', z.array(digitizedResultCodec)],
});

const record = defineRecord({
  /** Mã lỗi (0 = found) — wire: errorCode */
  errorCode: ['errorCode', storeErrorCode],
  /** Thông báo — wire: message */
  message: ['message', z.optional(text())],
  /** Chữ ký của Kho — wire: signature */
  signature: ['signature', z.optional(text())],
  /** Kết quả — wire: result */
  result: ['result', z.optional(body.codec)],
});

/** Codec of a store look-up response (`GetKetQuaGiayTo`). */
export const digitizedResultResponseCodec: RecordSchema<DigitizedResultResponse, DigitizedResultResponseWire> =
  record.codec;
/** Wire schema of a store look-up response. */
export const digitizedResultResponseWireSchema: WireSchema<DigitizedResultResponseWire> = record.wireSchema;
/** A store look-up response as on the wire. */
export type DigitizedResultResponseWire = WireOf<typeof record.fields>;
/** Kết quả tra cứu Kho — the digitized results found. */
export type DigitizedResultResponse = ModelOf<typeof record.fields>;

/** Decodes a store look-up response; throws `WireFormatError`. */
export const decodeDigitizedResultResponse: (input: unknown) => DigitizedResultResponse = record.decode;

/** Encodes a store look-up response to its wire form. */
export const encodeDigitizedResultResponse: (model: DigitizedResultResponse) => DigitizedResultResponseWire =
  record.encode;
