import { ProblemError } from '../errors/problem-error';
import type { PortalClientErrorDetails } from '../errors/portal-client-error';
import { checkShape } from './shape';
import { problemDetailsShape } from './shapes';

/**
 * The error for a non-2xx gateway answer: the RFC 9457 problem when the body is one,
 * else a generic `client.problem` error carrying the status.
 */
export function toProblemError(status: number, body: unknown, details: PortalClientErrorDetails): ProblemError {
  const isProblem = checkShape(problemDetailsShape, body).length === 0;
  return new ProblemError(status, isProblem ? (body as object) : {}, details);
}
