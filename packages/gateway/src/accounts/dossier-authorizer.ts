import { SESSION_WRITE_HEADER } from '@dvc-kit/core';
import type { DossierAuthorizer } from '../supplements/supplement-routes';
import type { GatewayStorage } from '../storage/types';
import type { OriginPolicy } from './origins';
import type { Sessions } from './sessions';
import { assertSessionWrite } from './write-guard';

/**
 * Lets the signed-in owner of a dossier act on it without the four digits — answering a
 * supplement request from "Hồ sơ của tôi". Only a request that presents itself as a session
 * write (`X-DVC-Request: 1`) is considered, and then it must pass the session write guard
 * (allowed `Origin`). Without a session, or for another account's dossier, the answer is
 * `undefined` and the route falls back to the four-digit check, so nothing is revealed.
 */
export function sessionDossierAuthorizer(
  sessions: Sessions,
  storage: GatewayStorage,
  origins: OriginPolicy,
): DossierAuthorizer {
  return async (c, code) => {
    if (c.req.header(SESSION_WRITE_HEADER) === undefined) return undefined;
    assertSessionWrite(c, origins);
    const session = await sessions.current(c);
    if (session === undefined) return undefined;
    return storage.accounts.accountDossier(session.record.accountId, code);
  };
}
