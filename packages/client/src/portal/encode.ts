import { WireFormatError, decodeWire, encodeWire, type WireCodec, type WireIssue } from '@dvc-kit/core';
import { clientMessage } from '../errors/messages';
import { RequestValidationError } from '../errors/request-validation-error';
import type { ValidationIssue } from '../errors/validation-issue';

/** The top field of a wire issue path: `TaiLieuNop[0].NgayBoSung` → `TaiLieuNop`. */
const topField = (path: string) => /^[^.[]*/.exec(path)![0];

/** Keys of `value` that the failed encode named as wire fields: the caller passed a wire object. */
function wireKeysIn(value: unknown, issues: readonly WireIssue[]): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  const named = new Set(issues.map((i) => topField(i.path)).filter(Boolean));
  return Object.keys(value).filter((key) => named.has(key));
}

/** `MaHoSo → code, MaTTHC → procedureCode`: the model names of the given wire keys, when the codec reads the object. */
function modelNames<M, W>(value: unknown, wireKeys: readonly string[], codec: WireCodec<M, W>): string {
  try {
    const model = decodeWire(codec, value) as Record<string, unknown>;
    const wire = value as Record<string, unknown>;
    const pairs = wireKeys.flatMap((key) => {
      const name = Object.keys(model).find((m) => model[m] === wire[key] && m !== 'extraWireFields');
      return name ? [`${key} → ${name}`] : [];
    });
    return pairs.slice(0, 3).join(', ') || wireKeys.slice(0, 3).join(', ');
  } catch {
    return wireKeys.slice(0, 3).join(', ');
  }
}

/**
 * `encodeWire(codec, model)` with a `WireFormatError` turned into a {@link RequestValidationError}:
 * a request that cannot be written in the portal's format never leaves. When the value is
 * a wire object (portal field names such as `MaHoSo`) where a model (`code`) is expected,
 * the one issue says so (`client.wire-not-model`), naming the model fields to use, each as
 * `MaHoSo → code` when the codec reads the object.
 */
export function encodeOrThrow<M, W>(codec: WireCodec<M, W>, model: M, service: string): W {
  try {
    return encodeWire(codec, model);
  } catch (error) {
    if (!(error instanceof WireFormatError)) throw error;
    const wireKeys = wireKeysIn(model, error.issues);
    if (wireKeys.length === 0) throw new RequestValidationError([...error.issues], { service, cause: error });
    const issue: ValidationIssue = {
      path: '',
      code: 'client.wire-not-model',
      messages: clientMessage('client.wire-not-model', { fields: modelNames(model, wireKeys, codec) }),
    };
    throw new RequestValidationError([issue], { service, cause: error }, issue.messages);
  }
}
