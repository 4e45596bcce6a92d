import { gatewayError } from '../errors/gateway-error';
import type { GatewayError } from '../errors/gateway-error';
import { accountMessages } from './messages';

/** A sign-in or account error code (a code of `accountMessages`). */
export type AccountErrorCode = (typeof accountMessages.codes)[number];

const STATUS: Record<AccountErrorCode, number> = {
  'auth.not-configured': 404,
  'auth.return-not-allowed': 400,
  'auth.provider-unavailable': 503,
  'auth.state-mismatch': 400,
  'auth.sign-in-failed': 400,
  'auth.account-missing': 403,
  'auth.sign-in-required': 401,
  'auth.foreign-origin': 403,
  'account.claims-mismatch': 422,
  'account.dossier-not-found': 404,
  'account.rating-not-allowed': 409,
};

/** The gateway error of a sign-in or account code, with its status and messages. */
export function accountError(code: AccountErrorCode, options: { cause?: unknown; path?: string } = {}): GatewayError {
  return gatewayError(accountMessages, code, {
    status: STATUS[code],
    cause: options.cause,
    ...(options.path ? { errors: [{ path: options.path, code, messages: accountMessages.localize(code) }] } : {}),
  });
}
