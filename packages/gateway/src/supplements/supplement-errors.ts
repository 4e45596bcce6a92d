import { gatewayError } from '../errors/gateway-error';
import type { GatewayError } from '../errors/gateway-error';
import { supplementMessages } from './messages';

/** Stable codes of {@link supplementError}. */
export type SupplementErrorCode =
  | 'supplement.verify-required'
  | 'supplement.not-requested'
  | 'supplement.unknown-request'
  | 'supplement.already-answered'
  | 'supplement.unknown-upload'
  | 'supplement.empty'
  | 'supplement.portal-unavailable';

/** HTTP status of each code, and the request field it points at (when one). */
const ANSWER: Record<SupplementErrorCode, { status: number; path?: string }> = {
  'supplement.verify-required': { status: 400, path: 'verify' },
  'supplement.not-requested': { status: 409 },
  'supplement.unknown-request': { status: 409, path: 'requestId' },
  'supplement.already-answered': { status: 409 },
  'supplement.unknown-upload': { status: 422, path: 'files' },
  'supplement.empty': { status: 422, path: 'files' },
  'supplement.portal-unavailable': { status: 503 },
};

/** The gateway error of a refused supplement answer, in Vietnamese and English. */
export function supplementError(code: SupplementErrorCode): GatewayError {
  const { status, path } = ANSWER[code];
  return gatewayError(supplementMessages, code, {
    status,
    ...(path ? { errors: [{ path, code, messages: supplementMessages.localize(code) }] } : {}),
    ...(status === 503 ? { headers: { 'retry-after': '60' } } : {}),
  });
}
