import { digitizedResultCodec, digitizedResultRequestCodec } from '@dvc-kit/core';
import type { DigitizedFileRequest, DigitizedResult, DigitizedResultRequest } from '@dvc-kit/core';
import { StoreError } from '../errors/store-error';
import type { HttpEngine } from '../http/engine';
import type { CallOptions } from '../http/types';
import { decodeOrThrow } from './decode-result';
import { encodeOrThrow } from './encode';
import { endpointOrThrow, isRecord, wireText } from './own-endpoint';
import type { OwnEndpointSettings } from './own-endpoint';
import { portalMessages } from './messages';

/**
 * The result store (Kho quản lý dữ liệu điện tử của tổ chức, cá nhân) — its own URL, plain
 * JSON bodies, no session (kho-* corpus files). The real URLs come from the portal's
 * connection papers; the defaults are the sandbox's paths.
 */
export interface StoreSettings extends OwnEndpointSettings {
  /** Path of GetKetQuaGiayTo under `baseUrl`. @default 'GetKetQuaGiayTo' */
  resultsPath?: string;
  /** Path of GetGiayToByUrl under `baseUrl`. @default 'GetGiayToByUrl' */
  filePath?: string;
}

/** The store's answer to GetKetQuaGiayTo: the results and the envelope, kept as received. */
export interface DigitizedResults {
  /** Giấy tờ kết quả — wire: result.DanhSachGiayToKetQua (absent is `[]`) */
  results: DigitizedResult[];
  /** Mã lỗi as received (its values are not public, so it is not interpreted) — wire: errorCode */
  errorCode?: string;
  /** Thông báo — wire: message */
  message?: string;
  /** Chữ ký, opaque text (the algorithm is not public) — wire: signature */
  signature?: string;
}

/** A file fetched from the result store with `GetGiayToByUrl`. */
export interface DigitizedFile {
  /** Tên tệp: the requested `name` (TenTep is kept locally, never sent) */
  name?: string;
  /** The file's bytes, decoded from the base64 JSON string the store answers */
  content: Uint8Array;
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const SERVICE = { results: 'Kho.GetKetQuaGiayTo', file: 'Kho.GetGiayToByUrl' } as const;

/** A JSON string sent without a JSON content type (`"JVBER…"`) is unquoted; other text stays as it is. */
function jsonString(text: string): string {
  if (!text.startsWith('"')) return text;
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'string' ? parsed : text;
  } catch {
    return text;
  }
}

async function post(engine: HttpEngine, path: string, json: unknown, service: string, options?: CallOptions) {
  const answer = await engine.send({ ...options, method: 'POST', path, json, safe: true, service });
  const details = { service, requestId: answer.requestId, attempts: answer.attempts, status: answer.status };
  if (answer.status >= 300) {
    throw new StoreError(
      portalMessages.localize('portal.http-status', { status: answer.status }),
      answer.data,
      details,
    );
  }
  return { data: answer.data, details };
}

/**
 * The digitized results a citizen owns (`GetKetQuaGiayTo`, POSTed to the Kho's own URL).
 * `errorCode` and `signature` are kept, not interpreted: no source reads them. A body that is
 * not an object is a {@link StoreError} keeping it.
 */
export async function findDigitizedResults(
  engine: HttpEngine | undefined,
  settings: StoreSettings | undefined,
  request: DigitizedResultRequest,
  options?: CallOptions,
): Promise<DigitizedResults> {
  const service = SERVICE.results;
  const http = endpointOrThrow(engine, 'store', service);
  const wire = encodeOrThrow(digitizedResultRequestCodec, request, service);
  // Observed senders always write SoKyHieu, "" when unknown.
  const payload = {
    ...wire,
    DanhSachDanhMucKetQua: wire.DanhSachDanhMucKetQua.map((w) => ({ ...w, SoKyHieu: w.SoKyHieu ?? '' })),
  };
  const { data, details } = await post(http, settings?.resultsPath ?? 'GetKetQuaGiayTo', payload, service, options);
  if (!isRecord(data)) throw new StoreError(portalMessages.localize('portal.not-json-object'), data, details);
  const body = isRecord(data.result) ? data.result : {};
  const list = Array.isArray(body.DanhSachGiayToKetQua) ? body.DanhSachGiayToKetQua : [];
  const errorCode = wireText(data.errorCode);
  const message = wireText(data.message);
  const signature = wireText(data.signature);
  return {
    results: list.map((item) => decodeOrThrow(digitizedResultCodec, item, service, details.requestId)),
    ...(errorCode !== undefined ? { errorCode } : {}),
    ...(message !== undefined ? { message } : {}),
    ...(signature !== undefined ? { signature } : {}),
  };
}

/**
 * One file of the result store (`GetGiayToByUrl`): sends `{ CoQuanChuQuan, DuongDan }` from a
 * {@link findDigitizedResults} result; the store answers a bare JSON string of base64 bytes.
 * An empty string or any other answer is a {@link StoreError} keeping the body.
 */
export async function getDigitizedFile(
  engine: HttpEngine | undefined,
  settings: StoreSettings | undefined,
  request: DigitizedFileRequest,
  options?: CallOptions,
): Promise<DigitizedFile> {
  const service = SERVICE.file;
  const http = endpointOrThrow(engine, 'store', service);
  const payload = { CoQuanChuQuan: request.owningAgency, DuongDan: request.path };
  const { data: answer, details } = await post(http, settings?.filePath ?? 'GetGiayToByUrl', payload, service, options);
  const data = typeof answer === 'string' ? jsonString(answer) : answer;
  if (typeof data !== 'string')
    throw new StoreError(portalMessages.localize('portal.not-base64-answer'), data, details);
  if (data === '') throw new StoreError(portalMessages.localize('portal.empty-file'), data, details);
  if (!BASE64.test(data)) throw new StoreError(portalMessages.localize('portal.not-base64-string'), data, details);
  return {
    ...(request.name !== undefined ? { name: request.name } : {}),
    content: new Uint8Array(Buffer.from(data, 'base64')),
  };
}
