import { PORTAL_ERROR_CODES, PORTAL_SERVICES, decodeDigitizedResult, encodeDigitizedFileRequest, encodeDigitizedResultRequest } from '@dvc-kit/core';
import type { DigitizedFileRequest, DigitizedResult, DigitizedResultRequest } from '@dvc-kit/core';
import * as z from 'zod/mini';
import { PortalError } from '../errors/portal-error';
import type { CallOptions } from '../http/types';
import { decodeOrThrow, parseOrThrow, resultList } from './decode-result';
import { encodeOrThrow } from './encode';
import type { PortalTransport } from './portal-transport';

/** A file fetched from the result store (Kho) with `GetGiayToByUrl`. */
export interface DigitizedFile {
  /** Tên tệp — wire: TenTep (the requested name when the store sends none) */
  name?: string;
  /** MIME type — wire: LoaiTep (absent when the store does not say) */
  type?: string;
  /** The file's bytes, decoded from base64 — wire: DuLieu (or `result` itself) */
  content: Uint8Array;
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const base64 = z.string().check(z.refine((s) => BASE64.test(s), { message: 'Not base64.' }));
/** Either the bare base64 text (the Kho's own answer) or `{ TenTep, LoaiTep, DuLieu }` (the sandbox's). */
const fileAnswer = z.union([
  base64,
  z.looseObject({ TenTep: z.optional(z.string()), LoaiTep: z.optional(z.string()), DuLieu: base64 }),
]);
const resultsAnswer = z.optional(z.looseObject({ DanhSachGiayToKetQua: z.optional(z.array(z.unknown())) }));

/** The answer to a read, or `undefined` when the store says "not found" (error_code 4). */
async function readUnlessNotFound(transport: PortalTransport, service: string, payload: Record<string, unknown>, options?: CallOptions) {
  try {
    return await transport.call(service, payload, options);
  } catch (error) {
    if (error instanceof PortalError && Number(error.portalCode) === PORTAL_ERROR_CODES.notFound) return undefined;
    throw error;
  }
}

/**
 * The digitized results a citizen owns (`GetKetQuaGiayTo`), each decoded into core's
 * `DigitizedResult`; none found is `[]`.
 */
export async function findDigitizedResults(transport: PortalTransport, request: DigitizedResultRequest, options?: CallOptions): Promise<DigitizedResult[]> {
  const service = PORTAL_SERVICES.getDigitizedResults;
  const payload = encodeOrThrow(encodeDigitizedResultRequest, request, service) as Record<string, unknown>;
  const answer = await readUnlessNotFound(transport, service, payload, options);
  if (answer === undefined) return [];
  const body = parseOrThrow(resultsAnswer, answer.result, service, answer.requestId);
  return resultList(body?.DanhSachGiayToKetQua).map((d) => decodeOrThrow(decodeDigitizedResult, d, service, answer.requestId));
}

/**
 * One file of the result store (`GetGiayToByUrl`), addressed by the `owningAgency` and a
 * file `path` of a {@link findDigitizedResults} result; `undefined` when the store lacks it.
 */
export async function getDigitizedFile(transport: PortalTransport, request: DigitizedFileRequest, options?: CallOptions): Promise<DigitizedFile | undefined> {
  const service = PORTAL_SERVICES.getDigitizedFile;
  const payload = encodeOrThrow(encodeDigitizedFileRequest, request, service) as Record<string, unknown>;
  const answer = await readUnlessNotFound(transport, service, payload, options);
  if (answer === undefined) return undefined;
  const file = parseOrThrow(fileAnswer, answer.result, service, answer.requestId);
  const data = typeof file === 'string' ? file : file.DuLieu;
  const name = typeof file === 'string' ? request.name : (file.TenTep ?? request.name);
  const type = typeof file === 'string' ? undefined : file.LoaiTep;
  return {
    ...(name !== undefined ? { name } : {}),
    ...(type !== undefined ? { type } : {}),
    content: new Uint8Array(Buffer.from(data, 'base64')),
  };
}
