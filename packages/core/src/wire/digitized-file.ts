import * as z from 'zod/mini';
import { defineRecord, type WireOf, type ExtraWireFields } from './define-record';
import type { WireCodec } from './wire-codec';
import { storeErrorCode } from './digitized-result-response';
import { text } from './primitives';

const request = defineRecord({
  /** Cơ quan chủ quản (from the look-up result) — wire: CoQuanChuQuan */
  owningAgency: ['CoQuanChuQuan', text()],
  /** Đường dẫn (from the look-up result) — wire: DuongDan */
  path: ['DuongDan', text()],
  /** Tên tệp — wire: TenTep */
  name: ['TenTep', z.optional(text())],
});

const response = defineRecord({
  /** Mã lỗi (0 = found) — wire: errorCode */
  errorCode: ['errorCode', storeErrorCode],
  /** Thông báo — wire: message */
  message: ['message', z.optional(text())],
  /** Nội dung tệp, base64 — wire: result */
  contentBase64: ['result', z.optional(text())],
});

/** Codec of a store file fetch request (`GetGiayToByUrl`). */
export const digitizedFileRequestCodec: WireCodec<DigitizedFileRequest, DigitizedFileRequestWire> = request.codec;
/** A store file fetch request as on the wire. */
export type DigitizedFileRequestWire = WireOf<typeof request.fields>;
/** Yêu cầu tải tệp từ Kho. */
export interface DigitizedFileRequest extends ExtraWireFields {
  /** Cơ quan chủ quản (from the look-up result) — wire: CoQuanChuQuan */
  owningAgency: string;
  /** Đường dẫn (from the look-up result) — wire: DuongDan */
  path: string;
  /** Tên tệp — wire: TenTep */
  name?: string;
}
/** Codec of a store file fetch response (file content in base64). */
export const digitizedFileResponseCodec: WireCodec<DigitizedFileResponse, DigitizedFileResponseWire> = response.codec;
/** A store file fetch response as on the wire. */
export type DigitizedFileResponseWire = WireOf<typeof response.fields>;
/** Tệp tải từ Kho (base64). */
export interface DigitizedFileResponse extends ExtraWireFields {
  /** Mã lỗi (0 = found) — wire: errorCode */
  errorCode: string | number;
  /** Thông báo — wire: message */
  message?: string;
  /** Nội dung tệp, base64 — wire: result */
  contentBase64?: string;
}

/** @internal Field table of {@link DigitizedFileRequest}: `model-interfaces.test.ts` keeps the two equal. */
export type DigitizedFileRequestFields = typeof request.fields;
/** @internal Field table of {@link DigitizedFileResponse}: `model-interfaces.test.ts` keeps the two equal. */
export type DigitizedFileResponseFields = typeof response.fields;
