import { RequestValidationError } from '../errors/request-validation-error';
import { ResponseValidationError } from '../errors/response-validation-error';
import { issuesFromZod } from '../errors/validation-issue';
import type { PortalClientErrorDetails } from '../errors/portal-client-error';
import { checkShape } from '../public/shape';
import type { TypedShape } from '../public/shape';

/**
 * `data` checked against `shape` (structure and types; see `Shape`); throws
 * {@link ResponseValidationError} listing every mismatch.
 */
export function checkResponse<T>(shape: TypedShape<T>, data: unknown, details: PortalClientErrorDetails): T {
  const issues = checkShape(shape, data);
  if (issues.length > 0) throw new ResponseValidationError(issuesFromZod(issues), details);
  return data as T;
}

/** `data` checked against `shape` before it is sent; throws {@link RequestValidationError}. */
export function checkRequest<T>(shape: TypedShape<T>, data: unknown, details: PortalClientErrorDetails = {}): T {
  const issues = checkShape(shape, data);
  if (issues.length > 0) throw new RequestValidationError(issuesFromZod(issues), details);
  return data as T;
}
