import { WireFormatError } from '@dvc-kit/core';
import * as z from 'zod/mini';
import { ResponseValidationError } from '../errors/response-validation-error';
import { issuesFromZod } from '../errors/validation-issue';

/**
 * Runs a core decoder over a portal answer; a `WireFormatError` becomes a
 * {@link ResponseValidationError} naming the service (issues keep their wire paths).
 */
export function decodeOrThrow<T>(decode: (input: unknown) => T, input: unknown, service: string, requestId: string): T {
  try {
    return decode(input);
  } catch (error) {
    if (error instanceof WireFormatError) throw new ResponseValidationError([...error.issues], { service, requestId, cause: error });
    throw error;
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
