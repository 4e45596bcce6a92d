import { WireFormatError, decodeWire, type WireCodec } from '@dvc-kit/core';
import * as z from 'zod/mini';
import { ResponseValidationError } from '../errors/response-validation-error';
import { issuesFromZod } from '../errors/validation-issue';
import type { CallOptions } from '../http/types';
import type { PortalTransport } from './portal-transport';

/** A core record codec, or a decoding function for answers that are not one record. */
export type Decoder<T> = WireCodec<T, unknown> | ((input: unknown) => T);

const run = <T>(decoder: Decoder<T>, input: unknown): T =>
  typeof decoder === 'function' ? decoder(input) : decodeWire(decoder, input);

/**
 * Runs a core codec (or decoder) over a portal answer; a `WireFormatError` becomes a
 * {@link ResponseValidationError} naming the service (issues keep their wire paths).
 */
export function decodeOrThrow<T>(decoder: Decoder<T>, input: unknown, service: string, requestId: string): T {
  try {
    return run(decoder, input);
  } catch (error) {
    if (error instanceof WireFormatError)
      throw new ResponseValidationError([...error.issues], { service, requestId, cause: error });
    throw error;
  }
}

const topKey = (path: string) => path.split(/[.[]/, 1)[0] ?? '';

/**
 * Decodes a record whose shape the corpus calls partly unknown (e.g. a `TraCuuHoSo` record):
 * fields that do not decode (a `null`, a number where text is usual) are set aside and
 * kept, unread, in `extraWireFields`; if the rest still does not decode, a
 * {@link ResponseValidationError} carrying the raw record is thrown.
 */
export function decodeLenient<T extends { extraWireFields?: Readonly<Record<string, unknown>> }>(
  decoder: Decoder<T>,
  input: Record<string, unknown>,
  service: string,
  requestId: string,
): T {
  try {
    return run(decoder, input);
  } catch (error) {
    if (!(error instanceof WireFormatError)) throw error;
    const bad = new Set(error.issues.map((i) => topKey(i.path)).filter((k) => k !== '' && Object.hasOwn(input, k)));
    const rest: Record<string, unknown> = {};
    const aside: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(input)) (bad.has(key) ? aside : rest)[key] = value;
    try {
      const model = run(decoder, rest);
      return bad.size === 0 ? model : { ...model, extraWireFields: { ...model.extraWireFields, ...aside } };
    } catch (again) {
      if (!(again instanceof WireFormatError)) throw again;
      throw new ResponseValidationError([...error.issues], { service, requestId, cause: error, raw: input });
    }
  }
}

/** The `result` of a list service as an array (a single object counts as a list of one; absent is empty). */
export function resultList(result: unknown): unknown[] {
  if (Array.isArray(result)) return result;
  return result === undefined || result === null ? [] : [result];
}

/**
 * `input` parsed with `schema` (answers with no record in core, e.g. the sandbox's payment
 * results); a mismatch becomes a {@link ResponseValidationError} naming the service.
 */
export function parseOrThrow<T>(schema: z.ZodMiniType<T>, input: unknown, service: string, requestId: string): T {
  const parsed = z.safeParse(schema, input);
  if (!parsed.success) throw new ResponseValidationError(issuesFromZod(parsed.error.issues), { service, requestId });
  return parsed.data;
}

/**
 * Calls a list service and decodes every item of its `result` with a core codec or decoder (a bad
 * item fails the call with a {@link ResponseValidationError} naming the service).
 */
export async function callList<T>(
  transport: PortalTransport,
  service: string,
  payload: Record<string, unknown>,
  decode: Decoder<T>,
  options?: CallOptions,
): Promise<T[]> {
  const answer = await transport.call(service, payload, options);
  return resultList(answer.result).map((item) => decodeOrThrow(decode, item, service, answer.requestId));
}
