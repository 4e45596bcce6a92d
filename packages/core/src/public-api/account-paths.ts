// No zod here: widgets import these constants without pulling in the schemas.

/** Paths of sign-in (`/v1/auth/*`) and the signed-in citizen's API (`/v1/me*`). */
export const ACCOUNT_API_PATHS = {
  signIn: '/v1/auth/login',
  callback: '/v1/auth/callback',
  signOut: '/v1/auth/logout',
  signedOut: '/v1/auth/logged-out',
  me: '/v1/me',
  myDossiers: '/v1/me/dossiers',
  myDossier: '/v1/me/dossiers/{code}',
  myDossierRating: '/v1/me/dossiers/{code}/rating',
} as const;

/**
 * Header a browser sends with every cookie-authenticated write (`X-DVC-Request: 1`), next to
 * its `Origin`; the gateway refuses such writes without both.
 */
export const SESSION_WRITE_HEADER = 'X-DVC-Request';
