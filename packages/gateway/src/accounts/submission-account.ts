import type { DossierSubmission } from '@dvc-kit/core';
import type { Context } from 'hono';
import type { StoredAccount } from '../dossiers/stored-dossier';
import type { GatewayEnv } from '../http/env';
import { accountError } from './account-errors';
import { prefillValues } from './identity';
import type { OriginPolicy } from './origins';
import { readSessionCookie } from './session-cookie';
import type { Sessions } from './sessions';
import type { SsoConfig } from './sso-config';
import { assertSessionWrite } from './write-guard';

const comparable = (field: string, value: unknown) => {
  const text = typeof value === 'string' ? value.trim() : '';
  return field === 'citizenId' || field === 'phone'
    ? text.replace(/[\s.-]/g, '')
    : field === 'email'
      ? text.toLowerCase()
      : text.normalize('NFC');
};

/**
 * What `POST /v1/dossiers` asks of a signed-in applicant. With the session cookie, the
 * write must come from an allowed origin with `X-DVC-Request: 1`; the session must be live
 * (a cookie from a signed-out or timed-out session gets 401, never a silently anonymous
 * dossier); and every applicant field the provider verified must be sent unchanged. Then
 * the dossier carries the account. Without the cookie the submission stays anonymous —
 * unless `sso.required`.
 */
export function submissionAccount(config: SsoConfig, sessions: Sessions, origins: OriginPolicy) {
  return async (
    c: Context<GatewayEnv>,
    applicant: DossierSubmission['applicant'],
  ): Promise<StoredAccount | undefined> => {
    if (readSessionCookie(c, sessions.policy()) === undefined) {
      if (config.required) throw accountError('auth.sign-in-required');
      return undefined;
    }
    assertSessionWrite(c, origins);
    const { identity } = await sessions.require(c);
    const sent = applicant as Record<string, unknown>;
    for (const [field, value] of Object.entries(prefillValues(identity))) {
      if (comparable(field, sent[field]) !== comparable(field, value))
        throw accountError('account.claims-mismatch', { path: `applicant.${field}` });
    }
    return {
      techId: identity.accountId,
      accountType: identity.accountTypeRaw,
      ...(identity.citizenId ? { citizenId: identity.citizenId } : {}),
    };
  };
}
