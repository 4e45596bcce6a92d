import * as z from 'zod/mini';
import { defineRecord, type ModelOf, type WireOf } from './define-record';
import type { WireCodec } from './wire-codec';
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
export const digitizedResultResponseCodec: WireCodec<DigitizedResultResponse, DigitizedResultResponseWire> =
  record.codec;
/** A store look-up response as on the wire. */
export type DigitizedResultResponseWire = WireOf<typeof record.fields>;
/** Kết quả tra cứu Kho — the digitized results found. */
export type DigitizedResultResponse = ModelOf<typeof record.fields>;
