import { GatewayError } from '../errors/gateway-error';
import {
  AuthError,
  ConnectionError,
  PortalError,
  RateLimitError,
  ResponseValidationError,
  TimeoutError,
} from '@dvc-kit/client';

/**
 * Whether a failed delivery should be retried later: the portal or the network failed
 * (or refused our login, which an operator can fix without losing the item). A portal
 * answer refusing the data itself (wrong field, invalid transition) is not transient.
 */
export function isTransientPortalError(error: unknown): boolean {
  // The gateway's own login (session provider) failing: the portal is unreachable.
  if (error instanceof GatewayError) return error.status >= 500;
  if (error instanceof PortalError) return Number(error.portalCode) < 0 || Number(error.portalCode) >= 100;
  return (
    error instanceof ConnectionError ||
    error instanceof TimeoutError ||
    error instanceof RateLimitError ||
    error instanceof AuthError ||
    error instanceof ResponseValidationError ||
    !(error instanceof Error && 'code' in error)
  );
}
