import * as z from 'zod/mini';
import { defineRecord, type WireOf, type ExtraWireFields } from './define-record';
import type { WireCodec } from './wire-codec';
import { digitizedResultCodec, type DigitizedResult } from './digitized-result';
import { text } from './primitives';

/** The store's status code, kept as sent (number or string). */
export const storeErrorCode = z.union([z.number(), z.string()]);

const body = defineRecord({
  /** Giấy tờ kết quả tìm thấy — wire: DanhSachGiayToKetQua */
  results: ['DanhSachGiayToKetQua', z.array(digitizedResultCodec)],
});

/** The `result` body of a store look-up response. */
export interface DigitizedResultResponseBody extends ExtraWireFields {
  /** Giấy tờ kết quả tìm thấy — wire: DanhSachGiayToKetQua */
  results: DigitizedResult[];
}

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
export interface DigitizedResultResponse extends ExtraWireFields {
  /** Mã lỗi (0 = found) — wire: errorCode */
  errorCode: string | number;
  /** Thông báo — wire: message */
  message?: string;
  /** Chữ ký của Kho — wire: signature */
  signature?: string;
  /** Kết quả — wire: result */
  result?: DigitizedResultResponseBody;
}

/** @internal Field table of {@link DigitizedResultResponseBody}: `model-interfaces.test.ts` keeps the two equal. */
export type DigitizedResultResponseBodyFields = typeof body.fields;
/** @internal Field table of {@link DigitizedResultResponse}: `model-interfaces.test.ts` keeps the two equal. */
export type DigitizedResultResponseFields = typeof record.fields;
