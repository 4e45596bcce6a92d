import * as z from 'zod/mini';
import { defineRecord, type ModelOf, type RecordSchema, type WireOf, type WireSchema } from './define-record';
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
export const digitizedFileRequestCodec: RecordSchema<DigitizedFileRequest, DigitizedFileRequestWire> = request.codec;
/** Wire schema of a store file fetch request. */
export const digitizedFileRequestWireSchema: WireSchema<DigitizedFileRequestWire> = request.wireSchema;
/** A store file fetch request as on the wire. */
export type DigitizedFileRequestWire = WireOf<typeof request.fields>;
/** Yêu cầu tải tệp từ Kho. */
export type DigitizedFileRequest = ModelOf<typeof request.fields>;
/** Decodes a store file fetch request; throws `WireFormatError`. */
export const decodeDigitizedFileRequest: (input: unknown) => DigitizedFileRequest = request.decode;
/** Encodes a store file fetch request to its wire form. */
export const encodeDigitizedFileRequest: (model: DigitizedFileRequest) => DigitizedFileRequestWire = request.encode;

/** Codec of a store file fetch response (file content in base64). */
export const digitizedFileResponseCodec: RecordSchema<DigitizedFileResponse, DigitizedFileResponseWire> =
  response.codec;
/** Wire schema of a store file fetch response. */
export const digitizedFileResponseWireSchema: WireSchema<DigitizedFileResponseWire> = response.wireSchema;
/** A store file fetch response as on the wire. */
export type DigitizedFileResponseWire = WireOf<typeof response.fields>;
/** Tệp tải từ Kho (base64). */
export type DigitizedFileResponse = ModelOf<typeof response.fields>;
/** Decodes a store file fetch response; throws `WireFormatError`. */
export const decodeDigitizedFileResponse: (input: unknown) => DigitizedFileResponse = response.decode;
/** Encodes a store file fetch response to its wire form. */
export const encodeDigitizedFileResponse: (model: DigitizedFileResponse) => DigitizedFileResponseWire = response.encode;
