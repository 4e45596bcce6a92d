import { Hono } from 'hono';
import type { BodyLimits } from '../http/body-limits';
import type { GatewayEnv } from '../http/env';
import type { Logger } from '../http/logger';
import type { PortalStatusSource } from '../dossiers/status-view';
import type { StoredAccount } from '../dossiers/stored-dossier';
import type { GatewayStorage } from '../storage/types';
import type { DossierAuthorizer } from '../supplements/supplement-routes';
import { authRoutes } from './auth-routes';
import { sessionDossierAuthorizer } from './dossier-authorizer';
import { meRoutes } from './me-routes';
import { originPolicy } from './origins';
import { createRelyingParty } from './relying-party';
import { createSessions } from './sessions';
import type { SsoConfig } from './sso-config';
import { submissionAccount } from './submission-account';
import type { DossierSubmission } from '@dvc-kit/core';
import type { Context } from 'hono';

/** Dependencies of {@link createAccounts}. */
export interface AccountsDeps {
  config: SsoConfig;
  bodyLimits: BodyLimits;
  storage: GatewayStorage;
  logger: Logger;
  allowedOrigins: readonly string[];
  /** The gateway's public base URL (known once it listens). */
  publicUrl: () => string;
  portalStatus: PortalStatusSource;
}

/** What {@link createAccounts} gives the rest of the gateway. */
export interface Accounts {
  /** `/v1/auth/*` and `/v1/me*`, to mount with `app.route('/', accounts.routes)`. */
  routes: Hono<GatewayEnv>;
  /** For `POST /v1/dossiers`: the signed-in applicant's account (see `submissionAccount`). */
  submission: (c: Context<GatewayEnv>, applicant: DossierSubmission['applicant']) => Promise<StoredAccount | undefined>;
  /** For `POST /v1/dossiers/{code}/supplement`: the signed-in owner answers without the four digits. */
  authorizeDossier: DossierAuthorizer;
}

/**
 * Citizen sign-in (issue 14): the gateway as the relying party of the provincial or national
 * SSO, sessions in storage, `/v1/auth/*` and `/v1/me*`. Mounted only when `config.sso` is set.
 *
 * @example
 * ```ts
 * const accounts = createAccounts({ config: config.sso, bodyLimits, storage, logger, allowedOrigins, publicUrl, portalStatus });
 * app.route('/', accounts.routes);
 * ```
 */
export function createAccounts(deps: AccountsDeps): Accounts {
  const ownOrigin = () => new URL(deps.config.redirectUri ?? deps.publicUrl()).origin;
  const origins = originPolicy(deps.allowedOrigins, ownOrigin);
  const sessions = createSessions(deps.config, deps.storage, deps.publicUrl);
  const rp = createRelyingParty(deps.config);
  const auth = authRoutes({
    bodyLimits: deps.bodyLimits,
    config: deps.config,
    storage: deps.storage,
    rp,
    sessions,
    origins,
    logger: deps.logger,
    publicUrl: deps.publicUrl,
  });
  const me = meRoutes({
    bodyLimits: deps.bodyLimits,
    storage: deps.storage,
    sessions,
    origins,
    portalStatus: deps.portalStatus,
  });
  return {
    routes: new Hono<GatewayEnv>().route('/', auth).route('/', me),
    submission: submissionAccount(deps.config, sessions, origins),
    authorizeDossier: sessionDossierAuthorizer(sessions, deps.storage, origins),
  };
}
