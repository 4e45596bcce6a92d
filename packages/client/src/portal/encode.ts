import { WireFormatError } from '@dvc-kit/core';
import { RequestValidationError } from '../errors/request-validation-error';

/**
 * `encode(model)` with a `WireFormatError` turned into a {@link RequestValidationError}:
 * a request that cannot be written in the portal's format never leaves.
 */
export function encodeOrThrow<M, W>(encode: (model: M) => W, model: M, service: string): W {
  try {
    return encode(model);
  } catch (error) {
    if (error instanceof WireFormatError) throw new RequestValidationError([...error.issues], { service, cause: error });
    throw error;
  }
}
